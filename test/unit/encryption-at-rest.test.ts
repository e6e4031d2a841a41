import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, developmentKey, openStore } from '../../electron/core/db/connection';
import { DataKey, KEY_CHECK_FILE_NAME, KEY_ENV, KEY_FILE_NAME, keyFromEnvironmentOrFile } from '../../electron/core/db/data-key';
import { fileKind, openSqliteFile } from '../../electron/core/db/sqlite-file';
import { DataKeyUnavailableError } from '../../electron/core/errors';
import { PLAIN_ORIGINAL_SUFFIX } from '../../electron/core/safety/encrypt-plain';
import { testCore } from './support/core';
import { openTestFile, testKey } from './support/sqlite';
import { tempDir } from './support/temp-dir';

const SQLITE_HEADER = 'SQLite format 3\0';

function startsLikePlainSqlite(file: string): boolean {
  return fs.readFileSync(file).subarray(0, 16).toString('latin1') === SQLITE_HEADER;
}

describe('encryption at rest', () => {
  it('the data file and every backup are encrypted: no SQLite header, unreadable without the key, and the text is nowhere in the bytes', async () => {
    const core = await testCore();
    await core.ok('teams.create', { name: 'Riverside Looked After Children' });
    const backup = await core.backupNow('manual');
    const file = path.join(core.dataDir, DATABASE_FILE_NAME);
    const backupFile = path.join(core.dataDir, 'backups', backup.name);
    core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    for (const f of [file, backupFile]) {
      expect(startsLikePlainSqlite(f)).toBe(false);
      expect(fileKind(f)).toBe('encrypted');
      expect(fs.readFileSync(f).includes(Buffer.from('Riverside'))).toBe(false);
      expect(() => openSqliteFile(f, { key: null }, { readonly: true })).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }));
      expect(() => openSqliteFile(f, { key: DataKey.generate() }, { readonly: true })).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }));
    }
    const copy = openTestFile(backupFile, { readonly: true });
    expect(copy.prepare('select name from teams').pluck().all()).toEqual(['Riverside Looked After Children']);
    copy.close();
  });

  it('is SQLCipher 4: the cipher settings any SQLCipher tool expects', async () => {
    const store = await openStore(path.join(tempDir(), DATABASE_FILE_NAME));
    expect(store.sqlite.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(String(store.sqlite.pragma('legacy', { simple: true }))).toBe('4');
    expect(store.sqlite.pragma('page_size', { simple: true })).toBe(4096);
    await store.close();
  });

  it('a plain file from the version before is encrypted in place on first start, every row kept, and no plain copy left behind', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const plain = openSqliteFile(file, { key: null });
    plain.pragma('journal_mode = WAL');
    plain.pragma('wal_autocheckpoint = 0');
    plain.exec("create table notes (id integer primary key, text text); insert into notes (text) values ('Amy moved to her grandmother')");
    // not closed, so never checkpointed (as a crash leaves it): the row is only in the WAL
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(startsLikePlainSqlite(file)).toBe(true);

    const store = await openStore(file, { key: testKey() });
    expect(store.sqlite.prepare('select text from notes').pluck().all()).toEqual(['Amy moved to her grandmother']);
    expect(store.schemaVersion).toBeGreaterThan(0);
    await store.close();
    expect(startsLikePlainSqlite(file)).toBe(false);
    expect(fs.readFileSync(file).includes(Buffer.from('grandmother'))).toBe(false);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes(PLAIN_ORIGINAL_SUFFIX) || f.endsWith('.encrypting'))).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, KEY_CHECK_FILE_NAME))).toBe(true);
    plain.close();
  });

  it('a plain file that fails its own check is left exactly as it was, and the app opens in recovery', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const plain = openSqliteFile(file, { key: null });
    plain.exec('create table t (x text); create index t_x on t (x);');
    const insert = plain.prepare('insert into t values (?)');
    for (let i = 0; i < 3000; i++) insert.run(`row ${i} ${'x'.repeat(80)}`);
    plain.close();
    const fd = fs.openSync(file, 'r+');
    for (let at = 8192; at < fs.fstatSync(fd).size; at += 8192) fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, at);
    fs.closeSync(fd);
    const bytes = fs.readFileSync(file);
    const core = await testCore({ dataDir });
    expect((await core.ok('app.health')).status).toBe('damaged');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('an interrupted encryption (original moved aside, copy not yet in place) puts the original back and finishes next time', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const plain = openSqliteFile(file, { key: null });
    plain.exec("create table notes (text text); insert into notes values ('kept')");
    plain.close();
    fs.renameSync(file, `${file}${PLAIN_ORIGINAL_SUFFIX}`);
    fs.writeFileSync(`${file}.encrypting`, 'half a copy');
    const store = await openStore(file, { key: testKey() });
    expect(store.sqlite.prepare('select text from notes').pluck().all()).toEqual(['kept']);
    await store.close();
    expect(fileKind(file)).toBe('encrypted');
    expect(fs.readdirSync(dataDir).sort()).toEqual([DATABASE_FILE_NAME, KEY_CHECK_FILE_NAME].sort());
  });

  it('backups made before encryption are encrypted in the background once the data checks out, and still restore', async () => {
    const dataDir = tempDir();
    const first = await testCore({ dataDir });
    await first.ok('teams.create', { name: 'In the old backup' });
    const info = await first.backupNow('manual');
    await first.close();
    // what the version before encryption left: a plain backup
    const backupFile = path.join(dataDir, 'backups', info.name);
    const plainBackup = path.join(dataDir, 'plain.sqlite3');
    const source = openTestFile(backupFile);
    source.pragma("rekey = ''");
    source.close();
    fs.copyFileSync(backupFile, plainBackup);
    expect(startsLikePlainSqlite(backupFile)).toBe(true);

    const core = await testCore({ dataDir });
    await core.startBackgroundWork({ firstBackupAfterMs: 60_000 });
    expect(startsLikePlainSqlite(backupFile)).toBe(false);
    await core.ok('teams.create', { name: 'Added later' });
    await core.ok('backups.restore', { name: info.name });
    expect((await core.ok('teams.list')).map((t) => t.name)).toEqual(['In the old backup']);
  });

  it('a backup restores only with the key: one locked with another key is refused in words, and the data is untouched', async () => {
    const elsewhere = await testCore({ dataDir: tempDir() });
    await elsewhere.ok('teams.create', { name: 'Another council' });
    // another copy of Panelroom, with its own key
    const otherKey = DataKey.generate();
    const otherDir = tempDir();
    const other = await openStore(path.join(otherDir, DATABASE_FILE_NAME), { key: otherKey });
    await other.close();

    const core = await testCore();
    await core.ok('teams.create', { name: 'Ours' });
    const ours = await core.backupNow('manual');
    const foreign = ours.name.replace('manual', 'scheduled');
    fs.copyFileSync(path.join(otherDir, DATABASE_FILE_NAME), path.join(core.dataDir, 'backups', foreign));
    const result = await core.router.call('backups.restore', { name: foreign });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('does not open with this computer’s key') } });
    expect((await core.ok('teams.list')).map((t) => t.name)).toEqual(['Ours']);
  });

  it('a wrong key gives a plain sentence and a locked screen, never an empty app over the data; the right key opens it again', async () => {
    const dataDir = tempDir();
    const first = await testCore({ dataDir });
    await first.ok('teams.create', { name: 'Still here' });
    await first.close();
    const bytes = fs.readFileSync(path.join(dataDir, DATABASE_FILE_NAME));

    const testsKey = process.env[KEY_ENV];
    process.env[KEY_ENV] = DataKey.generate().hex;
    try {
      const core = await testCore({ dataDir });
      const health = await core.ok('app.health');
      expect(health).toMatchObject({ status: 'locked', message: expect.stringContaining('locked with a different key') });
      expect(await core.router.call('teams.list', {})).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
      expect(await core.router.call('backups.restoreNewestGood', undefined)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      await core.close();
    } finally {
      process.env[KEY_ENV] = testsKey;
    }
    expect(fs.readFileSync(path.join(dataDir, DATABASE_FILE_NAME)).equals(bytes)).toBe(true);
    const again = await testCore({ dataDir });
    expect((await again.ok('teams.list')).map((t) => t.name)).toEqual(['Still here']);
  });

  it('a missing key gives a plain sentence, and no new key is made over data that has one', async () => {
    const dataDir = tempDir();
    const store = await openStore(path.join(dataDir, DATABASE_FILE_NAME), { key: DataKey.generate() });
    await store.close();
    const found = keyFromEnvironmentOrFile(dataDir, {}, true);
    expect(found).toMatchObject({ ok: false, message: expect.stringContaining('its key is missing') });
    expect(() => developmentKey(dataDir, {})).toThrow(DataKeyUnavailableError);
    expect(fs.existsSync(path.join(dataDir, KEY_FILE_NAME))).toBe(false);
  });

  it('browser mode and tests: the key comes from the environment, or a key file made beside new data with a warning', () => {
    const dataDir = tempDir();
    const made = keyFromEnvironmentOrFile(dataDir, {}, false);
    expect(made).toMatchObject({ ok: true, warning: expect.stringContaining('no protection for real children’s data') });
    expect(fs.readFileSync(path.join(dataDir, KEY_FILE_NAME), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    const again = keyFromEnvironmentOrFile(dataDir, {}, true);
    expect(again.ok && made.ok && again.key.hex === made.key.hex).toBe(true);
    const fromEnv = keyFromEnvironmentOrFile(dataDir, { [KEY_ENV]: 'AB'.repeat(32) }, true);
    expect(fromEnv).toEqual({ ok: true, key: DataKey.parse('ab'.repeat(32)) });
    expect(keyFromEnvironmentOrFile(dataDir, { [KEY_ENV]: 'not a key' }, true)).toMatchObject({ ok: false, message: expect.stringContaining('64 hexadecimal characters') });
    // the key's text never reaches a log line or a JSON message
    expect(JSON.stringify({ key: DataKey.parse('ab'.repeat(32)) })).not.toContain('abab');
  });
});
