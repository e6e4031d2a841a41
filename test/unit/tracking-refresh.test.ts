import { describe, expect, it } from 'vitest';
import { movableClock } from './support/meeting-fixtures';
import { testCore } from './support/core';

const CHILDREN = 1600;

/** A council's worth of children written straight to the store (the router would take minutes), then brought up to date once. */
async function councilOf(children: number) {
  const clock = movableClock('2026-11-20T09:00:00Z');
  const core = await testCore({ now: clock.now });
  const team = await core.ok('teams.create', { name: 'North' });
  const insert = core.store.sqlite.prepare(
    `insert into children (case_ref, first_name, last_name, date_of_birth, is_unborn, team_id, legal_status, date_entered_care, created_at, updated_at)
     values (?, ?, 'Testchild', '2018-04-01', 0, ?, 'care_order', '2024-01-15', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z')`,
  );
  core.store.sqlite.transaction(() => {
    for (let i = 0; i < children; i++) insert.run(`TR${100000 + i}`, `Child${i}`, team.id);
  })();
  expect((await core.ok('tracker.query', {})).total).toBe(children);
  return { core, clock, team };
}

describe('the tracker on a new day', () => {
  it('brings every child up to date a batch at a time, so a save made meanwhile is answered before the pass ends', async () => {
    const { core, clock, team } = await councilOf(CHILDREN);
    clock.set('2026-11-21T08:30:00Z');

    const finished: string[] = [];
    const tracker = core.router.call('tracker.query', {}).then((r) => (finished.push('tracker'), r));
    // Arrives as a call from the window does, in a task of its own once the pass has begun: it waits for one batch, not the whole council.
    const save = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => core.router.call('teams.update', { id: team.id, name: 'North Locality', teamManagerId: null, groupManagerId: null, version: team.version }))
      .then((r) => (finished.push('save'), r));
    const [trackerResult, saveResult] = await Promise.all([tracker, save]);

    expect(saveResult.ok).toBe(true);
    expect(trackerResult.ok).toBe(true);
    expect(finished).toEqual(['save', 'tracker']);
    const stale = core.store.sqlite.prepare(`select count(*) from child_tracking where computed_for != '2026-11-21'`).pluck().get();
    expect(stale).toBe(0);
    expect(core.store.sqlite.prepare('select count(*) from child_tracking').pluck().get()).toBe(CHILDREN);
  });

  it('gives callers that ask during a pass the same pass, and the answer they get is for today', async () => {
    const { core, clock } = await councilOf(CHILDREN);
    clock.set('2026-11-23T08:30:00Z');
    const gaps = () => core.store.sqlite.prepare('select count(*) from review_gaps').pluck().get() as number;
    const gapsBefore = gaps();
    const before = core.store.sqlite.prepare('select total_changes()').pluck().get() as number;
    const [tracker, cpms] = await Promise.all([core.ok('tracker.query', {}), core.ok('cpm.list', { search: '', teamId: null })]);
    const written = (core.store.sqlite.prepare('select total_changes()').pluck().get() as number) - before;
    expect(tracker.total).toBe(CHILDREN);
    expect(cpms.length).toBeGreaterThan(0);
    expect(gapsBefore).toBeGreaterThan(CHILDREN);
    // One tracker row written per child, and each child's review deadlines removed and written again once: the two callers did not each recompute the council.
    expect(written).toBe(CHILDREN + gapsBefore + gaps());
    expect(core.store.sqlite.prepare(`select count(*) from child_tracking where computed_for = '2026-11-23'`).pluck().get()).toBe(CHILDREN);
  });

  it('recomputes every child after a change to the review rules before answering, with saves served between batches', async () => {
    const { core, team } = await councilOf(CHILDREN);
    const { settings, version } = await core.ok('settings.getReview');
    const finished: string[] = [];
    const change = core.router.call('settings.setReview', { ...settings, cpmIntervalWeeks: settings.cpmIntervalWeeks + 4, version }).then((r) => (finished.push('rules'), r));
    const save = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => core.router.call('teams.update', { id: team.id, name: 'North Locality', teamManagerId: null, groupManagerId: null, version: team.version }))
      .then((r) => (finished.push('save'), r));
    expect((await change).ok).toBe(true);
    expect((await save).ok).toBe(true);
    expect(finished).toEqual(['save', 'rules']);
    expect(core.store.sqlite.prepare(`select count(*) from child_tracking where computed_for = '2026-11-20'`).pluck().get()).toBe(CHILDREN);
  });
});
