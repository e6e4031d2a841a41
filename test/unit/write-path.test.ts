import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../electron/core/data/change-feed';
import { testCore, type TestCore } from './support/core';
import { child, setUp } from './support/meeting-fixtures';

const NOW = () => new Date('2026-11-20T10:00:00Z');

function listen(core: TestCore): ChangeEvent[][] {
  const heard: ChangeEvent[][] = [];
  core.changes.subscribe((events) => heard.push([...events]));
  return heard;
}

function archiveRows(core: TestCore, entity: string, id: number) {
  return core.store.sqlite.prepare("select summary from audit_log where action = 'archive' and entity = ? and entity_id = ? order by id").pluck().all(entity, id);
}

describe('every write goes through one path', () => {
  it('announces what changed once it has committed, as ids and never as what the records say', async () => {
    const core = await testCore({ now: NOW });
    const s = await setUp(core);
    const heard = listen(core);
    const a = await child(core, s.north.id, 'Hope');
    await core.ok('ratings.create', { childId: a.id, rating: 'amber', reason: 'Assessment delayed', ratedOn: '2026-11-19' });
    expect(heard).toEqual([[{ entity: 'child', ids: [a.id] }], [{ entity: 'rag_rating', ids: [expect.any(Number)] }, { entity: 'child', ids: [a.id] }]]);
    // Nothing about the child travels: only the kind of record and its id.
    expect(JSON.stringify(heard)).not.toContain('Hope');
  });

  it('announces nothing and records nothing when a write is refused', async () => {
    const core = await testCore({ now: NOW });
    const s = await setUp(core);
    await child(core, s.north.id, 'First', 'Alex', 'DUP1');
    const heard = listen(core);
    const audits = core.store.sqlite.prepare('select count(*) from audit_log').pluck().get();
    const refused = await core.router.call('children.create', { caseRef: 'DUP1', firstName: 'Other', lastName: 'Child', legalStatus: 's20', teamId: s.north.id });
    expect(refused.ok).toBe(false);
    expect(heard).toEqual([]);
    expect(core.store.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(audits);
  });

  it('marks the children a write touched stale, and the tracker works them out again before answering', async () => {
    const core = await testCore({ now: NOW });
    const s = await setUp(core);
    const a = await child(core, s.north.id, 'Stale');
    await core.ok('tracker.query', {});
    await core.ok('ratings.create', { childId: a.id, rating: 'red', reason: 'Placement at risk', ratedOn: '2026-11-19' });
    expect(core.store.sqlite.prepare('select computed_for from child_tracking where child_id = ?').pluck().get(a.id)).toBe('0000-00-00');
    const row = (await core.ok('tracker.query', {})).rows.find((r) => r.childId === a.id)!;
    expect(row.rag).toBe('red');
    expect(core.store.sqlite.prepare('select computed_for from child_tracking where child_id = ?').pluck().get(a.id)).toBe('2026-11-20');
  });
});

describe('archiving is written once', () => {
  it('writes one audit row however many times a team, a person, a meeting type or a series is archived', async () => {
    const core = await testCore({ now: NOW });
    const s = await setUp(core);
    const type = await core.ok('meetingTypes.create', { name: 'Fostering Panel', form: 'pp', defaultInterval: 'monthly', slotMinutes: 30, coreRoles: ['chair'] });
    for (let i = 0; i < 2; i++) {
      await core.ok('teams.setArchived', { id: s.south.id, archived: true, version: s.south.version });
      await core.ok('people.setArchived', { id: s.coordinator.id, archived: true, version: s.coordinator.version });
      await core.ok('meetingTypes.setArchived', { id: type.id, archived: true, version: type.version });
      await core.ok('series.setArchived', { id: s.series.id, archived: true });
    }
    expect(archiveRows(core, 'team', s.south.id)).toEqual(['Archived team “South”']);
    expect(archiveRows(core, 'person', s.coordinator.id)).toEqual(['Archived Pat Coordinator']);
    expect(archiveRows(core, 'meeting_type', type.id)).toEqual(['Archived meeting type “Fostering Panel”']);
    expect(archiveRows(core, 'meeting_series', s.series.id)).toEqual(['Archived the series “Permanence Panel (Thursday)”']);
    expect((await core.ok('series.get', { id: s.series.id })).archived).toBe(true);
  });

  it('refuses to archive what is not there, changing nothing', async () => {
    const core = await testCore({ now: NOW });
    const refused = await core.router.call('series.setArchived', { id: 999, archived: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(core.store.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(0);
  });
});
