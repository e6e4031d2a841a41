import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestFile } from './support/sqlite';
import { DATABASE_FILE_NAME, LATEST_SCHEMA_VERSION } from '../../electron/core/db/connection';
import { listBackups } from '../../electron/core/safety/backups';
import { testCore } from './support/core';
import { tempDir } from './support/temp-dir';

describe('restoring a backup', () => {
  it('restores the oldest of ten backups taken the same day: rotation never removes the backup being restored', async () => {
    let now = new Date('2026-11-22T09:00:00Z');
    const core = await testCore({ now: () => now });
    await core.ok('teams.create', { name: 'In the oldest backup' });
    for (let i = 0; i < 10; i++) {
      now = new Date(now.getTime() + 60_000);
      await core.backupNow('scheduled');
      if (i === 0) await core.ok('teams.create', { name: 'Added after the oldest backup' });
    }
    const backups = listBackups(path.join(core.dataDir, 'backups'));
    expect(backups).toHaveLength(10);
    const oldest = backups[backups.length - 1]!;
    now = new Date(now.getTime() + 60_000);
    const result = await core.ok('backups.restore', { name: oldest.name });
    expect(result.restored).toBe(oldest.name);
    expect((await core.ok('teams.list')).map((t) => t.name)).toEqual(['In the oldest backup']);
    expect((await core.ok('app.health')).status).not.toBe('damaged');
    // the data that was replaced is kept, and a backup of it was taken first
    expect(fs.existsSync(path.join(core.dataDir, result.previousFileKeptAs!))).toBe(true);
    expect(listBackups(path.join(core.dataDir, 'backups')).some((b) => b.reason === 'before-restore')).toBe(true);
    // a staged copy is never left behind
    expect(fs.readdirSync(core.dataDir).filter((f) => f.includes('restoring'))).toEqual([]);
  });

  it('starts the scheduled backups after a recovery restore', async () => {
    const dataDir = tempDir();
    const first = await testCore({ dataDir });
    await first.ok('teams.create', { name: 'Kept' });
    await first.backupNow('manual');
    await first.close();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE_NAME), 'scribbled over');
    for (const s of ['-wal', '-shm']) fs.rmSync(path.join(dataDir, DATABASE_FILE_NAME + s), { force: true });

    const core = await testCore({ dataDir });
    await core.startBackgroundWork({ firstBackupAfterMs: 60_000, backupEveryMs: 50 });
    expect((await core.ok('app.health')).status).toBe('damaged');
    await core.ok('backups.restoreNewestGood');
    const before = listBackups(path.join(dataDir, 'backups')).length;
    await core.ok('teams.create', { name: 'Typed after the restore' });
    // Backups every 50 ms once started: one follows soon, however busy the machine.
    await expect.poll(() => listBackups(path.join(dataDir, 'backups')).length, { timeout: 10_000 }).toBeGreaterThan(before);
  });

  it('a missing data file with backups beside it is reported, not replaced by an empty one', async () => {
    const dataDir = tempDir();
    const first = await testCore({ dataDir });
    await first.ok('teams.create', { name: 'Only in the backup now' });
    await first.backupNow('manual');
    await first.close();
    for (const s of ['', '-wal', '-shm']) fs.rmSync(path.join(dataDir, DATABASE_FILE_NAME + s), { force: true });

    const core = await testCore({ dataDir });
    expect((await core.ok('app.health')).status).toBe('missing');
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE_NAME))).toBe(false);
    expect(await core.router.call('teams.list', {})).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    await core.ok('backups.restoreNewestGood');
    expect((await core.ok('teams.list')).map((t) => t.name)).toEqual(['Only in the backup now']);
  });

  it('will not restore over a newer version’s file', async () => {
    const dataDir = tempDir();
    const first = await testCore({ dataDir });
    await first.backupNow('manual');
    await first.close();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const db = openTestFile(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const bytes = fs.readFileSync(file);
    const core = await testCore({ dataDir });
    expect((await core.ok('app.health')).status).toBe('newer');
    expect(await core.router.call('backups.restoreNewestGood', undefined)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a data file that cannot be opened (not damaged) is reported as such, and no restore is offered over it', async () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, DATABASE_FILE_NAME)); // a folder where the file should be: SQLite cannot open it
    const core = await testCore({ dataDir });
    const health = await core.ok('app.health');
    expect(health).toMatchObject({ status: 'unavailable', message: expect.stringContaining('could not open its data file') });
    expect(await core.router.call('backups.restoreNewestGood', undefined)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('backups stand alone: reading or checking them leaves no -wal or -shm files behind', async () => {
    const core = await testCore();
    await core.ok('teams.create', { name: 'A' });
    const info = await core.backupNow('manual');
    await core.ok('backups.restore', { name: info.name });
    const leftovers = fs.readdirSync(path.join(core.dataDir, 'backups')).filter((f) => /-(wal|shm)$/.test(f));
    expect(leftovers).toEqual([]);
    const copy = openTestFile(path.join(core.dataDir, 'backups', info.name), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });
});
