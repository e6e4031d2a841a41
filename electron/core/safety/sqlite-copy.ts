import BetterSqlite3 from 'better-sqlite3';
import { fsyncFile, removeDatabaseFile } from './files';

/**
 * Copies a database with SQLite's online backup API (consistent even while the
 * source is being written to), then makes the copy a plain rollback-journal file
 * that stands alone (reading it later creates no -wal/-shm beside it) and forces
 * it to the disk.
 */
export async function copyDatabase(source: BetterSqlite3.Database, destination: string, nativeBinding?: string): Promise<void> {
  removeDatabaseFile(destination);
  await source.backup(destination);
  const copy = new BetterSqlite3(destination, nativeBinding ? { nativeBinding } : {});
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fsyncFile(destination);
}

/** The same, from a file that is not open. */
export async function copyDatabaseFile(sourceFile: string, destination: string, nativeBinding?: string): Promise<void> {
  const source = new BetterSqlite3(sourceFile, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    await copyDatabase(source, destination, nativeBinding);
  } finally {
    source.close();
  }
}
