import { describe, expect, it } from 'vitest';
import { figureParams } from '../../electron/core/features/figures/figures';
import { actionCountsBothWays, ratingSpansBothWays, timelinessBothWays } from '../../electron/core/features/figures/repository';
import type { TestCore } from './support/core';
import { council, PERIOD } from './support/figures-council';

/*
 * The figures count timeliness from each child's review deadlines as the tracker's refresh keeps
 * them, and actions from each action's teams as the database's triggers keep them. Whatever is
 * changed through the app, and on a new day, the kept deadlines give exactly the members (each
 * part, unit and child) that working every deadline out afresh from the histories gives, and the
 * kept actions exactly the counts worked out from the actions and their children's teams (and
 * the counts of the actions listed behind each part, one by one), for every period and team asked.
 */

const PERIODS = [PERIOD, { from: '2024-01-01', to: '2026-12-31' }, { from: '2026-10-01', to: '2027-03-31' }];

async function disagreements(core: TestCore, now: Date, teams: readonly number[]): Promise<{ compared: number; differ: string[] }> {
  const ctx = { db: core.store.db, actor: 'test-user', now: () => now };
  let compared = 0;
  const differ: string[] = [];
  for (const period of PERIODS)
    for (const teamId of [null, ...teams]) {
      const { params } = await figureParams(ctx, { ...period, teamId });
      const { kept, fromHistories } = await timelinessBothWays(core.store.db, params);
      compared += fromHistories.length;
      const show = (rows: typeof kept) => new Set(rows.map((r) => `${r.part} ${r.unit}`));
      const a = show(kept);
      const b = show(fromHistories);
      for (const x of a) if (!b.has(x)) differ.push(`${period.from}..${period.to} team ${teamId}: kept only ${x}`);
      for (const x of b) if (!a.has(x)) differ.push(`${period.from}..${period.to} team ${teamId}: histories only ${x}`);
      if (kept.length !== fromHistories.length) differ.push(`${period.from}..${period.to} team ${teamId}: ${kept.length} kept against ${fromHistories.length}`);
      const actions = await actionCountsBothWays(core.store.db, params);
      compared += actions.fromHistories.length;
      if (JSON.stringify(actions.kept) !== JSON.stringify(actions.fromHistories)) differ.push(`${period.from}..${period.to} team ${teamId}: actions ${JSON.stringify(actions.kept)} kept against ${JSON.stringify(actions.fromHistories)}`);
      const counted = JSON.stringify(actions.kept.map((k) => [k.part, k.n]).sort());
      const listed = JSON.stringify([...actions.listed].sort());
      if (counted !== listed) differ.push(`${period.from}..${period.to} team ${teamId}: actions counted ${counted} against listed ${listed}`);
    }
  const spans = await ratingSpansBothWays(core.store.db);
  compared += spans.fromHistories.length;
  if (JSON.stringify(spans.kept) !== JSON.stringify(spans.fromHistories)) differ.push(`rating spans ${JSON.stringify(spans.kept)} kept against ${JSON.stringify(spans.fromHistories)}`);
  return { compared, differ };
}

describe('what the figures keep beside the histories', () => {
  it('agree with the histories after every kind of change made through the app, and on a new day', { timeout: 60_000 }, async () => {
    const { core, clock, north, south, children } = await council();
    const { ava, ben, cara, dan, eve } = children;
    const teams = [north.id, south.id];
    const counted: number[] = [];
    const check = async (after: string) => {
      const { compared, differ } = await disagreements(core, clock.now(), teams);
      expect(differ, after).toEqual([]);
      counted.push(compared);
    };
    await check('the council as built');

    await core.ok('cicReviews.record', { childId: ben.id, heldOn: '2024-02-02', ordinal: 1 });
    await core.ok('cicReviews.record', { childId: ben.id, heldOn: '2024-05-20', ordinal: 2 });
    await check('two Child in Care reviews recorded');

    await core.ok('keyDates.create', { childId: dan.id, type: 'lgp', date: '2026-07-01', decision: 'issue_proceedings' });
    await check('a decision to issue recorded');

    const [panel] = await core.ok('meetings.list', { from: '2026-09-03', to: '2026-09-03' });
    const { items } = await core.ok('meetings.get', { id: panel!.id });
    const itemOf = (childId: number) => items.find((i) => i.children.some((c) => c.id === childId))!.id;
    const typed = await core.ok('actions.create', { itemId: itemOf(cara.id), text: 'Send the parenting assessment', ownerId: null, ownerName: 'Pat Typed', dueOn: '2026-10-20' });
    const other = await core.ok('actions.create', { itemId: itemOf(dan.id), text: 'Book the sibling assessment', ownerId: null, ownerName: 'Pat Typed', dueOn: '2026-11-20' });
    await check('two actions added, each owned by a name typed');
    const people = await core.ok('people.list', {});
    await core.ok('actions.update', { id: typed.id, text: typed.text, ownerId: people[0]!.id, ownerName: null, dueOn: '2026-10-27', version: typed.version });
    await check('an action given to a person, due a week later');
    await core.ok('actions.complete', { id: other.id, completedOn: '2026-10-10', impactRag: 'amber' });
    await check('an action completed with its impact');
    await core.ok('actions.reopen', { id: other.id });
    await check('an action opened again');
    await core.ok('actions.complete', { id: other.id, completedOn: '2026-10-12', impactRag: 'green' });
    await core.ok('actions.remove', { id: typed.id });
    await check('an action completed again and another removed');
    // An action for two children in two teams (siblings on one item, each with their own team): counted for each team, once for its owner.
    await core.store.db.insertInto('action_children').values({ action_id: other.id, child_id: ben.id }).execute();
    await check('an action for a child of South given a child of North as well');

    await core.ok('ratings.create', { childId: ava.id, rating: 'amber', reason: 'As the panel found.', ratedOn: '2026-05-01' });
    await core.ok('ratings.create', { childId: ava.id, rating: 'green', reason: 'As the panel found.', ratedOn: '2026-05-01' });
    await check('two ratings given on one day between two earlier ones');
    const [latest] = await core.store.db.selectFrom('rag_ratings').select('id').where('child_id', '=', ava.id).orderBy('id', 'desc').limit(1).execute();
    await core.store.db.deleteFrom('rag_ratings').where('id', '=', latest!.id).execute();
    await check('a rating taken away');

    await core.ok('meetings.close', { id: panel!.id });
    await check('the panel of 03/09 closed, its children’s meetings recorded');

    await core.ok('children.close', { id: eve.id, closedOn: '2026-08-15', closedReason: 'Returned home' });
    await check('a child’s case closed');

    const { child: now } = await core.ok('children.get', { id: ava.id });
    await core.ok('children.update', { id: ava.id, caseRef: now.caseRef, firstName: now.firstName, lastName: now.lastName, dateOfBirth: now.dateOfBirth, teamId: south.id, legalStatus: 's20', dateEnteredCare: '2025-02-03', version: now.version });
    await check('a child moved team, with a new legal status and day of entering care');
    const { child: moved } = await core.ok('children.get', { id: ben.id });
    await core.ok('children.update', { id: ben.id, caseRef: moved.caseRef, firstName: moved.firstName, lastName: moved.lastName, dateOfBirth: moved.dateOfBirth, teamId: null, legalStatus: moved.legalStatus, dateEnteredCare: moved.dateEnteredCare, version: moved.version });
    await check('a child of an action in two teams left with no team');

    const review = await core.ok('settings.getReview');
    await core.ok('settings.setReview', { ...review.settings, cpmIntervalWeeks: 8, firstCicReviewWorkingDays: 15, ppAfterIssueWeeks: [4, 16], version: review.version });
    await check('the review rules changed');

    const { holidays, version } = await core.ok('settings.getBankHolidays');
    await core.ok('settings.setBankHolidays', { holidays: [...holidays, { date: '2026-05-06', name: 'Council closure day' }, { date: '2026-05-07', name: 'Council closure day' }], version });
    await check('bank holidays added');

    clock.set('2026-12-01T10:00:00Z');
    await check('a new day');

    const reviews = await core.ok('children.get', { id: cara.id });
    await core.ok('cicReviews.remove', { id: reviews.cicReviews[0]!.id });
    await check('a Child in Care review removed');

    // Every check compared more than twenty rows of deadlines and actions, or it could not have failed.
    expect(Math.min(...counted)).toBeGreaterThan(20);
  });
});
