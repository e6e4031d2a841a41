import type { ProcedureInput } from '../../../shared/contract';
import { testCore } from './core';
import { meetingWith, movableClock } from './meeting-fixtures';

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

export const PERIOD = { from: '2026-04-01', to: '2026-09-30' };

export async function council() {
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
    await core.ok('children.update', { id: c.id, caseRef: now.caseRef, firstName: now.firstName, lastName: now.lastName, dateOfBirth: now.dateOfBirth, teamId: now.teamId, legalStatus: now.legalStatus, dateEnteredCare: now.dateEnteredCare, version: now.version, ...fields });
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

  return { core, clock, north, south, children: { ava, ben, cara, dan, eve } };
}
