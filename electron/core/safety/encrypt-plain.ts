import fs from 'node:fs';
import path from 'node:path';
import { fileKind, keyStatements, type FileAccess } from '../db/sqlite-file';
import { fsyncDir, moveDatabaseFile, removeDatabaseFile } from './files';
import { runOffThread } from './off-thread';

/** Where the plain original waits while its encrypted copy takes its place; removed once the copy has opened. */
export const PLAIN_ORIGINAL_SUFFIX = '.plain-before-encryption';

export interface EncryptionResult {
  /** SQLite's words when the plain file fails its own check: it is left exactly as it was. */
  problems: string[];
}

/**
 * Makes an encrypted copy of a plain (unencrypted) database file, beside it, and proves it:
 * the copy is taken with VACUUM INTO (one read transaction, whatever the original's WAL holds),
 * encrypted with `rekey`, closed, then opened again with the key and compared with the
 * original: its own quick_check, the schema version, and the number of rows in every table.
 * Nothing is written to the original. On a worker thread: a large file takes seconds.
 */
async function stageEncryptedCopy(plainFile: string, staged: string, access: FileAccess): Promise<EncryptionResult> {
  removeDatabaseFile(staged);
  return runOffThread<EncryptionResult>(
    access.nativeBinding,
    `
    const fs = require('node:fs');
    const tables = (db) => db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL%' order by name").pluck().all();
    const shape = (db) => ({
      version: db.pragma('user_version', { simple: true }),
      rows: tables(db).map((t) => [t, db.prepare('select count(*) from "' + t.replace(/"/g, '""') + '"').pluck().get()]),
    });
    const source = open(data.plainFile, [], { readonly: true, fileMustExist: true });
    let before;
    try {
      const problems = source.pragma('quick_check', { simple: false }).map((r) => r.quick_check).filter((r) => r !== 'ok');
      if (problems.length) return { problems };
      before = shape(source);
      source.prepare('vacuum into ?').run(data.staged);
    } finally {
      source.close();
    }
    const copy = open(data.staged, []);
    try {
      copy.pragma('journal_mode = DELETE');
      for (const statement of data.rekey) copy.pragma(statement);
    } finally {
      copy.close();
    }
    const check = open(data.staged, data.keyed, { readonly: true, fileMustExist: true });
    try {
      const problems = check.pragma('quick_check', { simple: false }).map((r) => r.quick_check).filter((r) => r !== 'ok');
      if (problems.length) throw new Error('The encrypted copy failed its check: ' + problems.join('; '));
      const after = shape(check);
      if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error('The encrypted copy does not hold the same rows as the original.');
    } finally {
      check.close();
    }
    const fd = fs.openSync(data.staged, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return { problems: [] };`,
    { plainFile, staged, keyed: keyStatements(access.key), rekey: rekeyStatements(access) },
  );
}

/** `rekey` turns a plain file into an encrypted one in place; it needs the cipher chosen first, and a rollback journal. */
function rekeyStatements(access: FileAccess): string[] {
  return keyStatements(access.key).map((s) => s.replace(/^key = /, 'rekey = '));
}

/**
 * Encrypts the data file of an earlier version in place: an encrypted copy is made and proved
 * first (above), then the plain original is moved aside, the copy renamed into its place and
 * the folder forced to disk. The original is removed only by `removePlainOriginal`, once the
 * store has opened the encrypted file. A crash at any point leaves either the original in
 * place, or the proved copy in place with the original beside it (`finishInterruptedEncryption`).
 */
export async function encryptDataFileInPlace(file: string, access: FileAccess): Promise<EncryptionResult> {
  const staged = `${file}.encrypting`;
  try {
    const result = await stageEncryptedCopy(file, staged, access);
    if (result.problems.length) return result;
    const original = `${file}${PLAIN_ORIGINAL_SUFFIX}`;
    removeDatabaseFile(original);
    moveDatabaseFile(file, original);
    fs.renameSync(staged, file);
    fsyncDir(path.dirname(file));
    return result;
  } finally {
    removeDatabaseFile(staged);
  }
}

/** After a crash between moving the original aside and putting the copy in its place: the original goes back. */
export function finishInterruptedEncryption(file: string): void {
  const original = `${file}${PLAIN_ORIGINAL_SUFFIX}`;
  if (!fs.existsSync(file) && fs.existsSync(original)) {
    moveDatabaseFile(original, file);
    fsyncDir(path.dirname(file));
  }
  removeDatabaseFile(`${file}.encrypting`);
}

export function removePlainOriginal(file: string): void {
  removeDatabaseFile(`${file}${PLAIN_ORIGINAL_SUFFIX}`);
}

/**
 * Backups and set-aside files made by earlier versions are plain copies of the children's
 * details: each is replaced by an encrypted copy proved the same way. A file that cannot be
 * read (a damaged original kept for the IT service desk) is left as it is and counted.
 */
export async function encryptPlainFilesIn(dirs: readonly string[], access: FileAccess): Promise<{ encrypted: number; unreadable: number }> {
  let encrypted = 0;
  let unreadable = 0;
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (!name.endsWith('.sqlite3') || fileKind(file) !== 'plain') continue;
      const staged = `${file}.encrypting`;
      try {
        const result = await stageEncryptedCopy(file, staged, access);
        if (result.problems.length) {
          unreadable++;
          continue;
        }
        for (const sidecar of ['-wal', '-shm']) fs.rmSync(file + sidecar, { force: true });
        fs.renameSync(staged, file);
        fsyncDir(dir);
        encrypted++;
      } catch {
        unreadable++;
      } finally {
        removeDatabaseFile(staged);
      }
    }
  }
  return { encrypted, unreadable };
}
