import fs from 'node:fs';
import { createRequire } from 'node:module';
import SqliteEngine from 'better-sqlite3-multiple-ciphers';
import type { DataKey } from './data-key';

/**
 * The one module that opens a database file. Everything that reads or writes one (the store,
 * backups, the integrity check, restores, the tests and the bench) comes through here, so
 * every connection is keyed the same way and none can open the children's data in the clear.
 */

export type SqliteDatabase = SqliteEngine.Database;
export type SqliteStatement = SqliteEngine.Statement;

/** Resolved here, in the caller's module system, because an eval'd worker has no node_modules of its own to search. */
export function engineModulePath(): string {
  return createRequire(__filename).resolve('better-sqlite3-multiple-ciphers');
}

/** How to reach a file: the key it is encrypted with (null for a plain file), and the compiled engine to load. */
export interface FileAccess {
  key: DataKey | null;
  /** Path to the engine's compiled addon; the Electron shell passes its own build. */
  nativeBinding?: string;
}

export interface OpenFileOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
}

/**
 * SQLCipher 4's format (AES-256 in CBC mode, HMAC-SHA512 on every page), so the files open
 * in any SQLCipher-compatible tool with the key. The key is a raw 256-bit key given in hex,
 * which skips SQLCipher's password stretching: it is random, not a password, and stretching
 * would cost a quarter of a second every time a connection opens.
 */
export function keyStatements(key: DataKey | null): string[] {
  return key ? ["cipher = 'sqlcipher'", 'legacy = 4', `key = "x'${key.hex}'"`] : [];
}

/**
 * Opens a database file with its key. Throws SQLite's own error (SQLITE_NOTADB) when the key
 * is wrong, missing, or the file is not a database: callers tell those apart.
 */
export function openSqliteFile(file: string, access: FileAccess, options: OpenFileOptions = {}): SqliteDatabase {
  const db = new SqliteEngine(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    ...(access.nativeBinding ? { nativeBinding: access.nativeBinding } : {}),
  });
  try {
    for (const statement of keyStatements(access.key)) db.pragma(statement);
    // The key is only tried when a page is read: read one now, so a wrong key fails here.
    db.prepare('select count(*) from sqlite_master').get();
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/** Loads the compiled engine without touching any file, so a missing or mismatched build is told apart from a file problem. */
export function loadEngine(nativeBinding: string | undefined): void {
  new SqliteEngine(':memory:', nativeBinding ? { nativeBinding } : {}).close();
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** What a data file holds, from its first bytes: an encrypted file starts with random salt, a plain one with SQLite's header. */
export function fileKind(file: string): 'none' | 'empty' | 'plain' | 'encrypted' {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw err;
  }
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    if (read === 0) return 'empty';
    return read === head.length && head.equals(SQLITE_HEADER) ? 'plain' : 'encrypted';
  } finally {
    fs.closeSync(fd);
  }
}
