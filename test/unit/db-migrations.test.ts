import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestFile } from './support/sqlite';
import { DATABASE_FILE_NAME, LATEST_SCHEMA_VERSION, openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { NewerDatabaseError, UnreadableDatabaseError } from '../../electron/core/errors';
import { tempDir } from './support/temp-dir';

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('migrations', () => {
  it('are numbered 1..n in list order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('build every table from an empty file and stamp the latest version', async () => {
    const file = path.join(tempDir(), DATABASE_FILE_NAME);
    const store = await openStore(file);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = store.sqlite.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['audit_log', 'people', 'settings', 'teams']));
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await store.close();
  });

  it('apply each migration in turn from empty, every prefix of the list opening cleanly', async () => {
    for (let n = 1; n <= migrations.length; n++) {
      const file = path.join(tempDir(), DATABASE_FILE_NAME);
      const store = await openStore(file, { migrations: migrations.slice(0, n) });
      expect(store.schemaVersion).toBe(n);
      await store.close();
      const upgraded = await openStore(file);
      expect(upgraded.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      await upgraded.close();
    }
  });

  it('set the pragmas the design asks for', async () => {
    const store = await openStore(path.join(tempDir(), DATABASE_FILE_NAME));
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.sqlite.pragma('cache_size', { simple: true })).toBe(-32768); // 32 MB: what the figures read of a large council
    await store.close();
  });

  it('refuse a database written by a newer version and leave the file untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE_NAME);
    const future = openTestFile(file);
    future.exec('create table from_the_future (x text); insert into from_the_future values (\'keep me\');');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = sha256(file);
    const filesBefore = fs.readdirSync(dir).sort();

    const attempt = openStore(file);
    await expect(attempt).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(openStore(file)).rejects.toThrow(/saved by a newer version of Panelroom/);

    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('refuse a file that is not a database, leaving it untouched', async () => {
    const file = path.join(tempDir(), DATABASE_FILE_NAME);
    fs.writeFileSync(file, 'this is a word processor document, not a database'.repeat(100));
    const before = sha256(file);
    await expect(openStore(file)).rejects.toBeInstanceOf(UnreadableDatabaseError);
    expect(sha256(file)).toBe(before);
  });
});
