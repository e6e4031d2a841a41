import { describe, expect, it } from 'vitest';
import { testCore } from './support/core';
import { clock, lostRace } from './support/lost-race';

/** "Ann Able changed this at 10:42: ‘…’", whoever the store says saved it. */
const changedThis = (error: { conflict?: { by: string | null; at: string | null } }, shown: string) => `${error.conflict!.by} changed this at ${clock(error.conflict!.at!)}: ${shown}`;

describe('a team renamed from two places', () => {
  it('the second save from the same version is CONFLICT naming who and their name, writes nothing, and wins when sent over the version it names', async () => {
    const core = await testCore({ now: () => new Date('2026-11-22T10:42:00Z') });
    const tm = await core.ok('people.create', { name: 'Tara Manager', role: 'team_manager' });
    const opened = await core.ok('teams.create', { name: 'North', teamManagerId: tm.id });
    expect(opened.version).toBe(1);
    const first = await core.ok('teams.update', { id: opened.id, name: 'North Locality', teamManagerId: tm.id, groupManagerId: null, version: opened.version });
    expect(first.version).toBe(2);

    const error = await lostRace(core, 'teams.update', { id: opened.id, name: 'North East', teamManagerId: null, groupManagerId: null, version: opened.version });
    expect(error.message).toMatch(/after you opened it, so yours was not saved\. For each field shown, keep yours or take theirs\.$/);
    expect(error.conflict).toMatchObject({ version: 2, theirs: { name: 'North Locality', teamManagerId: tm.id } });
    expect(error.fieldErrors).toEqual({ name: changedThis(error, '‘North Locality’'), teamManagerId: changedThis(error, '‘Tara Manager’') });

    const kept = await core.ok('teams.update', { id: opened.id, name: 'North East', teamManagerId: null, groupManagerId: null, version: error.conflict!.version });
    expect(kept).toMatchObject({ name: 'North East', teamManagerId: null, version: 3 });
    // A save that changes nothing moves nothing on, whatever version it names.
    expect(await core.ok('teams.update', { id: opened.id, name: 'North East', teamManagerId: null, groupManagerId: null, version: opened.version })).toEqual(kept);
  });

  it('archiving over a change made since is CONFLICT saying the list now shows it as they left it; archiving what is archived already is not', async () => {
    const core = await testCore();
    const shown = await core.ok('teams.create', { name: 'South' });
    await core.ok('teams.update', { id: shown.id, name: 'South Locality', teamManagerId: null, groupManagerId: null, version: shown.version });
    const error = await lostRace(core, 'teams.setArchived', { id: shown.id, archived: true, version: shown.version });
    expect(error.message).toMatch(/after you opened it, so yours was not saved\. The list now shows it as they left it: archive it again if you still mean to\.$/);
    expect(error.fieldErrors).toEqual({});
    const archived = await core.ok('teams.setArchived', { id: shown.id, archived: true, version: error.conflict!.version });
    expect(archived).toMatchObject({ name: 'South Locality', archived: true, version: 3 });
    // Someone else archived it first: the same wish, nothing to refuse, nothing written.
    expect(await core.ok('teams.setArchived', { id: shown.id, archived: true, version: shown.version })).toEqual(archived);
  });
});

describe('a person changed from two places', () => {
  it('names their role and team in words, writes nothing, and wins when sent over the version it names', async () => {
    const core = await testCore();
    const team = await core.ok('teams.create', { name: 'Court Team' });
    const opened = await core.ok('people.create', { name: 'Alex Doe', role: 'social_worker' });
    await core.ok('people.update', { id: opened.id, name: 'Alex Doe', role: 'team_manager', teamId: team.id, email: null, version: opened.version });

    const error = await lostRace(core, 'people.update', { id: opened.id, name: 'Alex Doe', role: 'iro', teamId: null, email: 'alex@example.gov.uk', version: opened.version });
    expect(error.conflict).toMatchObject({ version: 2, theirs: { role: 'team_manager', teamId: team.id, email: null } });
    expect(error.fieldErrors).toEqual({ role: changedThis(error, '‘Team manager’'), teamId: changedThis(error, '‘Court Team’'), email: changedThis(error, 'left it empty') });
    expect(await core.ok('people.update', { id: opened.id, name: 'Alex Doe', role: 'iro', teamId: null, email: 'alex@example.gov.uk', version: 2 })).toMatchObject({ role: 'iro', version: 3 });
  });

  it('archiving or restoring over a change made since is CONFLICT, and writes nothing', async () => {
    const core = await testCore();
    const shown = await core.ok('people.create', { name: 'Kim Lee', role: 'iro' });
    await core.ok('people.update', { id: shown.id, name: 'Kim Lee', role: 'chair', teamId: null, email: null, version: shown.version });
    const error = await lostRace(core, 'people.setArchived', { id: shown.id, archived: true, version: shown.version });
    expect(error.message).toMatch(/archive it again if you still mean to\.$/);
  });
});

describe('a meeting type changed from two places', () => {
  it('names its core members and how often it meets in words, writes nothing, and wins when sent over the version it names', async () => {
    const core = await testCore();
    const opened = await core.ok('meetingTypes.create', { name: 'Fostering Panel', form: 'pp', defaultInterval: 'monthly', slotMinutes: 30, coreRoles: ['chair'] });
    const fields = { id: opened.id, name: opened.name, slotMinutes: 30, papersDueWorkingDays: null, coreRoles: ['chair'], defaultInterval: 'monthly' } as const;
    await core.ok('meetingTypes.update', { ...fields, coreRoles: ['chair', 'fostering'], defaultInterval: 'fortnightly', version: opened.version });

    const error = await lostRace(core, 'meetingTypes.update', { ...fields, slotMinutes: 45, coreRoles: ['chair', 'iro'], version: opened.version });
    expect(error.conflict).toMatchObject({ version: 2, theirs: { slotMinutes: 30, coreRoles: ['chair', 'fostering'], defaultInterval: 'fortnightly' } });
    expect(error.fieldErrors).toEqual({
      slotMinutes: changedThis(error, '‘30’'),
      coreRoles: changedThis(error, '‘Chair / Head of Service, Fostering’'),
      defaultInterval: changedThis(error, '‘Fortnightly’'),
    });
    const kept = await core.ok('meetingTypes.update', { ...fields, slotMinutes: 45, coreRoles: ['chair', 'iro'], version: 2 });
    expect(kept).toMatchObject({ slotMinutes: 45, coreRoles: ['chair', 'iro'], defaultInterval: 'monthly', version: 3 });

    const archiving = await lostRace(core, 'meetingTypes.setArchived', { id: opened.id, archived: true, version: 2 });
    expect(archiving.message).toMatch(/archive it again if you still mean to\.$/);
  });
});
