import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainImpossibleDate } from '../../shared/domain/parse-uk-date';
import type { ImportPreview } from '../../shared/schemas/import';
import { isBlankLike, isNobody } from '../../electron/core/features/import/blank-like';
import { legalStatusMatcher, permanenceMatcher, placementMatcher } from '../../electron/core/features/import/vocabulary-match';
import { testCore, type TestCore } from './support/core';

const NOW = () => new Date('2026-11-22T10:00:00Z');
const CSV = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/csv/case-system-export.csv'), 'utf8');

async function councilCore(): Promise<TestCore> {
  const core = await testCore({ now: NOW });
  for (const name of ['Children in Care Team 1', 'Children in Care Team 2', 'Court Team']) await core.ok('teams.create', { name });
  await core.ok('people.create', { name: 'Casey Sample', role: 'social_worker' });
  return core;
}

const row = (preview: ImportPreview, line: number) => preview.rows.find((r) => r.line === line)!;
const messages = (list: { message: string }[]) => list.map((p) => p.message);

describe('blank-like values', () => {
  it('reads what case systems write for “nothing” as blank', () => {
    for (const text of ['', '  ', 'N/A', 'n/a', 'NA', '-', '--', '–', '?', 'None', 'none', 'Unknown', 'UNKNOWN', 'Not known', 'not applicable', 'Nil', 'NULL', 'TBC', '00/00/0000', '0']) {
      expect(isBlankLike(text), text).toBe(true);
    }
  });

  it('never takes a value for a blank', () => {
    for (const text of ['Nina', 'Annabel', 'No order', 'S20', '01/01/2020', 'Unborn', 'Not stated', 'Nonsuch Team', '-1']) expect(isBlankLike(text), text).toBe(false);
  });

  it('knows when a worker column says nobody is allocated', () => {
    for (const text of ['Unallocated', 'Not allocated', 'Vacant', 'N/A', 'Awaiting allocation']) expect(isNobody(text), text).toBe(true);
    expect(isNobody('Casey Sample')).toBe(false);
  });
});

describe('value mapping: the wordings of Mosaic, Liquidlogic and Eclipse', () => {
  it('suggests a placement type from the case systems’ own wordings and from the words in them', () => {
    expect(placementMatcher.match('Foster care - LA')).toBe('foster_in_house');
    expect(placementMatcher.match('Foster care - IFA')).toBe('foster_agency');
    expect(placementMatcher.match('Foster placement with relative or friend')).toBe('connected_person');
    expect(placementMatcher.match('Home with parents')).toBe('placed_with_parents');
    expect(placementMatcher.match('P1')).toBe('placed_with_parents');
    expect(placementMatcher.match("Residential Children's Home")).toBe('residential');
    expect(placementMatcher.match('Semi independent living (16+)')).toBe('supported_accommodation');
    expect(placementMatcher.match('Foster to adopt')).toBe('fostering_for_adoption');
    // Plain "Foster care" could be either kind: nothing is suggested, so the person decides.
    expect(placementMatcher.match('Foster care')).toBeUndefined();
  });

  it('suggests a legal status from order names, SSDA903 codes and sections of the Act', () => {
    expect(legalStatusMatcher.match('C2 - Full care order')).toBe('care_order');
    expect(legalStatusMatcher.match('V2 - Single period of accommodation under section 20')).toBe('s20');
    expect(legalStatusMatcher.match('Interim Care Order (s38)')).toBe('interim_care_order');
    expect(legalStatusMatcher.match('Placement order granted')).toBe('placement_order');
    expect(legalStatusMatcher.match('Police protection')).toBe('other');
    expect(legalStatusMatcher.match('Fostered')).toBeUndefined();
  });

  it('suggests a permanence option, and reads a part of a cell only from the tables', () => {
    expect(permanenceMatcher.match('Long term foster care')).toBe('long_term_fostering');
    expect(permanenceMatcher.match('Return to birth family')).toBe('reunification');
    expect(permanenceMatcher.exact('LTF / SGO')).toBeUndefined();
  });
});

describe('impossible dates, in every accepted format', () => {
  it('says which part is impossible, the same way whatever the format', () => {
    const feb = '30 February 2021 does not exist (February 2021 has 28 days).';
    expect(explainImpossibleDate('30/02/2021')).toBe(feb);
    expect(explainImpossibleDate('2021-02-30')).toBe(feb);
    expect(explainImpossibleDate('30-02-21')).toBe(feb);
    expect(explainImpossibleDate('30 Feb 2021')).toBe(feb);
    expect(explainImpossibleDate('29/02/2024')).toBeUndefined();
    expect(explainImpossibleDate('02/30/2021')).toMatch(/^there is no month 30\. Dates are day first/);
    expect(explainImpossibleDate('2021-13-01')).toBe('there is no month 13.');
    expect(explainImpossibleDate('31 Smarch 2021')).toBe('there is no month called “Smarch”.');
    expect(explainImpossibleDate('yesterday')).toBeUndefined();
  });
});

describe('import: a case system’s export', () => {
  it('lets every valid row through on the suggested mapping: blank-likes are blank, unknown optional wordings are warnings', async () => {
    const core = await councilCore();
    const preview = await core.ok('import.preview', { csv: CSV });
    expect(preview.fileProblems).toEqual([]);
    expect(preview.mapping).toMatchObject({ caseRef: 'Person ID', firstName: 'Forename(s)', dateOfBirth: 'Date of Birth (DOB)', team: 'Allocated Team', dateEnteredCare: 'Date Became LAC', primaryPlan: 'Permanence Plan', parallelPlans: 'Parallel Plan' });
    // Only the two impossible dates and the team Panelroom has never heard of stop a row.
    expect(preview.rows.filter((r) => r.action === 'invalid').map((r) => [r.line, messages(r.problems)])).toEqual([
      [6, ['No team called “Family Court Team”. Under “Teams not in Panelroom”, choose which team it is or add it as a new team; or exclude this row.']],
      [7, ['Date of birth / expected date of delivery: “30/02/2021” is not a real date: 30 February 2021 does not exist (February 2021 has 28 days).']],
      [8, ['Date of birth / expected date of delivery: “2021-02-30” is not a real date: 30 February 2021 does not exist (February 2021 has 28 days).']],
    ]);
    expect(messages(row(preview, 9).warnings)).toEqual(['Placement type: “Foster care” is not one Panelroom recognises, so it is left blank. To import it, choose what it means under “What the file’s words mean”.']);
    // "CiC Team 1" is suggested as Children in Care Team 1, and listed so the person sees it.
    const cic1 = (await core.ok('teams.list', {})).find((t) => t.name === 'Children in Care Team 1')!;
    expect(preview.teams).toEqual([
      { text: 'CiC Team 1', rows: 1, choice: cic1.id, source: 'suggested' },
      { text: 'Family Court Team', rows: 1, choice: null, source: 'none' },
    ]);
    const placements = preview.values.find((v) => v.field === 'placementType')!;
    expect(placements.entries.find((e) => e.text === 'Foster care - LA')).toEqual({ text: 'Foster care - LA', rows: 3, value: 'foster_in_house', source: 'suggested' });
    expect(placements.entries.find((e) => e.text === 'Foster care')).toMatchObject({ value: null, source: 'none' });
    expect(preview.values.find((v) => v.field === 'gender')!.entries.find((e) => e.text === 'Unknown')).toMatchObject({ value: 'not_known' });
    expect(preview.people).toEqual({ 'Jamie Newperson': 'new' });

    await core.ok('import.commit', { csv: CSV, mapping: preview.mapping, exclude: [6, 7, 8], fileName: 'export.csv' });
    const dee = await childOf(core, 'MOS2004');
    expect(dee.child).toMatchObject({ dateOfBirth: null, dateEnteredCare: null, ethnicity: null, teamId: cic1.id, placementType: 'connected_person', legalStatus: 's20' });
    expect(dee.plan).toBeNull();
    const ben = await childOf(core, 'MOS2002');
    expect(ben.child).toMatchObject({ dateOfBirth: null, placementType: 'placed_with_parents', legalStatus: 's20', ethnicity: null });
    const cal = await childOf(core, 'MOS2003');
    expect(cal.child).toMatchObject({ socialWorkerId: null, ethnicity: null, gender: 'not_known' });
    expect((await childOf(core, 'MOS2008')).child.placementType).toBeNull();
  });

  it('takes the person’s choices: a wording’s meaning, a team mapped or added, a worker who is already in Settings', async () => {
    const core = await councilCore();
    const court = (await core.ok('teams.list', {})).find((t) => t.name === 'Court Team')!;
    const jamie = await core.ok('people.create', { name: 'Jamie Known', role: 'social_worker' });
    const first = await core.ok('import.preview', { csv: CSV });
    const choices = {
      mapping: first.mapping,
      values: { placementType: { 'Foster care': 'foster_agency' as const }, legalStatus: { 'Full Care Order': 'care_order' as const } },
      teams: { 'Family Court Team': court.id, 'CiC Team 1': 'new' as const },
      people: { 'Jamie Newperson': jamie.id },
    };
    const preview = await core.ok('import.preview', { csv: CSV, ...choices });
    expect(row(preview, 6).problems).toEqual([]);
    expect(row(preview, 9).warnings).toEqual([]);
    expect(preview.peopleToAdd).toEqual([]);
    expect(preview.people).toEqual({ 'Jamie Newperson': jamie.id });
    // A wording chosen for a required field may not be blank.
    const refused = await core.router.call('import.preview', { csv: CSV, mapping: first.mapping, values: { legalStatus: { Fostered: '' } } } as never);
    expect(refused.ok).toBe(false);

    const result = await core.ok('import.commit', { csv: CSV, ...choices, exclude: [7, 8], fileName: 'export.csv' });
    expect(result).toEqual({ created: 6, updated: 0, unchanged: 0, excluded: 2, peopleAdded: 0, teamsAdded: 1 });
    const added = (await core.ok('teams.list', {})).find((t) => t.name === 'CiC Team 1')!;
    expect((await childOf(core, 'MOS2004')).child).toMatchObject({ teamId: added.id, socialWorkerId: jamie.id });
    expect((await childOf(core, 'MOS2005')).child).toMatchObject({ teamId: court.id, socialWorkerId: jamie.id });
    expect((await childOf(core, 'MOS2008')).child.placementType).toBe('foster_agency');
    expect(core.store.sqlite.prepare("select summary from audit_log where entity = 'team' and action = 'create' and summary like '%import%'").pluck().all()).toEqual(['Added the team CiC Team 1 from a CSV import']);
  });

  it('keeps what was decided as a profile that the same headings pick up next time, whatever their order; the same file again changes nothing', async () => {
    const core = await councilCore();
    const court = (await core.ok('teams.list', {})).find((t) => t.name === 'Court Team')!;
    const first = await core.ok('import.preview', { csv: CSV });
    expect(first.profile).toBeNull();
    const choices = { mapping: { ...first.mapping, ethnicity: null }, values: { placementType: { 'Foster care': 'foster_in_house' as const } }, teams: { 'Family Court Team': court.id }, people: {} };
    await core.ok('import.commit', { csv: CSV, ...choices, exclude: [7, 8], fileName: 'October export.csv' });

    const again = await core.ok('import.preview', { csv: CSV });
    expect(again.profile).toEqual({ name: 'October export.csv', savedAt: NOW().toISOString() });
    expect(again.mapping.ethnicity).toBeNull();
    expect(again.teams.find((t) => t.text === 'Family Court Team')).toEqual({ text: 'Family Court Team', rows: 1, choice: court.id, source: 'chosen' });
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 6, invalid: 2 });
    // The suggestions are still there for the asking.
    expect((await core.ok('import.preview', { csv: CSV, fromSuggestions: true })).mapping.ethnicity).toBe('Ethnicity');

    // The same report with its columns in another order is the same report.
    const lines = CSV.trim().split('\n').map((l) => l.split(','));
    const swapped = lines.map((cells) => (cells.length === 15 ? [cells[1], cells[0], ...cells.slice(2)].join(',') : cells.join(','))).join('\n');
    expect((await core.ok('import.preview', { csv: swapped })).profile?.name).toBe('October export.csv');

    const before = core.store.sqlite.prepare('select count(*) from audit_log').pluck().get();
    const repeat = await core.ok('import.commit', { csv: CSV, ...choices, exclude: [7, 8] });
    expect(repeat).toMatchObject({ created: 0, updated: 0, unchanged: 6, peopleAdded: 0, teamsAdded: 0 });
    expect(core.store.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(before);
  });
});

async function childOf(core: TestCore, caseRef: string) {
  const [hit] = await core.ok('children.search', { query: caseRef });
  return core.ok('children.get', { id: hit!.id });
}
