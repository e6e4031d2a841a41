import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/connection';
import { testCore } from './support/core';
import { councilAt, setUp } from './support/council';
import { expectRefused } from './support/refusal';

describe('what the app says about itself', () => {
  it('gives its version, the data’s schema version, where the data lives and how it runs', async () => {
    const core = await testCore();
    expect(await core.ok('app.info')).toEqual({ version: '0.0.0-test', schemaVersion: LATEST_SCHEMA_VERSION, dataDir: core.dataDir, mode: 'browser', store: { engine: 'sqlite' } });
  });

  it('counts teams, people and children for the first-run screen: nothing at first, then what was added', async () => {
    const core = await testCore({ now: () => new Date('2026-11-26T10:00:00Z') });
    expect(await core.ok('app.status')).toEqual({ teams: 0, people: 0, children: 0 });
    const s = await setUp(core);
    await core.ok('children.create', { caseRef: 'S1', firstName: 'Ava', lastName: 'Status', legalStatus: 'care_order', teamId: s.north.id });
    expect(await core.ok('app.status')).toEqual({ teams: 2, people: 5, children: 1 });
    // archived people still count: the screen asks whether anything is here, not who is active
    await core.ok('people.setArchived', { id: s.coordinator.id, archived: true, version: s.coordinator.version });
    expect((await core.ok('app.status')).people).toBe(5);
  });
});

describe('the council’s name on documents', () => {
  it('is empty until set, then read back as set, trimmed, and cleared by an empty name', async () => {
    const { core } = await councilAt('2026-11-26T10:00:00Z');
    expect(await core.ok('settings.getDocuments')).toEqual({ authorityName: null, version: 0 });
    await core.ok('settings.setDocuments', { authorityName: '  Exampleshire Council ', version: 0 });
    expect(await core.ok('settings.getDocuments')).toEqual({ authorityName: 'Exampleshire Council', version: 1 });
    await expectRefused(core, 'settings.setDocuments', { authorityName: 'x'.repeat(500), version: 1 }, 'INVALID_INPUT', /120 characters/);
    expect(await core.ok('settings.getDocuments')).toEqual({ authorityName: 'Exampleshire Council', version: 1 });
    await core.ok('settings.setDocuments', { authorityName: '', version: 1 });
    expect(await core.ok('settings.getDocuments')).toEqual({ authorityName: null, version: 2 });
  });
});

describe('a backup taken by hand', () => {
  it('is listed as manual, dated now, and restores the data as it was when taken', async () => {
    const { clock, core } = await councilAt('2026-11-26T10:00:00Z');
    const taken = await core.ok('backups.create');
    expect(taken).toMatchObject({ reason: 'manual', takenAt: '2026-11-26T10:00:00.000Z' });
    expect(taken.bytes).toBeGreaterThan(0);
    expect((await core.ok('backups.list')).map((b) => b.name)).toContain(taken.name);
    expect((await core.ok('app.health')).lastBackupAt).toBe(taken.takenAt);

    clock.set('2026-11-26T11:00:00Z');
    await core.ok('teams.create', { name: 'Added after the backup' });
    await core.ok('backups.restore', { name: taken.name });
    expect((await core.ok('teams.list')).map((t) => t.name).sort()).toEqual(['North', 'South']);
  });
});
