import { asShown } from './shown-version';
import type { ProcedureOutput } from '../../../shared/contract';
import { testCore, type TestCore } from './core';
import { child, meetingWith, movableClock, setUp } from './meeting-fixtures';

/**
 * The council the unit tests share, built only through the router, as a person would
 * build it: two teams and their people, the Thursday Permanence Panel (North on
 * 26/11/2026, South on 03/12, North on 10/12...), then meetings in each state.
 */
export { child, meetingWith, movableClock, setUp };

export type Council = Awaited<ReturnType<typeof setUp>>;
type Child = ProcedureOutput<'children.create'>;
type Clock = ReturnType<typeof movableClock>;
/** One child for each name given, in the same order. */
type ChildrenNamed<N extends readonly string[]> = { -readonly [K in keyof N]: Child };

export interface CouncilAt {
  clock: Clock;
  core: TestCore;
  s: Council;
}

/** The council on a clock the test moves, starting at `iso`. */
export async function councilAt(iso: string): Promise<CouncilAt> {
  const clock = movableClock(iso);
  const core = await testCore({ now: clock.now });
  return { clock, core, s: await setUp(core) };
}

async function childrenOf<const N extends readonly string[]>(core: TestCore, teamId: number, surnames: N): Promise<ChildrenNamed<N>> {
  const made: Child[] = [];
  for (const surname of surnames) made.push(await child(core, teamId, surname));
  return made as ChildrenNamed<N>;
}

/**
 * North's Thursday panel on the clock's day (26/11/2026 at 10:00 unless told), with
 * a child of North for each surname on its agenda, one item each, and started unless
 * `start` is false.
 */
export async function runningPanel<const N extends readonly string[]>(surnames: N, options: { at?: string; start?: boolean } = {}) {
  const at = options.at ?? '2026-11-26T10:00:00Z';
  const { clock, core, s } = await councilAt(at);
  const kids = await childrenOf(core, s.north.id, surnames);
  const m = await meetingWith(
    core,
    s.series.id,
    at.slice(0, 10),
    kids.map((k) => k.id),
  );
  if (options.start !== false) await core.ok('meetings.start', { id: m.meetingId });
  return { clock, core, s, kids, m };
}

/** A Care Planning Meeting booked for the child at 10:00 to 11:00 on `date`: the meeting and its one item. */
export async function bookCpm(core: TestCore, childId: number, date: string, venue: string | null = null) {
  const booked = await core.ok('cpm.book', { childId, date, startTime: '10:00', endTime: '11:00', venue, chairId: null });
  return { meetingId: booked.meeting.id, itemId: booked.items[0]!.id };
}

/** A child of North's Care Planning Meeting on the clock's day (24/11/2026 at 10:00 unless told), started. */
export async function runningCpm(surname = 'Smith', at = '2026-11-24T10:00:00Z') {
  const { clock, core, s } = await councilAt(at);
  const [a] = await childrenOf(core, s.north.id, [surname]);
  const cpm = await bookCpm(core, a.id, at.slice(0, 10));
  await core.ok('meetings.start', { id: cpm.meetingId });
  return { clock, core, s, a, ...cpm };
}

/**
 * A Monday Legal Gateway Panel on 23/11/2026, in the room, with one child on child
 * protection brought as a new referral: the item whose decision the tests record.
 */
export async function runningLgp() {
  const { clock, core, s } = await councilAt('2026-11-23T10:00:00Z');
  const lgpType = s.types.find((t) => t.code === 'lgp')!;
  const series = await core.ok('series.create', {
    typeId: lgpType.id,
    name: 'Legal Gateway (Monday)',
    weekday: 0,
    interval: 'weekly',
    startsOn: '2026-11-23',
    startTime: '13:00',
    endTime: '15:00',
    venue: null,
    chairId: s.chair.id,
    holidayRule: 'skip',
    rotation: [],
  });
  const a = await core.ok('children.create', { caseRef: 'L100', firstName: 'Sam', lastName: 'Reed', legalStatus: 'child_protection', dateOfBirth: '2022-01-01', teamId: s.north.id });
  let d = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-11-23' });
  d = await core.ok('agenda.add', { meetingId: d.meeting.id, childId: a.id, lgpReason: 'new_referral' });
  const itemId = d.items.find((i) => i.children[0]!.id === a.id)!.id;
  await core.ok('meetings.start', { id: d.meeting.id });
  return { clock, core, s, series, a, meetingId: d.meeting.id, itemId };
}

/**
 * The council a few weeks in, with a meeting in every state, on Thursday 10/12/2026 at 10:30:
 * - approved: North's panel of 26/11 (Smith rated green, Jones amber; an action for Smith, due 10/12);
 * - draft: Brown's Care Planning Meeting of 08/12, held and closed, the next one booked for 19/01/2027;
 * - in progress: North's panel of 10/12 (Smith and Jones; Smith rated amber; Smith's earlier
 *   action carried forward; a new action for Jones);
 * - planned: South's panel of 17/12, prepared with Brown on its agenda.
 */
export async function busyCouncil() {
  const { clock, core, s } = await councilAt('2026-11-26T10:00:00Z');
  const [smith, jones] = await childrenOf(core, s.north.id, ['Smith', 'Jones']);
  const [brown] = await childrenOf(core, s.south.id, ['Brown']);

  const approved = await meetingWith(core, s.series.id, '2026-11-26', [smith.id, jones.id]);
  await core.ok('meetings.start', { id: approved.meetingId });
  await core.ok('minutes.save', await asShown(core, { itemId: approved.itemOf(smith.id), field: 'decisions', value: 'Plan for adoption endorsed.' }));
  await core.ok('minutes.rate', { itemId: approved.itemOf(smith.id), childId: smith.id, rating: 'green', reason: 'On track for matching' });
  await core.ok('minutes.rate', { itemId: approved.itemOf(jones.id), childId: jones.id, rating: 'amber', reason: 'Assessment late' });
  const earlierAction = await core.ok('actions.create', { itemId: approved.itemOf(smith.id), text: 'Book the viability assessment', ownerId: s.tm.id, dueOn: '2026-12-10' });
  await core.ok('meetings.close', { id: approved.meetingId });
  await core.ok('meetings.approve', { id: approved.meetingId, approvedBy: 'Hana Head', approvedOn: '2026-11-26' });

  clock.set('2026-12-01T09:00:00Z');
  const draft = await bookCpm(core, brown.id, '2026-12-08', 'Family Centre');
  clock.set('2026-12-08T10:00:00Z');
  await core.ok('meetings.start', { id: draft.meetingId });
  await core.ok('minutes.save', await asShown(core, { itemId: draft.itemId, field: 'conclusion', value: 'Placement stable; contact with Mum weekly.' }));
  await core.ok('minutes.save', await asShown(core, { itemId: draft.itemId, field: 'nextMeetingDate', value: '2027-01-19' }));
  await core.ok('meetings.close', { id: draft.meetingId });

  clock.set('2026-12-10T10:00:00Z');
  const running = await meetingWith(core, s.series.id, '2026-12-10', [smith.id, jones.id]);
  await core.ok('meetings.start', { id: running.meetingId });
  await core.ok('minutes.rate', { itemId: running.itemOf(smith.id), childId: smith.id, rating: 'amber', reason: 'Viability assessment not yet booked' });
  await core.ok('actions.review', { actionId: earlierAction.id, itemId: running.itemOf(smith.id), outcome: 'carried', note: 'Assessor on leave', newDueOn: '2027-01-07' });
  const action = await core.ok('actions.create', { itemId: running.itemOf(jones.id), text: 'Send the life story book to the carers', ownerName: 'Fostering SSW', dueOn: '2026-12-24' });

  const planned = await meetingWith(core, s.series.id, '2026-12-17', [brown.id]);
  clock.set('2026-12-10T10:30:00Z');
  return {
    clock,
    core,
    s,
    smith,
    jones,
    brown,
    approved: { ...approved, actionId: earlierAction.id },
    draft,
    running: { ...running, actionId: action.id },
    planned,
  };
}

export type BusyCouncil = Awaited<ReturnType<typeof busyCouncil>>;

/** The audit log's summaries for one kind of thing, newest first. */
export async function auditSummaries(core: TestCore, entity: string): Promise<string[]> {
  return (await core.ok('audit.list', { entity })).rows.map((r) => r.summary);
}
