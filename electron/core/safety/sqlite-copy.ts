import type { SqliteDatabase, FileAccess } from '../db/sqlite-file';
import { keyStatements } from '../db/sqlite-file';
import { removeDatabaseFile } from './files';
import { runReadOnlyOffThread } from './off-thread';

/**
 * Copies a database with VACUUM INTO, on a worker thread with its own read-only connection:
 * one read transaction, so the copy is the database as it was when it began, and saves made
 * meanwhile (on the app's own connection; WAL lets them through) cannot spoil it. The copy is
 * encrypted with the same key as the file it came from (the engine will not write a plain copy
 * of an encrypted file through SQLite's backup API, and VACUUM INTO keeps the cipher), stands
 * alone in rollback-journal mode (reading it later creates no -wal/-shm beside it), and is
 * forced to the disk there too: on the app's thread that last step would hold up every save.
 */
export async function copyDatabaseFile(sourceFile: string, destination: string, access: FileAccess): Promise<void> {
  removeDatabaseFile(destination);
  await runReadOnlyOffThread<true>(
    sourceFile,
    access,
    `
    const fs = require('node:fs');
    db.prepare('vacuum into ?').run(data.destination);
    const copy = open(data.destination, data.statements);
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
    { destination, statements: keyStatements(access.key) },
  );
}

/** The same, from the app's open connection: reads its file (a WAL reader sees every committed save). */
export function copyDatabase(source: SqliteDatabase, destination: string, access: FileAccess): Promise<void> {
  return copyDatabaseFile(source.name, destination, access);
}
