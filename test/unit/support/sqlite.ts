import { DataKey, KEY_ENV } from '../../../electron/core/db/data-key';
import { openSqliteFile, type OpenFileOptions, type SqliteDatabase } from '../../../electron/core/db/sqlite-file';

/** The key every test's data is encrypted with (set for the whole run by test-key.ts). */
export function testKey(): DataKey {
  const key = DataKey.parse(process.env[KEY_ENV] ?? '');
  if (!key) throw new Error(`${KEY_ENV} is not set for the tests`);
  return key;
}

/** Opens a test's database file directly, with the tests' key (or none, for a plain file made by an earlier version). */
export function openTestFile(file: string, options: OpenFileOptions & { plain?: boolean } = {}): SqliteDatabase {
  return openSqliteFile(file, { key: options.plain ? null : testKey() }, options);
}
