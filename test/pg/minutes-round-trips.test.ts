import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureOutput } from '../../shared/contract';
import type { Core } from '../../electron/core/core';
import type { TestCore } from '../unit/support/core';
import { child, meetingWith, movableClock, setUp } from '../unit/support/meeting-fixtures';
import { countedTeamCore, type CountedCore } from './support/counted-core';

/**
 * On a team store every statement is a round trip over the council's network: the live minutes'
 * read (minutes.get, what the minute-taker's page, the chair's view and every read-along read
 * again) must send a few statements whatever the length of the agenda, never some per item.
 * Counted as the statements reach the pool, through a Kysely plugin on a real team core.
 */

/**
 * The most statements one minutes.get may send, however many items the meeting has: everything,
 * the minutes' own lists and the agenda, the actions, the earlier actions, the children's review
 * histories and tracker rows (each read as its own feature reads it), goes as one statement. Only a
 * child whose tracker row is out of date costs more (it is worked out again first), which this
 * meeting's children are not by the time the minutes are read. It was 38 before the minutes' own
 * lists were folded, then 24 before the other features' reads went with them.
 */
const MOST_STATEMENTS = 1;

const clock = movableClock('2026-11-26T10:00:00Z');
let core: Core;
let ok: CountedCore['ok'];
let counted: CountedCore;

/** The statements one minutes.get sends, and its answer. */
async function statementsOf(meetingId: number): Promise<{ sent: string[]; answer: ProcedureOutput<'minutes.get'> }> {
  const { sent, answer } = await counted.statementsOf('minutes.get', { id: meetingId });
  if (!answer.ok) throw new Error(`minutes.get failed: ${JSON.stringify(answer.error)}`);
  return { sent, answer: answer.value as ProcedureOutput<'minutes.get'> };
}

/** A meeting in the room with a child per item, each item with typed minutes, a rating, an action, and an earlier action carried forward. */
async function panelInTheRoom(fixtures: TestCore, seriesId: number, teamId: number, dates: { earlier: string; now: string }, items: number) {
  const kids = [];
  for (let i = 0; i < items; i++) kids.push(await child(fixtures, teamId, `Surname${dates.now.replace(/-/g, '')}${i}`));
  clock.set(`${dates.earlier}T10:00:00Z`);
  const earlier = await meetingWith(fixtures, seriesId, dates.earlier, kids.map((k) => k.id));
  await ok('meetings.start', { id: earlier.meetingId });
  const earlierActions = [];
  for (const k of kids) {
    await ok('minutes.rate', { itemId: earlier.itemOf(k.id), childId: k.id, rating: 'amber', reason: 'Assessment late' });
    earlierActions.push(await ok('actions.create', { itemId: earlier.itemOf(k.id), text: `Book the assessment for ${k.lastName}`, ownerName: 'Team manager', dueOn: dates.now }));
  }
  await ok('meetings.close', { id: earlier.meetingId });
  await ok('meetings.approve', { id: earlier.meetingId, approvedBy: 'Hana Head', approvedOn: dates.earlier });

  clock.set(`${dates.now}T10:00:00Z`);
  const m = await meetingWith(fixtures, seriesId, dates.now, kids.map((k) => k.id));
  await ok('meetings.start', { id: m.meetingId });
  for (const [i, k] of kids.entries()) {
    const itemId = m.itemOf(k.id);
    await ok('minutes.save', { itemId, field: 'discussion', value: `The panel discussed ${k.lastName}.`, version: 0 });
    await ok('minutes.rate', { itemId, childId: k.id, rating: 'green', reason: 'On track' });
    await ok('actions.create', { itemId, text: `Send the plan for ${k.lastName}`, ownerName: 'Social worker', dueOn: '2027-01-07' });
    await ok('actions.review', { actionId: earlierActions[i]!.id, itemId, outcome: 'carried', note: 'Assessor on leave', newDueOn: '2027-01-07' });
  }
  return m.meetingId;
}

let twenty: number;
let two: number;

beforeAll(async () => {
  counted = await countedTeamCore(clock.now);
  ({ core, ok } = counted);
  // The fixtures call the router through `ok` alone.
  const fixtures = { ok } as unknown as TestCore;
  const s = await setUp(fixtures);
  // North's Thursday panels: 26/11 then 10/12 with twenty children; 24/12 then 07/01 with two.
  twenty = await panelInTheRoom(fixtures, s.series.id, s.north.id, { earlier: '2026-11-26', now: '2026-12-10' }, 20);
  two = await panelInTheRoom(fixtures, s.series.id, s.north.id, { earlier: '2026-12-24', now: '2027-01-07' }, 2);
}, 180_000);

afterAll(async () => {
  await core?.close({ backup: false });
});

describe('minutes.get on a team store', () => {
  it('reads a meeting of twenty items in a few statements, as many as for two items', async () => {
    const big = await statementsOf(twenty);
    const small = await statementsOf(two);
    // What was read is what was written: every item's typed text, rating, action and carried action.
    expect(big.answer.items).toHaveLength(20);
    for (const item of big.answer.items) {
      expect(item.values).toMatchObject({ discussion: expect.stringMatching(/^The panel discussed /) });
      expect(item.ratings).toEqual([expect.objectContaining({ rating: 'green', reason: 'On track' })]);
      expect(item.actions).toHaveLength(1);
      expect(item.earlierActions).toHaveLength(1);
      expect(item.glance).toHaveLength(1);
    }
    expect(big.sent.length, big.sent.join('\n')).toBeLessThanOrEqual(MOST_STATEMENTS);
    expect(big.sent.length).toBe(small.sent.length);
  });
});
