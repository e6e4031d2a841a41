import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCore } from '../unit/support/core';
import { child, meetingWith, movableClock, setUp } from '../unit/support/meeting-fixtures';
import { countedTeamCore, type CountedCore } from './support/counted-core';
import { adminClient, untilAnotherWaitsForALock } from './support/pg';

/*
 * The figures' tables kept by triggers (each action once for each of its children's teams, each
 * rating with the day the next came) when two people change the same action, or rate the same
 * child, at the same moment on a team store: each trigger deletes the rows it keeps and inserts
 * them afresh, so without a lock the second would miss the rows the first inserted and add its
 * own beside them. Each case holds the first change open until the second is seen waiting, then
 * commits both and compares the kept rows with the same worked out from the records.
 */

const clock = movableClock('2026-12-10T10:00:00Z');
let counted: CountedCore;
let childId: number;
let actionId: number;
let southId: number;

beforeAll(async () => {
  counted = await countedTeamCore(clock.now);
  const fixtures = { ok: counted.ok } as unknown as TestCore;
  const s = await setUp(fixtures);
  southId = s.south.id;
  const kid = await child(fixtures, s.north.id, 'Racing');
  childId = kid.id;
  const m = await meetingWith(fixtures, s.series.id, '2026-12-10', [kid.id]);
  await counted.ok('meetings.start', { id: m.meetingId });
  const action = await counted.ok('actions.create', { itemId: m.itemOf(kid.id), text: 'Book the sibling assessment', ownerId: null, ownerName: 'Sam Social', dueOn: '2027-01-05' });
  actionId = action.id;
  await counted.ok('ratings.create', { childId, rating: 'amber', reason: 'As found.', ratedOn: '2026-11-01' });
}, 120_000);

afterAll(async () => {
  await counted?.core.close({ backup: false });
});

/** The first change held open, the second sent and seen waiting, then both committed; what each answered. */
async function atTheSameMoment(first: string, second: string): Promise<PromiseSettledResult<unknown>> {
  const a = await adminClient(counted.database);
  const b = await adminClient(counted.database);
  try {
    await a.query('begin');
    await a.query(first);
    await b.query('begin');
    const later = b.query(second).then(() => b.query('commit'));
    await untilAnotherWaitsForALock(a);
    await a.query('commit');
    const [settled] = await Promise.allSettled([later]);
    if (settled!.status === 'rejected') await b.query('rollback');
    return settled!;
  } finally {
    await a.end();
    await b.end();
  }
}

describe('the figures’ kept tables when two people change the same thing at once', () => {
  it('count an action once when it is completed while its child moves team', async () => {
    const second = await atTheSameMoment(
      `update actions set status = 'done', completed_on = '2026-12-10', impact_rag = 'green' where id = ${actionId}`,
      `update children set team_id = ${southId} where id = ${childId}`,
    );
    expect(second.status).toBe('fulfilled');
    const check = await adminClient(counted.database);
    try {
      const { rows } = await check.query('select team_id, status, impact_rag from action_teams where action_id = $1', [actionId]);
      expect(rows).toEqual([{ team_id: southId, status: 'done', impact_rag: 'green' }]);
    } finally {
      await check.end();
    }
  });

  it('keep one span for each rating when the same child is rated twice at once', async () => {
    const rate = (day: string) => `insert into rag_ratings (child_id, rating, reason, rated_on, source, recorded_at, recorded_by) values (${childId}, 'red', 'r', '${day}', 'manual', '2026-12-10T10:00:00.000Z', 'test')`;
    const second = await atTheSameMoment(rate('2026-12-01'), rate('2026-12-02'));
    expect(second.status).toBe('fulfilled');
    const check = await adminClient(counted.database);
    try {
      const kept = await check.query('select rating_id, rated_on, until from rating_spans where child_id = $1 order by rated_on, rating_id', [childId]);
      const fromRatings = await check.query(
        `select r.id as rating_id, r.rated_on, coalesce(lead(r.rated_on) over (order by r.rated_on, r.id), '9999-12-31') as until from rag_ratings r where r.child_id = $1 order by r.rated_on, r.id`,
        [childId],
      );
      expect(kept.rows).toHaveLength(3);
      expect(kept.rows).toEqual(fromRatings.rows);
    } finally {
      await check.end();
    }
  });
});
