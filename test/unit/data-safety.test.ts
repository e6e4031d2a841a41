import { auditDetailLines } from '../../shared/audit/detail-lines';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestFile } from './support/sqlite';
import { DATABASE_FILE_NAME, LATEST_SCHEMA_VERSION } from '../../electron/core/db/connection';
import { backupsToKeep, listBackups, type BackupInfo } from '../../electron/core/safety/backups';
import { dataFolderWarning } from '../../electron/core/safety/data-folder';
import { testCore } from './support/core';
import { tempDir } from './support/temp-dir';

/** Scribbles over the middle of the file, past the header, as a failing disk would. */
function damagePages(file: string): void {
  const fd = fs.openSync(file, 'r+');
  const size = fs.fstatSync(fd).size;
  const junk = Buffer.alloc(4096, 0xa5);
  for (let at = 4096 * 2; at < size - 4096; at += 4096 * 3) fs.writeSync(fd, junk, 0, junk.length, at);
  fs.closeSync(fd);
}

describe('backups', () => {
  it('are online copies that open with the data as it was', async () => {
    const core = await testCore();
    await core.ok('teams.create', { name: 'Before backup' });
    const info = await core.backupNow('manual');
    await core.ok('teams.create', { name: 'After backup' });
    const copy = openTestFile(path.join(core.dataDir, 'backups', info.name), { readonly: true });
    expect(copy.prepare('select name from teams').pluck().all()).toEqual(['Before backup']);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect((await core.ok('backups.list'))[0]).toMatchObject({ name: info.name, reason: 'manual' });
  });

  it('keep the ten newest and the newest of each of the last 30 days', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const backups: BackupInfo[] = [];
    // four a day for 40 days
    for (let day = 0; day < 40; day++) {
      for (let h = 0; h < 4; h++) {
        const at = new Date(now.getTime() - day * 86_400_000 - h * 3_600_000).toISOString();
        backups.push({ name: `b-${at}`, takenAt: at, reason: 'scheduled', bytes: 1 });
      }
    }
    const keep = backupsToKeep(backups, now);
    const kept = backups.filter((b) => keep.has(b.name));
    // the ten newest (from today and the two days before) plus one for each other day within 30 days
    const days = new Set(kept.map((b) => b.takenAt.slice(0, 10)));
    expect(days.size).toBe(31);
    expect(kept.length).toBe(10 + 31 - 3);
    for (const b of backups.slice(0, 10)) expect(keep.has(b.name)).toBe(true);
    expect(kept.every((b) => b.takenAt >= '2026-10-23')).toBe(true);
  });

  it('can be restored from settings: the data goes back, and the file it replaced is kept aside', async () => {
    const core = await testCore();
    await core.ok('teams.create', { name: 'Kept' });
    const info = await core.backupNow('manual');
    await core.ok('teams.create', { name: 'Added later' });
    const result = await core.ok('backups.restore', { name: info.name });
    expect(result.restored).toBe(info.name);
    expect((await core.ok('teams.list')).map((t) => t.name)).toEqual(['Kept']);
    expect(fs.existsSync(path.join(core.dataDir, result.previousFileKeptAs!))).toBe(true);
    // a "before-restore" backup was taken first, so the restore itself can be undone
    const before = listBackups(path.join(core.dataDir, 'backups')).find((b) => b.reason === 'before-restore')!;
    const undo = openTestFile(path.join(core.dataDir, 'backups', before.name), { readonly: true });
    expect(undo.prepare('select name from teams order by id').pluck().all()).toEqual(['Kept', 'Added later']);
    undo.close();
    expect((await core.ok('audit.list', { entity: 'backup' })).rows[0]?.summary).toMatch(/^Restored the backup taken/);
  });

  it('refuse a name that is not a backup in the folder', async () => {
    const core = await testCore();
    for (const name of ['../panelroom.sqlite3', 'panelroom-2026-01-01T00-00-00-000Z-manual.sqlite3', '/etc/passwd']) {
      expect((await core.router.call('backups.restore', { name })).ok).toBe(false);
    }
  });
});

describe('integrity', () => {
  it('is checked off the main thread at start-up; a damaged file puts the app into recovery, and the newest good backup restores it', async () => {
    const dataDir = tempDir();
    const first = await testCore({ dataDir });
    await first.ok('teams.create', { name: 'Safe in the backup' });
    await first.startBackgroundWork({ firstBackupAfterMs: 60_000 });
    expect(first.health().status).toBe('ok');
    await first.backupNow('manual');
    for (let i = 0; i < 200; i++) await first.ok('people.create', { name: `Person ${i} with a long enough name to fill pages`, role: 'other' });
    await first.close();

    const file = path.join(dataDir, DATABASE_FILE_NAME);
    damagePages(file);
    const damagedBytes = fs.readFileSync(file);

    const second = await testCore({ dataDir });
    await second.startBackgroundWork();
    const health = await second.ok('app.health');
    expect(health.status).toBe('damaged');
    expect(health.message).toContain('Restore the newest good backup');
    expect(await second.router.call('teams.list', {})).toMatchObject({ ok: false, error: { code: 'STORAGE' } });

    const restored = await second.ok('backups.restoreNewestGood');
    expect((await second.ok('app.health')).status).toBe('ok');
    expect((await second.ok('teams.list')).map((t) => t.name)).toEqual(['Safe in the backup']);
    // the damaged file is kept aside, byte for byte
    expect(fs.readFileSync(path.join(dataDir, restored.previousFileKeptAs!)).equals(damagedBytes)).toBe(true);
  });

  it('a file that is not a database at all opens in recovery, untouched', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE_NAME), 'not a database '.repeat(1000));
    const core = await testCore({ dataDir });
    expect((await core.ok('app.health')).status).toBe('damaged');
    expect(await core.router.call('backups.restoreNewestGood', undefined)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('no usable backup') } });
    expect(fs.readFileSync(path.join(dataDir, DATABASE_FILE_NAME), 'utf8')).toBe('not a database '.repeat(1000));
  });

  it('a file from a newer version is refused with the reason, and not touched', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const future = openTestFile(file);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const bytes = fs.readFileSync(file);
    const core = await testCore({ dataDir });
    const health = await core.ok('app.health');
    expect(health).toMatchObject({ status: 'newer', message: expect.stringContaining('newer version of Panelroom') });
    expect(await core.router.call('children.search', { query: 'a' })).toMatchObject({ ok: false, error: { code: 'STORAGE', message: expect.stringContaining('newer version') } });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('storage faults', () => {
  it('a full disk is reported in words, nothing half-saved, and saving works again once there is room', async () => {
    const core = await testCore();
    await core.ok('teams.create', { name: 'Acknowledged' });
    const pages = core.store.sqlite.pragma('page_count', { simple: true }) as number;
    core.store.sqlite.pragma(`max_page_count = ${pages}`); // the file cannot grow: SQLite answers SQLITE_FULL, as on a full disk
    let refused = 0;
    for (let i = 0; i < 50; i++) {
      const result = await core.router.call('people.create', { name: `Person ${i} ${'x'.repeat(100)}`, role: 'other' });
      if (!result.ok) {
        refused++;
        expect(result.error).toMatchObject({ code: 'STORAGE', message: expect.stringContaining('The disk is full') });
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect((await core.ok('teams.list')).map((t) => t.name)).toEqual(['Acknowledged']);
    const people = core.store.sqlite.prepare('select count(*) from people').pluck().get() as number;
    const audits = core.store.sqlite.prepare("select count(*) from audit_log where entity = 'person'").pluck().get() as number;
    expect(audits).toBe(people); // each save is whole: no person without its audit row
    core.store.sqlite.pragma('max_page_count = 1073741823');
    await core.ok('people.create', { name: 'After space was freed', role: 'other' });
    expect(core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a read-only data file is reported in words and loses nothing already saved', async () => {
    const core = await testCore();
    await core.ok('teams.create', { name: 'Acknowledged' });
    core.store.sqlite.pragma('query_only = ON'); // writes now fail as on a read-only folder (root ignores file permissions)
    const result = await core.router.call('teams.create', { name: 'Refused' });
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE', message: expect.stringContaining('cannot be written to') } });
    core.store.sqlite.pragma('query_only = OFF');
    expect((await core.ok('teams.list')).map((t) => t.name)).toEqual(['Acknowledged']);
  });
});

describe('data folder', () => {
  it('warns about network shares and synced folders, not about a local folder', () => {
    expect(dataFolderWarning('\\\\fileserver\\social care\\panelroom', 'win32')).toContain('network share');
    expect(dataFolderWarning('C:\\Users\\sam\\OneDrive - Exampleshire Council\\Panelroom', 'win32')).toContain('sync service');
    expect(dataFolderWarning('/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/Panelroom', 'darwin')).toContain('sync service');
    expect(dataFolderWarning('/home/sam/Dropbox/panelroom', 'linux')).toContain('sync service');
    expect(dataFolderWarning(tempDir(), 'linux')).toBeNull();
    expect(dataFolderWarning('C:\\Users\\sam\\AppData\\Local\\Panelroom', 'win32')).toBeNull();
  });
});

describe('audit log', () => {
  it('lists every change newest first, filters, and exports (the export itself recorded)', async () => {
    const core = await testCore({ now: () => new Date('2026-11-22T10:00:00Z') });
    await core.ok('teams.create', { name: 'Alpha Team' });
    await core.ok('people.create', { name: 'Jo Example', role: 'iro' });
    const page = await core.ok('audit.list', {});
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.summary)).toEqual(['Added Jo Example', 'Added team “Alpha Team”']);
    expect((await core.ok('audit.list', { search: 'alpha' })).rows).toHaveLength(1);
    expect((await core.ok('audit.list', { entity: 'person' })).rows).toHaveLength(1);
    const file = await core.ok('audit.exportCsv', {});
    expect(file.csv).toContain('Added team “Alpha Team”');
    expect((await core.ok('audit.list', {})).rows[0]).toMatchObject({ action: 'export', summary: 'Exported the audit log (2 entries)' });
  });

  it('shows what an edit changed, before and after, in words, and exports the details too', async () => {
    const core = await testCore({ now: () => new Date('2026-11-22T10:00:00Z') });
    const first = await core.ok('settings.setDocuments', { authorityName: 'Exampleshire Council', version: 0 });
    await core.ok('settings.setDocuments', { authorityName: 'Borsetshire Council', version: first.version });
    const [latest] = (await core.ok('audit.list', { search: 'council’s name' })).rows;
    expect(latest!.details).toEqual([
      { label: 'Before', value: 'Exampleshire Council' },
      { label: 'After', value: 'Borsetshire Council' },
    ]);
    const file = await core.ok('audit.exportCsv', { search: 'council’s name' });
    expect(file.csv.split('\r\n')[0]).toContain('Details');
    expect(file.csv).toContain('Borsetshire Council');
  });
});

describe('audit details in words', () => {
  it('reads field changes, flags and long values plainly', () => {
    expect(auditDetailLines({ dueOn: { from: '2026-12-01', to: '2026-12-17' }, filed: true, note: null })).toEqual([
      { label: 'Due on', value: '2026-12-01 → 2026-12-17' },
      { label: 'Filed', value: 'Yes' },
      { label: 'Note', value: '(empty)' },
    ]);
    expect(auditDetailLines(null)).toEqual([]);
    expect(auditDetailLines({ text: 'x'.repeat(500) })[0]!.value).toHaveLength(401);
  });
});
