import type BetterSqlite3 from 'better-sqlite3';
import { removeDatabaseFile } from './files';
import { runReadOnlyOffThread } from './off-thread';

/**
 * Copies a database with SQLite's online backup API, on a worker thread with its own
 * read-only connection, then makes the copy a plain rollback-journal file that stands
 * alone (reading it later creates no -wal/-shm beside it) and forces it to the disk.
 *
 * The pages go across in one step, inside one read transaction: the copy is the database
 * as it was when the step began, and saves made meanwhile (on the app's own connection)
 * cannot make it start again, as they would between small steps. On the app's own thread
 * the copy would hold up every save for most of a second at its end, when SQLite forces
 * the new file to disk.
 */
export async function copyDatabaseFile(sourceFile: string, destination: string, nativeBinding?: string): Promise<void> {
  removeDatabaseFile(destination);
  await runReadOnlyOffThread<true>(
    sourceFile,
    nativeBinding,
    `
    const fs = require('node:fs');
    await db.backup(data.destination, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    const copy = new Database(data.destination, nativeBinding ? { nativeBinding } : {});
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const fd = fs.openSync(data.destination, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return true;`,
    { destination },
  );
}

/** The same, from the app's open connection: reads its file (a WAL reader sees every committed save). */
export function copyDatabase(source: BetterSqlite3.Database, destination: string, nativeBinding?: string): Promise<void> {
  return copyDatabaseFile(source.name, destination, nativeBinding);
}
