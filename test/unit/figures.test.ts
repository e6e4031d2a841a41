import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import type { FiguresResult } from '../../shared/schemas/figures';
import { figureTables } from '../../shared/figures/tables';
import { testCore, type TestCore } from './support/core';
import { meetingWith, movableClock } from './support/meeting-fixtures';

/*
 * A small council made by hand, so every figure can be checked on paper. Today is
 * Thursday 15/10/2026; the period is 01/04/2026 to 30/09/2026. Each child's story:
 *
 * Ava (North)  care order since before the period; in care 06/01/2025; plan adoption (recorded 01/03/2026).
 *              CPMs 16/03, 20/04 (5 weeks: on time), 15/06 (8 weeks: late), then none (due 27/07: not held).
 *              CiC reviews 31/01/2025, 25/04/2025, 20/10/2025, 17/04/2026 (due 20/04: on time; next due 17/10, after the period).
 *              Rated red 10/03 and 01/06: red since March, more than 3 months (drift).
 * Ben (North)  Section 20 since 08/01/2024: over 2 years (drift). No plan, no CiC review ever (one not held), so
 *              no plan by the date the second review was due (drift).
 *              CPMs 20/03, 24/04, 05/06 (exactly 6 weeks: on time), 10/07, 21/08: four on time; 02/10 after the period.
 *              Rated red 01/02, green 05/05, red 20/06: red since June, more than 3 months before today (drift).
 * Cara (South) pre-proceedings until 04/05/2026, then interim care order and in care; proceedings issued 04/05 after an
 *              LGP decision to issue on 20/04. Permanence Panel 21/05 (in the 4-week window, 04/05 to 15/06);
 *              none in the 14-week window (13/07 to 24/08). 23 weeks since issue today (band 21 to 26 weeks).
 *              No CPM (due 15/06: not held). CiC review 1 on 01/06 (due 02/06 counting 20 working days past
 *              the bank holidays of 04/05 and 25/05: on time); review 2 on 08/09 (due 01/09: late).
 *              No plan by that second review (drift). Rated amber 10/05, red 01/08.
 * Dan (South)  interim care order, issued and in care 01/12/2025; care order 06/07/2026: concluded after 31 weeks.
 *              CPMs 27/07 (due 12/01: late) and 07/09 (on time). CiC reviews 22/12/2025 and 20/03/2026; the third
 *              due 20/09 not held. No plan by the second review (drift). Rated green 05/03, amber 10/07.
 * Eve (North)  interim care order, issued and in care 02/02/2026; care order 01/06/2026: concluded after 17 weeks.
 *              Plan special guardianship from 01/06. No CPM (due 16/03: not held). CiC reviews 27/02 and 20/05
 *              (due 27/05: on time). Never rated.
 *
 * Actions, agreed at a panel on 03/09: Ava's (Sam Social, due 10/09, open: overdue); Cara's (Tara Manager, due
 * 30/11, open); Dan's (Sam Social, completed 25/09, impact green); Ava's second (Tara Manager, completed 01/10,
 * after the period: not counted).
 */

const PERIOD = { from: '2026-04-01', to: '2026-09-30' };

async function council() {
  const clock = movableClock('2026-03-01T10:00:00Z');
  const core = await testCore({ now: clock.now });
  const north = await core.ok('teams.create', { name: 'North' });
  const south = await core.ok('teams.create', { name: 'South' });
  const tara = await core.ok('people.create', { name: 'Tara Manager', role: 'team_manager', teamId: south.id });
  const chair = await core.ok('people.create', { name: 'Hana Head', role: 'chair' });
  const child = (caseRef: string, firstName: string, teamId: number, legalStatus: ProcedureInput<'children.create'>['legalStatus'], dateEnteredCare: string | null) =>
    core.ok('children.create', { caseRef, firstName, lastName: 'Hand', legalStatus, dateOfBirth: '2019-03-01', dateEnteredCare, teamId });
  const ava = await child('F1', 'Ava', north.id, 'care_order', '2025-01-06');
  const ben = await child('F2', 'Ben', north.id, 's20', '2024-01-08');
  const cara = await child('F3', 'Cara', south.id, 'pre_proceedings', null);
  const dan = await child('F4', 'Dan', south.id, 'interim_care_order', '2025-12-01');
  const eve = await child('F5', 'Eve', north.id, 'interim_care_order', '2026-02-02');
  await core.ok('plans.set', { childId: ava.id, primaryOption: 'adoption', parallelOptions: [] });

  const change = async (c: typeof ava, at: string, fields: Partial<ProcedureInput<'children.update'>>) => {
    clock.set(`${at}T10:00:00Z`);
    const { child: now } = await core.ok('children.get', { id: c.id });
    await core.ok('children.update', { id: c.id, caseRef: now.caseRef, firstName: now.firstName, lastName: now.lastName, dateOfBirth: now.dateOfBirth, teamId: now.teamId, legalStatus: now.legalStatus, dateEnteredCare: now.dateEnteredCare, ...fields });
  };
  await change(cara, '2026-05-04', { legalStatus: 'interim_care_order', dateEnteredCare: '2026-05-04' });
  await change(eve, '2026-06-01', { legalStatus: 'care_order' });
  await core.ok('plans.set', { childId: eve.id, primaryOption: 'special_guardianship', parallelOptions: [] });
  await change(dan, '2026-07-06', { legalStatus: 'care_order' });

  clock.set('2026-09-03T10:00:00Z');
  const types = await core.ok('meetingTypes.list');
  const series = await core.ok('series.create', {
    typeId: types.find((t) => t.code === 'pp')!.id,
    name: 'Permanence Panel',
    weekday: 3,
    interval: 'weekly',
    startsOn: '2026-09-03',
    startTime: '10:00',
    endTime: '12:00',
    venue: 'Civic Centre',
    chairId: chair.id,
    holidayRule: 'skip',
    rotation: [north.id, south.id],
  });
  const panel = await meetingWith(core, series.id, '2026-09-03', [ava.id, cara.id, dan.id]);
  await core.ok('meetings.start', { id: panel.meetingId });
  const action = (c: typeof ava, owner: { ownerId: number | null; ownerName: string | null }, dueOn: string) =>
    core.ok('actions.create', { itemId: panel.itemOf(c.id), text: `Action for ${c.firstName}`, ...owner, dueOn });
  const sam = { ownerId: null, ownerName: 'Sam Social' };
  const byTara = { ownerId: tara.id, ownerName: null };
  await action(ava, sam, '2026-09-10');
  await action(cara, byTara, '2026-11-30');
  const danAction = await action(dan, sam, '2026-09-20');
  const avaSecond = await action(ava, byTara, '2026-09-17');

  clock.set('2026-10-15T10:00:00Z');
  await core.ok('actions.complete', { id: danAction.id, completedOn: '2026-09-25', impactRag: 'green' });
  await core.ok('actions.complete', { id: avaSecond.id, completedOn: '2026-10-01' });

  const keyDate = (childId: number, type: ProcedureInput<'keyDates.create'>['type'], date: string, decision?: 'issue_proceedings') => core.ok('keyDates.create', { childId, type, date, decision });
  await keyDate(cara.id, 'lgp', '2026-04-20', 'issue_proceedings');
  await keyDate(cara.id, 'proceedings_issued', '2026-05-04');
  await keyDate(dan.id, 'proceedings_issued', '2025-12-01');
  await keyDate(eve.id, 'proceedings_issued', '2026-02-02');

  const reviews: [typeof ava, string[]][] = [
    [ava, ['2025-01-31', '2025-04-25', '2025-10-20', '2026-04-17']],
    [cara, ['2026-06-01', '2026-09-08']],
    [dan, ['2025-12-22', '2026-03-20']],
    [eve, ['2026-02-27', '2026-05-20']],
  ];
  for (const [c, days] of reviews) for (const [i, heldOn] of days.entries()) await core.ok('cicReviews.record', { childId: c.id, heldOn, ordinal: i + 1 });

  const ratings: [typeof ava, 'red' | 'amber' | 'green', string][] = [
    [ava, 'red', '2026-03-10'],
    [ava, 'red', '2026-06-01'],
    [ben, 'red', '2026-02-01'],
    [ben, 'green', '2026-05-05'],
    [ben, 'red', '2026-06-20'],
    [cara, 'amber', '2026-05-10'],
    [cara, 'red', '2026-08-01'],
    [dan, 'green', '2026-03-05'],
    [dan, 'amber', '2026-07-10'],
  ];
  for (const [c, rating, ratedOn] of ratings) await core.ok('ratings.create', { childId: c.id, rating, reason: 'As the panel found.', ratedOn });

  // Meetings held before Panelroom was used, as an import records them.
  const held: (readonly [typeof ava, 'cpm' | 'pp', string])[] = [
    ...['2026-03-16', '2026-04-20', '2026-06-15'].map((d) => [ava, 'cpm', d] as const),
    ...['2026-03-20', '2026-04-24', '2026-06-05', '2026-07-10', '2026-08-21', '2026-10-02'].map((d) => [ben, 'cpm', d] as const),
    ...['2026-07-27', '2026-09-07'].map((d) => [dan, 'cpm', d] as const),
    [cara, 'pp', '2026-05-21'],
  ];
  const insert = core.store.sqlite.prepare("insert into child_meetings (child_id, kind, held_on, source) values (?, ?, ?, 'import')");
  for (const [c, kind, day] of held) insert.run(c.id, kind, day);
  core.store.sqlite.prepare('delete from child_tracking').run();

  return { core, north, south, children: { ava, ben, cara, dan, eve } };
}

type Council = Awaited<ReturnType<typeof council>>;

async function behind(c: Council, part: string, teamId: number | null = null): Promise<string[]> {
  const result = await c.core.ok('tracker.query', { figure: { part, ...PERIOD, teamId } });
  return result.rows.map((r) => r.firstName).sort();
}

const counts = (rows: { key: string; start: number; now: number }[]) => Object.fromEntries(rows.filter((r) => r.start + r.now > 0).map((r) => [r.key, [r.start, r.now]]));

describe('management figures on a council made by hand', () => {
  it('count every figure as worked out on paper, and list the children behind each number', async () => {
    const c = await council();
    const f: FiguresResult = await c.core.ok('figures.get', PERIOD);

    // In care at 01/04: Ava (adoption), Ben, Dan and Eve (no plan); Cara in pre-proceedings. Now Eve's plan is special guardianship.
    expect(counts(f.inCare.plans)).toEqual({ adoption: [1, 1], special_guardianship: [0, 1], none: [3, 3] });
    expect(counts(f.inCare.statuses)).toEqual({ care_order: [1, 3], s20: [1, 1], interim_care_order: [2, 1], pre_proceedings: [1, 0] });
    expect(await behind(c, 'inCare/now/plan/none')).toEqual(['Ben', 'Cara', 'Dan']);
    expect(await behind(c, 'inCare/start/status/interim_care_order')).toEqual(['Dan', 'Eve']);

    // Cara's proceedings are open at 23 weeks; Eve's concluded at 17 weeks, Dan's at 31: median 24.
    expect(f.proceedings.open).toEqual([
      { key: 'w0', n: 0 },
      { key: 'w1', n: 0 },
      { key: 'w2', n: 1 },
      { key: 'w3', n: 0 },
      { key: 'w4', n: 0 },
    ]);
    expect(f.proceedings.concluded).toEqual({ within: 1, over: 1, medianWeeks: 24 });
    expect(await behind(c, 'proceedings/concluded/over')).toEqual(['Dan']);

    expect(f.timeliness).toEqual([
      { measure: 'cpm', onTime: 6, late: 2, notHeld: 3 },
      { measure: 'pp4', onTime: 1, late: 0, notHeld: 0 },
      { measure: 'pp14', onTime: 0, late: 0, notHeld: 1 },
      { measure: 'cic', onTime: 3, late: 1, notHeld: 2 },
    ]);
    expect(await behind(c, 'timeliness/cpm/notHeld')).toEqual(['Ava', 'Cara', 'Eve']);
    expect(await behind(c, 'timeliness/cic/late')).toEqual(['Cara']);
    expect(await behind(c, 'timeliness/pp14')).toEqual(['Cara']);

    expect(f.rag.map((m) => [m.month, m.red, m.amber, m.green])).toEqual([
      ['2026-04', 2, 0, 1],
      ['2026-05', 1, 1, 2],
      ['2026-06', 2, 1, 1],
      ['2026-07', 2, 2, 0],
      ['2026-08', 3, 1, 0],
      ['2026-09', 3, 1, 0],
    ]);
    expect(await behind(c, 'rag/2026-05/green')).toEqual(['Ben', 'Dan']);

    expect(f.drift).toEqual([
      { key: 's20', n: 1 },
      { key: 'noPlan', n: 3 },
      { key: 'red', n: 2 },
    ]);
    expect(await behind(c, 'drift/noPlan')).toEqual(['Ben', 'Cara', 'Dan']);
    expect(await behind(c, 'drift/red')).toEqual(['Ava', 'Ben']);

    const group = (g: FiguresResult['actions']['teams'][number]) => [g.label, g.open, g.overdue, g.completed, g.impact.green, g.impact.none];
    expect(f.actions.teams.map(group)).toEqual([
      ['North', 1, 1, 0, 0, 0],
      ['South', 1, 0, 1, 1, 0],
    ]);
    expect(f.actions.owners.map(group)).toEqual([
      ['Sam Social', 1, 1, 1, 1, 0],
      ['Tara Manager', 1, 0, 0, 0, 0],
    ]);
    const samOverdue = figureTables(f).find((t) => t.id === 'actionsByOwner')!.rows[0]!.cells[1]!.part!;
    expect(await behind(c, samOverdue)).toEqual(['Ava']);
  });

  it('count one team alone, and every table beside its chart as CSV', async () => {
    const c = await council();
    const f = await c.core.ok('figures.get', { ...PERIOD, teamId: c.south.id });
    expect(f.period.teamName).toBe('South');
    expect(counts(f.inCare.statuses)).toEqual({ care_order: [0, 1], interim_care_order: [1, 1], pre_proceedings: [1, 0] });
    expect(f.timeliness.find((t) => t.measure === 'cpm')).toEqual({ measure: 'cpm', onTime: 1, late: 1, notHeld: 1 });
    expect(await behind(c, 'drift', c.south.id)).toEqual(['Cara', 'Dan']);

    const csv = await c.core.ok('figures.exportCsv', { ...PERIOD, teamId: c.south.id, table: 'timeliness' });
    expect(csv.fileName).toBe('Timeliness of reviews South 2026-04-01 to 2026-09-30.csv');
    expect(csv.csv.split('\r\n')[1]).toBe('Care Planning Meetings within 6 weeks,1,1,1,33% (1 of 3)');
  });

  it('go to Word with the period and team on the cover, each chart a described picture beside its table, and children named only in the appendix when asked for', { timeout: 30_000 }, async () => {
    const c = await council();
    const word = async (withNames: boolean) => {
      const file = await c.core.ok('figures.exportDocx', { ...PERIOD, teamId: c.north.id, withNames });
      const files = unzipSync(new Uint8Array(Buffer.from(file.base64, 'base64')));
      return { fileName: file.fileName, xml: strFromU8(files['word/document.xml']!), header: strFromU8(files['word/header1.xml']!), pictures: Object.keys(files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png')) };
    };
    const countsOnly = await word(false);
    expect(countsOnly.fileName).toBe('Permanence figures North 2026-04-01 to 2026-09-30.docx');
    const text = countsOnly.xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Period: 01/04/2026 to 30/09/2026');
    expect(text).toContain('Team: North');
    expect(countsOnly.header).toContain('OFFICIAL-SENSITIVE');
    // Eight tables, each a chart: North's actions have one owner, so every table has something to draw.
    expect(countsOnly.pictures).toHaveLength(8);
    expect(countsOnly.xml).toContain('descr="Bar chart: Timeliness of reviews.');
    for (const name of ['Ava', 'Ben', 'Eve', 'Hand', 'F1']) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));

    const named = await word(true);
    const appendix = named.xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(appendix).toContain('Appendix: the children behind the drift and delay figures');
    expect(appendix).toMatch(/Accommodated under Section 20 for over 2 years \(1\) Child Case reference Team Ben Hand F2 North/);
    expect(appendix).not.toContain('Cara');
  });

  it('refuse a period that ends before it starts, or a team that does not exist, with a sentence', async () => {
    const c = await council();
    const audit = () => c.core.store.sqlite.prepare('select count(*) from audit_log').pluck().get();
    const before = audit();
    const backwards = await c.core.router.call('figures.get', { from: '2026-09-30', to: '2026-04-01' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('The period ends (01/04/2026) before it starts (30/09/2026)') } });
    const noTeam = await c.core.router.call('figures.exportCsv', { ...PERIOD, teamId: 999, table: 'rag' });
    expect(noTeam).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'That team is not in Panelroom: it may have been removed. Choose a team from the list, or all teams.' } });
    expect(audit()).toBe(before);
  });
});

describe('management figures on the demo', () => {
  it('agree with the tracker: every child in care now is counted once by plan and once by status', { timeout: 60_000 }, async () => {
    const core: TestCore = await testCore({ now: () => new Date('2026-11-22T10:00:00Z') });
    await core.ok('demo.load');
    const f = await core.ok('figures.get', { from: '2025-12-01', to: '2026-11-30' });
    const tracker = await core.ok('tracker.query', { limit: 1000 });
    const inCareNow = tracker.rows.filter((r) => ['care_order', 'interim_care_order', 's20', 'placement_order'].includes(r.legalStatus)).length;
    expect(f.inCare.plans.reduce((n, p) => n + p.now, 0)).toBeGreaterThan(0);
    expect(f.inCare.plans.reduce((n, p) => n + p.now, 0)).toBe(f.inCare.statuses.filter((s) => s.key !== 'pre_proceedings').reduce((n, s) => n + s.now, 0));
    expect(f.inCare.statuses.filter((s) => s.key !== 'pre_proceedings').reduce((n, s) => n + s.now, 0)).toBeLessThanOrEqual(inCareNow);
    expect(f.rag).toHaveLength(12);
    expect(f.rag.at(-1)!.red).toBe((await core.ok('tracker.query', { rag: 'red', limit: 1000 })).matched);
    // The first number of each table that counts any children: the tracker lists at most that many children behind it, and some.
    for (const table of figureTables(f)) {
      const cell = table.rows.flatMap((r) => r.cells).find((x) => x.part && /^[1-9]\d*$/.test(x.text));
      if (!cell?.part) continue;
      const rows = await core.ok('tracker.query', { figure: { part: cell.part, from: '2025-12-01', to: '2026-11-30', teamId: null }, limit: 1000 });
      expect(rows.matched, cell.part).toBeLessThanOrEqual(Number(cell.text));
      expect(rows.matched > 0, cell.part).toBe(Number(cell.text) > 0);
    }
  });
});
