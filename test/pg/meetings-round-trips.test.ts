import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureOutput } from '../../shared/contract';
import type { Core } from '../../electron/core/core';
import type { TestCore } from '../unit/support/core';
import { child, movableClock, setUp } from '../unit/support/meeting-fixtures';
import { countedTeamCore, type CountedCore } from './support/counted-core';

/**
 * On a team store every statement is a round trip: preparing a panel date (a new meeting, its
 * agenda proposed) and reopening it must send a few statements however many children are proposed,
 * never some per child. Counted as the statements reach the pool, through a Kysely plugin on a real
 * team core.
 */

/**
 * The most statements meetings.prepare may send once the tracker is up to date: the check that
 * nothing is stale, the date's meeting if already made, the rota with its series, the meeting type,
 * the meeting, the staleness check and the due children inside the write, the items and their
 * children (one statement each, for all of them), the audit and the notice; then the new meeting's
 * detail (its agenda, rota and names together), and what it would suggest (staleness, due children).
 * It was 20, and three more per item proposed, before the reads were folded and the items batched.
 */
const MOST_TO_PREPARE = 15;

/** meetings.get of a planned date: its detail in one statement, then its suggestions (staleness, due children). It was 10. */
const MOST_TO_GET = 3;

const clock = movableClock('2026-11-20T10:00:00Z');
let core: Core;
let ok: CountedCore['ok'];
let counted: CountedCore;
let seriesId: number;

type Detail = ProcedureOutput<'meetings.prepare'>;

async function counting<P extends 'meetings.prepare' | 'meetings.get'>(name: P, input: P extends 'meetings.prepare' ? { seriesId: number; key: string } : { id: number }) {
  const { sent, answer } = await counted.statementsOf(name, input as never);
  if (!answer.ok) throw new Error(`${name} failed: ${JSON.stringify(answer.error)}`);
  return { sent, detail: answer.value as Detail };
}

beforeAll(async () => {
  counted = await countedTeamCore(clock.now);
  ({ core, ok } = counted);
  // The fixtures call the router through `ok` alone.
  const fixtures = { ok } as unknown as TestCore;
  const s = await setUp(fixtures);
  seriesId = s.series.id;
  // Rated red on 01/11: due at the Permanence Panel every four weeks, so each is proposed. Eight in North, two in South.
  for (const [teamId, count] of [[s.north.id, 8], [s.south.id, 2]] as const) {
    for (let i = 0; i < count; i++) {
      const c = await child(fixtures, teamId, `Red${teamId}x${i}`);
      await ok('ratings.create', { childId: c.id, rating: 'red', reason: 'Drift in assessments', ratedOn: '2026-11-01' });
    }
  }
  // The tracker brought up to date first, as any reader of it does: what is counted is the prepare's own.
  await ok('tracker.query', {} as never);
}, 180_000);

afterAll(async () => {
  await core?.close({ backup: false });
});

describe('meetings.prepare and meetings.get on a team store', () => {
  it('prepare a date with eight children proposed in as many statements as one with two, and reopen it in a few', async () => {
    const north = await counting('meetings.prepare', { seriesId, key: 'p:2026-11-26' });
    const south = await counting('meetings.prepare', { seriesId, key: 'p:2026-12-03' });
    // What was proposed is what the review engine makes due: every red child of the team whose turn it is.
    expect(north.detail.meeting).toMatchObject({ date: '2026-11-26', teamName: 'North' });
    expect(north.detail.items.flatMap((i) => i.children.map((c) => c.lastName)).sort()).toEqual(Array.from({ length: 8 }, (_, i) => expect.stringMatching(new RegExp(`x${i}$`))));
    expect(south.detail.meeting).toMatchObject({ date: '2026-12-03', teamName: 'South' });
    expect(south.detail.items).toHaveLength(2);
    expect(north.sent.length, north.sent.join('\n')).toBeLessThanOrEqual(MOST_TO_PREPARE);
    expect(north.sent.length).toBe(south.sent.length);

    const reopened = await counting('meetings.get', { id: north.detail.meeting.id });
    expect(reopened.detail.items.map((i) => i.id)).toEqual(north.detail.items.map((i) => i.id));
    expect(reopened.detail.dueBy).toBe(north.detail.dueBy);
    expect(reopened.sent.length, reopened.sent.join('\n')).toBeLessThanOrEqual(MOST_TO_GET);
  });
});
