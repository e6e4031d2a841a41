import { describe, expect, it } from 'vitest';
import { testCore } from './support/core';

describe('teams', () => {
  it('are added, edited, archived and restored, each change in the audit log', async () => {
    const core = await testCore({ now: () => new Date('2026-11-22T10:00:00Z') });
    const tm = await core.ok('people.create', { name: 'Priya Shah', role: 'team_manager' });
    const team = await core.ok('teams.create', { name: 'Assessment Team 1', teamManagerId: tm.id });
    expect(team).toMatchObject({ name: 'Assessment Team 1', teamManagerId: tm.id, groupManagerId: null, archived: false });

    const renamed = await core.ok('teams.update', { id: team.id, name: 'Assessment Team North', teamManagerId: tm.id, groupManagerId: null, version: team.version });
    expect(renamed.name).toBe('Assessment Team North');

    const archived = await core.ok('teams.setArchived', { id: team.id, archived: true, version: renamed.version });
    expect(await core.ok('teams.list', {})).toEqual([]);
    expect((await core.ok('teams.list', { includeArchived: true }))[0]?.archived).toBe(true);
    await core.ok('teams.setArchived', { id: team.id, archived: false, version: archived.version });
    expect(await core.ok('teams.list')).toHaveLength(1);

    const audit = core.store.sqlite.prepare("select action, summary, actor, at from audit_log where entity = 'team' order by id").all();
    expect(audit).toEqual([
      { action: 'create', summary: 'Added team “Assessment Team 1”', actor: 'test-user', at: '2026-11-22T10:00:00.000Z' },
      { action: 'update', summary: 'Changed team “Assessment Team North”', actor: 'test-user', at: '2026-11-22T10:00:00.000Z' },
      { action: 'archive', summary: 'Archived team “Assessment Team North”', actor: 'test-user', at: '2026-11-22T10:00:00.000Z' },
      { action: 'restore', summary: 'Restored team “Assessment Team North”', actor: 'test-user', at: '2026-11-22T10:00:00.000Z' },
    ]);
  });

  it('warn about a duplicate name (any case) and save only once confirmed', async () => {
    const core = await testCore();
    await core.ok('teams.create', { name: 'Court Team' });
    const again = await core.router.call('teams.create', { name: 'court team' });
    expect(again).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION', fieldErrors: { name: expect.any(String) } } });
    expect(await core.ok('teams.list')).toHaveLength(1);
    await core.ok('teams.create', { name: 'court team', confirmDuplicate: true });
    expect(await core.ok('teams.list')).toHaveLength(2);
  });

  it('refuse a manager who does not exist, saving nothing', async () => {
    const core = await testCore();
    const result = await core.router.call('teams.create', { name: 'Team X', teamManagerId: 4040 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { teamManagerId: expect.any(String) } } });
    expect(await core.ok('teams.list')).toHaveLength(0);
  });

  it('report a missing team as not found', async () => {
    const core = await testCore();
    const result = await core.router.call('teams.update', { id: 77, name: 'Nobody', version: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('people', () => {
  it('are added with a role, an optional team and email, and edited', async () => {
    const core = await testCore();
    const team = await core.ok('teams.create', { name: 'Children in Care 2' });
    const sw = await core.ok('people.create', { name: 'Alex Doe', role: 'social_worker', teamId: team.id, email: '' });
    expect(sw).toMatchObject({ name: 'Alex Doe', role: 'social_worker', teamId: team.id, email: null });
    const moved = await core.ok('people.update', { id: sw.id, name: 'Alex Doe', role: 'team_manager', teamId: null, email: 'alex@example.gov.uk', version: sw.version });
    expect(moved).toMatchObject({ role: 'team_manager', teamId: null, email: 'alex@example.gov.uk' });
    const details = core.store.sqlite.prepare("select details from audit_log where action = 'update'").pluck().get() as string;
    expect(JSON.parse(details)).toEqual({
      role: { from: 'social_worker', to: 'team_manager' },
      teamId: { from: team.id, to: null },
      email: { from: null, to: 'alex@example.gov.uk' },
    });
  });

  it('warn on a duplicate name but not on an unchanged name when editing', async () => {
    const core = await testCore();
    const a = await core.ok('people.create', { name: 'Jo Bloggs', role: 'iro' });
    expect(await core.router.call('people.create', { name: 'JO BLOGGS', role: 'other' })).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION' } });
    await core.ok('people.update', { id: a.id, name: 'Jo Bloggs', role: 'chair', version: a.version });
  });

  it('archived people do not count as duplicates', async () => {
    const core = await testCore();
    const a = await core.ok('people.create', { name: 'Kim Lee', role: 'iro' });
    await core.ok('people.setArchived', { id: a.id, archived: true, version: a.version });
    await core.ok('people.create', { name: 'Kim Lee', role: 'iro' });
  });
});
