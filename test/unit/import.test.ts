import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportMapping, ImportPreview } from '../../shared/schemas/import';
import { testCore, type TestCore } from './support/core';

const NOW = () => new Date('2026-11-22T10:00:00Z');
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures/csv', name), 'utf8');

async function councilCore(): Promise<TestCore> {
  const core = await testCore({ now: NOW });
  for (const name of ['Children in Care Team 1', 'Children in Care Team 2', 'Court Team']) await core.ok('teams.create', { name });
  await core.ok('people.create', { name: 'Casey Sample', role: 'social_worker' });
  await core.ok('people.create', { name: 'Riley Example', role: 'team_manager' });
  await core.ok('people.create', { name: 'Morgan Fictional', role: 'iro' });
  return core;
}

function count(core: TestCore, table: string): number {
  return (core.store.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

const COUNTED = ['children', 'people', 'permanence_plans', 'key_dates', 'rag_ratings', 'child_meetings', 'audit_log'] as const;
function counts(core: TestCore): Record<(typeof COUNTED)[number], number> {
  return Object.fromEntries(COUNTED.map((t) => [t, count(core, t)])) as Record<(typeof COUNTED)[number], number>;
}

function problemsOn(preview: ImportPreview, line: number): string[] {
  return preview.rows.find((r) => r.line === line)?.problems.map((p) => p.message) ?? [];
}

async function childByRef(core: TestCore, caseRef: string) {
  const [hit] = await core.ok('children.search', { query: caseRef });
  expect(hit, `child ${caseRef}`).toBeDefined();
  return core.ok('children.get', { id: hit!.id });
}

describe('import: a good file', () => {
  it('suggests the mapping from the headings, previews what will happen and lists the people to add', async () => {
    const core = await councilCore();
    const preview = await core.ok('import.preview', { csv: fixture('good.csv') });
    expect(preview.fileProblems).toEqual([]);
    expect(preview.mapping).toMatchObject({
      caseRef: 'Case reference',
      firstName: 'First name',
      dateOfBirth: 'Date of birth',
      socialWorker: 'Social worker',
      teamManager: 'Team manager',
      iro: 'IRO',
      primaryPlan: 'Primary plan',
      parallelPlans: 'Parallel plans',
      lgpDate: 'LGP date',
      proceedingsIssued: 'Proceedings issued',
      rag: 'RAG',
      ragReason: 'RAG reason',
      lastCpm: 'Last CPM',
      lastPp: 'Last PP',
      ragDate: null,
    });
    expect(preview.counts).toEqual({ create: 4, update: 0, unchanged: 0, invalid: 0 });
    expect(preview.rows.map((r) => [r.line, r.caseRef, r.name, r.action])).toEqual([
      [2, 'CIC001', 'Amy Example', 'create'],
      [3, 'CIC002', 'Ben Sample', 'create'],
      [4, 'CIC003', 'Cara Fictional', 'create'],
      [5, 'CIC004', 'Dev Madeup', 'create'],
    ]);
    // "Newperson, Jamie" is the same person as "Jamie Newperson"; known people match whatever their case.
    expect(preview.peopleToAdd).toEqual([
      { name: 'Iro Madeup', role: 'iro', teamName: null, rows: 1 },
      { name: 'Jamie Newperson', role: 'social_worker', teamName: 'Court Team', rows: 2 },
    ]);
    expect(count(core, 'children')).toBe(0);
  });

  it('imports every child with their plan, key dates, rating and meeting history, and one audit row for the import', async () => {
    const core = await councilCore();
    const before = counts(core);
    const preview = await core.ok('import.preview', { csv: fixture('good.csv') });
    const result = await core.ok('import.commit', { csv: fixture('good.csv'), mapping: preview.mapping, fileName: 'good.csv' });
    expect(result).toEqual({ created: 4, updated: 0, unchanged: 0, excluded: 0, peopleAdded: 2, teamsAdded: 0 });

    const amy = await childByRef(core, 'CIC001');
    expect(amy.child).toMatchObject({ firstName: 'Amy', lastName: 'Example', dateOfBirth: '2015-03-14', gender: 'female', legalStatus: 's20', dateEnteredCare: '2025-02-01', placementType: 'foster_agency', isUnborn: false });
    expect(amy.plan).toMatchObject({ primaryOption: 'reunification', parallelOptions: ['long_term_fostering', 'special_guardianship'] });
    expect(amy.ratings).toMatchObject([{ rating: 'green', reason: 'On track: return home going well', ratedOn: '2026-11-22', source: 'import' }]);
    expect(amy.meetings).toEqual([
      { kind: 'cpm', date: '2026-11-03', source: 'import' },
      { kind: 'pp', date: '2026-10-10', source: 'import' },
    ]);
    const people = await core.ok('people.list');
    const idOf = (name: string) => people.find((p) => p.name === name)?.id;
    expect(amy.child).toMatchObject({ socialWorkerId: idOf('Casey Sample'), teamManagerId: idOf('Riley Example'), iroId: idOf('Morgan Fictional') });

    const ben = await childByRef(core, 'CIC002');
    expect(ben.child.socialWorkerId).toBe(idOf('Casey Sample'));
    expect(ben.keyDates.map((k) => [k.type, k.date, k.decision])).toEqual([
      ['plo_start', '2026-03-01', null],
      ['lgp', '2026-05-01', 'issue_proceedings'],
      ['proceedings_issued', '2026-05-20', null],
    ]);

    // A date of birth still to come is an expected date of delivery.
    const cara = await childByRef(core, 'CIC003');
    expect(cara.child).toMatchObject({ isUnborn: true, dateOfBirth: '2027-01-30', legalStatus: 'pre_proceedings' });
    expect(cara.plan).toBeNull();

    const dev = await childByRef(core, 'CIC004');
    const jamie = people.find((p) => p.name === 'Jamie Newperson');
    expect(jamie).toMatchObject({ role: 'social_worker' });
    expect(dev.child.socialWorkerId).toBe(jamie!.id);
    expect(dev.child.iroId).toBe(idOf('Iro Madeup'));
    expect(people.find((p) => p.name === 'Iro Madeup')).toMatchObject({ role: 'iro', teamId: null });

    const after = counts(core);
    expect(after.children - before.children).toBe(4);
    expect(after.people - before.people).toBe(2);
    const imports = core.store.sqlite.prepare("select actor, summary from audit_log where action = 'import' and entity = 'import'").all();
    expect(imports).toEqual([{ actor: 'test-user', summary: 'Imported children from good.csv: 4 added, 0 updated, 0 unchanged, 0 left out, 2 people added' }]);
    const childAudits = core.store.sqlite.prepare("select count(*) as n from audit_log where entity = 'child' and action = 'create'").get() as { n: number };
    expect(childAudits.n).toBe(4);

    // The tracker's cache is filled in the same transaction.
    const tracker = await core.ok('tracker.query', {});
    expect(tracker.rows.map((r) => r.caseRef).sort()).toEqual(['CIC001', 'CIC002', 'CIC003', 'CIC004']);
    expect(tracker.rows.find((r) => r.caseRef === 'CIC004')).toMatchObject({ rag: 'red', primaryPlan: 'long_term_fostering' });
  });
});

describe('import: rows with problems', () => {
  it('reports each problem in plain words on its own line', async () => {
    const core = await councilCore();
    const preview = await core.ok('import.preview', { csv: fixture('bad-rows.csv') });
    expect(preview.counts).toEqual({ create: 2, update: 0, unchanged: 0, invalid: 6 });
    expect(problemsOn(preview, 2)).toEqual([]);
    expect(problemsOn(preview, 3)).toEqual(['Date of birth / expected date of delivery: “sometime in 2015” is not a date. Use dd/mm/yyyy, for example 22/11/2026.']);
    expect(problemsOn(preview, 4)).toEqual(['Date entered care: “31/02/2026” is not a real date: 31 February 2026 does not exist (February 2026 has 28 days).']);
    expect(problemsOn(preview, 5)).toEqual(['No team called “Children in Care Team 9”. Under “Teams not in Panelroom”, choose which team it is or add it as a new team; or exclude this row.']);
    expect(problemsOn(preview, 6)).toEqual(['Duplicate case reference: cic101 is already on line 2. Each child can be in the file once: exclude this row, or remove one of the two from the file.']);
    expect(problemsOn(preview, 7)).toEqual(['First name is missing: every child needs one.']);
    expect(problemsOn(preview, 8)).toEqual([expect.stringMatching(/^Legal status: “Fostered” is not one Panelroom recognises\. Choose what it means under “What the file’s words mean”, or use one of: None, Child in need, .*Care order, Placement order/)]);
    const row5 = preview.rows.find((r) => r.line === 5)!;
    expect(row5.problems[0]).toMatchObject({ field: 'team', column: 'Team' });
    expect(row5).toMatchObject({ caseRef: 'CIC104', name: 'Hal Madeup', action: 'invalid' });
  });

  it('refuses the commit while a row that is not excluded has a problem, writing nothing at all', async () => {
    const core = await councilCore();
    const preview = await core.ok('import.preview', { csv: fixture('bad-rows.csv') });
    const before = counts(core);
    const refused = await core.router.call('import.commit', { csv: fixture('bad-rows.csv'), mapping: preview.mapping, exclude: [3, 4] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Nothing has been imported: 4 rows still have problems (lines 5, 6, 7 and 8). Fix them in the file or exclude them, then import again.' } });
    expect(counts(core)).toEqual(before);
  });

  it('imports the good rows once the bad ones are excluded', async () => {
    const core = await councilCore();
    const preview = await core.ok('import.preview', { csv: fixture('bad-rows.csv') });
    const bad = preview.rows.filter((r) => r.action === 'invalid').map((r) => r.line);
    const result = await core.ok('import.commit', { csv: fixture('bad-rows.csv'), mapping: preview.mapping, exclude: bad });
    expect(result).toEqual({ created: 2, updated: 0, unchanged: 0, excluded: 6, peopleAdded: 0, teamsAdded: 0 });
    const children = core.store.sqlite.prepare('select case_ref, legal_status from children order by case_ref').all();
    expect(children).toEqual([
      { case_ref: 'CIC101', legal_status: 's20' },
      { case_ref: 'CIC108', legal_status: 'interim_care_order' },
    ]);
  });

  it('reports a required field with no column, and a chosen column that is not in the file, for the file as a whole', async () => {
    const core = await councilCore();
    const mapping: ImportMapping = { caseRef: 'Case reference', firstName: 'First name', lastName: 'Surname', legalStatus: null };
    const preview = await core.ok('import.preview', { csv: fixture('bad-rows.csv'), mapping });
    expect(preview.fileProblems).toEqual([
      'The column “Surname” chosen for Last name is not in this file. Choose another column.',
      'Choose the column that holds the legal status: every child needs one.',
    ]);
    expect(preview.rows).toEqual([]);
    const refused = await core.router.call('import.commit', { csv: fixture('bad-rows.csv'), mapping });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('Nothing has been imported.') } });
    expect(count(core, 'children')).toBe(0);
  });

  it('applies the form’s own rules: cross-field dates, a plan’s options, a rating’s reason, dates in the future', async () => {
    const core = await councilCore();
    const csv = [
      'Case reference,First name,Last name,Date of birth,Legal status,Date entered care,Primary plan,Parallel plans,RAG,RAG reason,Last CPM,LGP date,LGP decision',
      'X1,Ann,Example,01/06/2020,S20,01/01/2019,,,,,,,',
      'X2,Bob,Example,01/06/2020,S20,,Adoption,Adoption; SGO,,,,,',
      'X3,Cat,Example,01/06/2020,S20,,,LTF,,,,,',
      'X4,Dan,Example,01/06/2020,S20,,,,Red,,,,',
      'X5,Eli,Example,01/06/2020,S20,,,,Purple,Drifting badly,,,',
      'X6,Fay,Example,01/06/2020,S20,,,,,,01/12/2026,,',
      'X7,Gil,Example,01/06/2020,S20,,Space travel,,,,,,',
      'X8,Hew,Example,01/06/2020,S20,,,,,,,,Issue proceedings',
      'X9,Ida,Example,01/06/2020,Care order,,None,n/a,,,,,',
      'X 10,Jo,Example,01/06/2020,S20,,,,,,,,',
      'X11,Kim,Example,01/06/2040,S20,,,,,,,,',
    ].join('\n');
    const preview = await core.ok('import.preview', { csv });
    expect(problemsOn(preview, 2)).toEqual(['The date entered care is before the date of birth.']);
    expect(problemsOn(preview, 3)).toEqual(['A parallel option cannot be the same as the primary option.']);
    expect(problemsOn(preview, 4)).toEqual(['Choose the primary option before any parallel ones.']);
    expect(problemsOn(preview, 5)).toEqual(['RAG reason is missing: a RAG rating always needs its reason.']);
    // An optional value nobody has said the meaning of is left blank with a warning; the row still imports.
    expect(problemsOn(preview, 6)).toEqual([]);
    expect(preview.rows.find((r) => r.line === 6)!.warnings.map((w) => w.message)).toEqual([
      'Current RAG: “Purple” is not one Panelroom recognises, so it is left blank. To import it, choose what it means under “What the file’s words mean”.',
    ]);
    expect(problemsOn(preview, 7)).toEqual(['Last Care Planning Meeting: 01/12/2026 is in the future.']);
    expect(problemsOn(preview, 8)).toEqual([]);
    expect(preview.rows.find((r) => r.line === 8)!.warnings[0]!.message).toMatch(/^Primary permanence plan: “Space travel” is not one Panelroom recognises, so the plan is not imported/);
    expect(problemsOn(preview, 9)).toEqual(['There is a Legal Gateway decision but no Legal Gateway Panel date. Add the date, or leave the decision out.']);
    expect(problemsOn(preview, 10)).toEqual([]);
    expect(problemsOn(preview, 11)).toEqual(['A case reference can only contain letters, numbers and - / _ . (no spaces).']);
    expect(problemsOn(preview, 12)).toEqual(['Date of birth / expected date of delivery: 01/06/2040 is more than ten months away. Check the date.']);
  });

  it('catches a row whose cells have shifted: stray quote marks, or more cells than headings', async () => {
    const core = await councilCore();
    const csv = 'Case reference,First name,Last name,Legal status\nA1,Amy,Example,S20\nA2,Ben,Example, Jr,S20\nA3,"Cat"x,Example,S20\n';
    const preview = await core.ok('import.preview', { csv });
    expect(problemsOn(preview, 2)).toEqual([]);
    expect(problemsOn(preview, 3)[0]).toBe('This row has more cells than the file has column headings. A value with a comma in it may be missing its quote marks.');
    expect(problemsOn(preview, 4)[0]).toBe('The quote marks (") in this row do not pair up, so its cells may be split in the wrong places. Check this row in the file.');
    expect(preview.fileProblems).toEqual([expect.stringContaining('Line 4 opens a quote mark (") that is never closed')]);
  });

  it('says what is wrong with a file that is not a CSV export at all', async () => {
    const core = await councilCore();
    const xlsx = await core.ok('import.preview', { csv: 'PK\u0003\u0004\u0014\u0000\u0006\u0000' });
    expect(xlsx.fileProblems).toEqual([expect.stringContaining('This is an Excel workbook, not a CSV file.')]);
    const empty = await core.ok('import.preview', { csv: '\r\n\r\n' });
    expect(empty.fileProblems).toEqual(['The file has no rows. Check it is the CSV file exported from your case system.']);
    const headersOnly = await core.ok('import.preview', { csv: 'Case reference,First name,Last name,Legal status\r\n' });
    expect(headersOnly.fileProblems).toEqual(['The file has column headings but no children under them.']);
  });
});

describe('import: re-importing', () => {
  it('changes nothing the second time: no new children, plans, dates, ratings, meetings or audit rows', async () => {
    const core = await councilCore();
    const csv = fixture('good.csv');
    const { mapping } = await core.ok('import.preview', { csv });
    await core.ok('import.commit', { csv, mapping });
    const afterFirst = counts(core);

    const again = await core.ok('import.preview', { csv });
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 4, invalid: 0 });
    expect(again.peopleToAdd).toEqual([]);
    const second = await core.ok('import.commit', { csv, mapping });
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 4, excluded: 0, peopleAdded: 0, teamsAdded: 0 });
    expect(counts(core)).toEqual(afterFirst);
  });

  it('is still a no-op on a later day: a rating with no date is compared with the latest, not re-dated', async () => {
    const csv = fixture('good.csv');
    let now = new Date('2026-11-22T10:00:00Z');
    const core = await testCore({ now: () => now });
    for (const name of ['Children in Care Team 1', 'Children in Care Team 2', 'Court Team']) await core.ok('teams.create', { name });
    const { mapping } = await core.ok('import.preview', { csv });
    await core.ok('import.commit', { csv, mapping });
    const afterFirst = counts(core);
    now = new Date('2026-11-25T10:00:00Z');
    expect(await core.ok('import.commit', { csv, mapping })).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(counts(core)).toEqual(afterFirst);
  });

  it('updates only the child whose row changed, and only what changed', async () => {
    const core = await councilCore();
    const csv = fixture('good.csv');
    const { mapping } = await core.ok('import.preview', { csv });
    await core.ok('import.commit', { csv, mapping });
    const before = counts(core);
    const devBefore = await childByRef(core, 'CIC004');

    // Amy's legal status becomes a care order and her rating turns amber; everyone else is as before.
    const changed = csv.replace('Morgan Fictional,S20,', 'Morgan Fictional,Care order,').replace('Green,On track: return home going well', 'Amber,Contact has stalled');
    const preview = await core.ok('import.preview', { csv: changed, mapping });
    expect(preview.counts).toEqual({ create: 0, update: 1, unchanged: 3, invalid: 0 });
    expect(preview.rows[0]).toMatchObject({ caseRef: 'CIC001', action: 'update', changes: ['Legal status', 'RAG rating'] });
    const result = await core.ok('import.commit', { csv: changed, mapping });
    expect(result).toEqual({ created: 0, updated: 1, unchanged: 3, excluded: 0, peopleAdded: 0, teamsAdded: 0 });

    const amy = await childByRef(core, 'CIC001');
    expect(amy.child.legalStatus).toBe('care_order');
    expect(amy.ratings.map((r) => r.rating)).toEqual(['amber', 'green']);
    expect(amy.planHistory).toHaveLength(1);
    expect((await childByRef(core, 'CIC004')).child.updatedAt).toBe(devBefore.child.updatedAt);
    const after = counts(core);
    expect(after.children).toBe(before.children);
    expect(after.rag_ratings - before.rag_ratings).toBe(1);
    expect(after.permanence_plans).toBe(before.permanence_plans);
    // one child update, one rating, one audit row for the import
    expect(after.audit_log - before.audit_log).toBe(3);
    const update = core.store.sqlite.prepare("select details from audit_log where entity = 'child' and action = 'update'").get() as { details: string };
    expect(JSON.parse(update.details)).toEqual({ legal_status: { from: 's20', to: 'care_order' } });
  });

  it('adds a dated rating once, even when a later rating exists, and records a Legal Gateway decision against the date already there', async () => {
    const core = await councilCore();
    const first = 'Case reference,First name,Last name,Legal status,LGP date,RAG,RAG reason,RAG date\nD1,Amy,Example,PLO,01/09/2026,Amber,Assessments late,01/10/2026\n';
    const { mapping } = await core.ok('import.preview', { csv: first });
    expect(mapping.ragDate).toBe('RAG date');
    await core.ok('import.commit', { csv: first, mapping });
    const amy = await childByRef(core, 'D1');
    await core.ok('ratings.create', { childId: amy.child.id, rating: 'green', reason: 'Back on track after panel', ratedOn: '2026-11-20' });
    const before = counts(core);

    expect((await core.ok('import.preview', { csv: first })).counts).toMatchObject({ unchanged: 1 });
    expect(await core.ok('import.commit', { csv: first, mapping })).toMatchObject({ unchanged: 1, updated: 0 });
    expect(counts(core)).toEqual(before);

    const withDecision = first.replace('LGP date,', 'LGP date,LGP decision,').replace('01/09/2026,', '01/09/2026,Enter PLO,');
    const preview = await core.ok('import.preview', { csv: withDecision });
    expect(preview.rows[0]).toMatchObject({ action: 'update', changes: ['Legal Gateway decision'] });
    await core.ok('import.commit', { csv: withDecision, mapping: preview.mapping });
    const after = await childByRef(core, 'D1');
    expect(after.keyDates).toMatchObject([{ type: 'lgp', date: '2026-09-01', decision: 'pre_proceedings' }]);
    expect(after.ratings.map((r) => [r.rating, r.ratedOn, r.source])).toEqual([
      ['green', '2026-11-20', 'manual'],
      ['amber', '2026-10-01', 'import'],
    ]);
  });

  it('matches an existing child by case reference whatever its case, and leaves unmapped fields alone', async () => {
    const core = await councilCore();
    const [team] = await core.ok('teams.list');
    const child = await core.ok('children.create', { caseRef: 'CIC900', firstName: 'Lee', lastName: 'Example', legalStatus: 's20', teamId: team!.id, ethnicity: 'White Irish' });
    const preview = await core.ok('import.preview', { csv: 'Case reference,First name,Last name,Legal status\ncic900,Lee,Example,Care order\n' });
    expect(preview.rows[0]).toMatchObject({ action: 'update', changes: ['Case reference', 'Legal status'] });
    await core.ok('import.commit', { csv: 'Case reference,First name,Last name,Legal status\ncic900,Lee,Example,Care order\n', mapping: preview.mapping });
    const after = await core.ok('children.get', { id: child.id });
    expect(after.child).toMatchObject({ caseRef: 'cic900', legalStatus: 'care_order', teamId: team!.id, ethnicity: 'White Irish' });
    expect(count(core, 'children')).toBe(1);
  });
});

describe('import: messy files', () => {
  it('reads a semicolon file with a BOM, CRLF, padded headings, quoted separators and line breaks, Excel’s escapes and trailing blanks', async () => {
    const core = await councilCore();
    const csv = fixture('messy.csv');
    // The fixture really is messy (so this test can fail):
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(csv).toContain('="0012"');

    const preview = await core.ok('import.preview', { csv });
    expect(preview.fileProblems).toEqual([]);
    expect(preview.headers).toEqual(['CASE REF', 'forename', 'SURNAME', 'Date Of Birth', 'Legal Status', 'Team', 'Date entered care', 'R/A/G', 'RAG reason', 'Last CPM']);
    expect(preview.mapping).toMatchObject({ caseRef: 'CASE REF', firstName: 'forename', lastName: 'SURNAME', dateOfBirth: 'Date Of Birth', legalStatus: 'Legal Status', team: 'Team', rag: 'R/A/G', ragReason: 'RAG reason', lastCpm: 'Last CPM' });
    expect(preview.rows.map((r) => [r.line, r.caseRef, r.name, r.action, r.problems])).toEqual([
      [2, '0012', 'Ola Smith; Jones', 'create', []],
      [3, '0013', 'Pip O’Example, Jr'.replace('’', "'"), 'create', []],
    ]);

    await core.ok('import.commit', { csv, mapping: preview.mapping });
    const ola = await childByRef(core, '0012');
    expect(ola.child).toMatchObject({ firstName: 'Ola', lastName: 'Smith; Jones', dateOfBirth: '2016-02-01', legalStatus: 's20', dateEnteredCare: '2026-09-01' });
    expect(ola.ratings[0]).toMatchObject({ rating: 'green', reason: 'Settled; contact going well\r\nreviewed at CPM' });
    expect(ola.meetings).toEqual([{ kind: 'cpm', date: '2026-11-22', source: 'import' }]);
    const pip = await childByRef(core, '0013');
    expect(pip.child).toMatchObject({ dateOfBirth: '2017-04-03', dateEnteredCare: '2026-09-01', legalStatus: 's20' });
    expect(pip.ratings[0]).toMatchObject({ rating: 'amber', reason: 'Waiting for "viability" assessment' });
    expect(pip.meetings).toEqual([{ kind: 'cpm', date: '2026-11-21', source: 'import' }]);
  });

  it('numbers lines as a spreadsheet does, counting a quoted line break as one row and blank rows as rows', async () => {
    const core = await councilCore();
    const csv = 'Case reference,First name,Last name,Legal status,RAG,RAG reason\n\nA1,Amy,Example,S20,Red,"two\nlines"\nA2,Ben,Example,Nonsense,,\n';
    const preview = await core.ok('import.preview', { csv });
    expect(preview.rows.map((r) => [r.line, r.action])).toEqual([
      [3, 'create'],
      [4, 'invalid'],
    ]);
  });

  it('reads dates the ways spreadsheets and case systems write them, and says when one is month first', async () => {
    const core = await councilCore();
    const forms: [string, string | null][] = [
      ['01/09/2026', '2026-09-01'],
      ['1/9/2026', '2026-09-01'],
      ['01/09/2026 00:00', '2026-09-01'],
      ['01/09/2026 14:35', '2026-09-01'],
      ['2026-09-01', '2026-09-01'],
      ['2026-09-01T14:35:00Z', '2026-09-01'],
      ['01-09-26', '2026-09-01'],
      ['1 Sep 2026', '2026-09-01'],
      ['01.09.2026', '2026-09-01'],
      ['29/02/2024', '2024-02-29'],
      ['09/22/2026', null],
      ['29/02/2026', null],
    ];
    const csv = ['Case reference,First name,Last name,Legal status,Date entered care', ...forms.map(([text], i) => `T${i},Amy,Example,S20,${text}`)].join('\n');
    const preview = await core.ok('import.preview', { csv });
    expect(problemsOn(preview, 12)).toEqual(['Date entered care: “09/22/2026” is not a real date: there is no month 22. Dates are day first (dd/mm/yyyy): check whether the day and month are the wrong way round.']);
    expect(problemsOn(preview, 13)[0]).toMatch(/“29\/02\/2026” is not a real date/);
    await core.ok('import.commit', { csv, mapping: preview.mapping, exclude: [12, 13] });
    const stored = core.store.sqlite.prepare('select case_ref, date_entered_care from children order by id').all() as { case_ref: string; date_entered_care: string }[];
    expect(stored.map((c) => c.date_entered_care)).toEqual(forms.filter(([, iso]) => iso).map(([, iso]) => iso));
  });

  it('reads leniently the words councils use for legal status, plans, placements and decisions', async () => {
    const core = await councilCore();
    const csv = [
      'Ref,Forename,Surname,Legal,Placement,Plan,Parallel,LGP date,Lgp outcome,Sex',
      'L1,A,Example,section 20,Family & friends,Long term fostering,Special Guardianship/Reunification,01/09/2026,pre-proceedings,f',
      'L2,B,Example,ico,ifa,SGO,LTF; Adoption / Early Permanence,01/09/2026,Issue care proceedings,BOY',
      'L3,C,Example,Placement Order,Fostering for Adoption,Adoption / Early Permanence,,,,Not known',
      'L4,D,Example,PLO,Not placed (living at home),rehab,"ltf, sgo",,,',
      'L5,E,Example,S.20,Residential,Staying Put,,,,',
    ].join('\r\n');
    const preview = await core.ok('import.preview', { csv });
    expect(preview.rows.flatMap((r) => r.problems)).toEqual([]);
    await core.ok('import.commit', { csv, mapping: preview.mapping });
    const l1 = await childByRef(core, 'L1');
    expect(l1.child).toMatchObject({ legalStatus: 's20', placementType: 'connected_person', gender: 'female' });
    expect(l1.plan).toMatchObject({ primaryOption: 'long_term_fostering', parallelOptions: ['special_guardianship', 'reunification'] });
    expect(l1.keyDates).toMatchObject([{ type: 'lgp', date: '2026-09-01', decision: 'pre_proceedings' }]);
    const l2 = await childByRef(core, 'L2');
    expect(l2.child).toMatchObject({ legalStatus: 'interim_care_order', placementType: 'foster_agency', gender: 'male' });
    expect(l2.plan).toMatchObject({ primaryOption: 'special_guardianship', parallelOptions: ['long_term_fostering', 'adoption'] });
    const l3 = await childByRef(core, 'L3');
    expect(l3.child).toMatchObject({ legalStatus: 'placement_order', placementType: 'fostering_for_adoption', gender: 'not_known' });
    expect(l3.plan).toMatchObject({ primaryOption: 'adoption', parallelOptions: [] });
    const l4 = await childByRef(core, 'L4');
    expect(l4.child).toMatchObject({ legalStatus: 'pre_proceedings', placementType: 'none' });
    expect(l4.plan).toMatchObject({ primaryOption: 'reunification', parallelOptions: ['long_term_fostering', 'special_guardianship'] });
    expect((await childByRef(core, 'L5')).child).toMatchObject({ legalStatus: 's20', placementType: 'residential' });
  });
});

describe('import: the 50-child export', () => {
  it('finds exactly the three bad rows, and imports the other 47', async () => {
    const core = await councilCore();
    const csv = fixture('children-50.csv');
    const preview = await core.ok('import.preview', { csv });
    expect(preview.fileProblems).toEqual([]);
    expect(preview.counts).toEqual({ create: 47, update: 0, unchanged: 0, invalid: 3 });
    expect(preview.rows.filter((r) => r.action === 'invalid').map((r) => [r.line, r.problems.map((p) => p.message)])).toEqual([
      [12, ['Date entered care: “31/02/2026” is not a real date: 31 February 2026 does not exist (February 2026 has 28 days).']],
      [27, ['No team called “Children in Care Team 9”. Under “Teams not in Panelroom”, choose which team it is or add it as a new team; or exclude this row.']],
      [41, ['Duplicate case reference: MOS1004 is already on line 5. Each child can be in the file once: exclude this row, or remove one of the two from the file.']],
    ]);
    expect(preview.peopleToAdd.map((p) => [p.name, p.role])).toEqual([
      ['Alex Invented', 'team_manager'],
      ['Chris Pretend', 'iro'],
      ['Jo Dummy', 'social_worker'],
      ['Pat Placeholder', 'social_worker'],
      ['Robin Notreal', 'team_manager'],
      ['Sam Specimen', 'social_worker'],
    ]);
    const result = await core.ok('import.commit', { csv, mapping: preview.mapping, exclude: [12, 27, 41] });
    expect(result).toEqual({ created: 47, updated: 0, unchanged: 0, excluded: 3, peopleAdded: 6, teamsAdded: 0 });
    expect((await core.ok('tracker.query', {})).rows).toHaveLength(47);
  });
});

describe('import: a large file', () => {
  // How fast it is lives in `npm run bench` (the import preview row, p95 ≤ 2.5 s), not in a timed test a busy machine can fail.
  it('previews 10,000 rows, every one counted, and the people to add', async () => {
    const core = await councilCore();
    const lines = ['Case reference,First name,Last name,Date of birth,Team,Social worker,Legal status,Date entered care,Primary plan,Parallel plans,RAG,RAG reason,Last CPM'];
    for (let i = 0; i < 10_000; i++) {
      lines.push(`P${i},Child${i},Example,01/02/2015,Children in Care Team ${1 + (i % 2)},Worker ${i % 40},S20,01/03/2024,LTF,SGO,Amber,Reason ${i},01/11/2026`);
    }
    const csv = lines.join('\r\n');
    const preview = await core.ok('import.preview', { csv });
    expect(preview.counts.create).toBe(10_000);
    expect(preview.peopleToAdd).toHaveLength(40);
  });
});
