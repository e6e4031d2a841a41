import fs from 'node:fs';
import path from 'node:path';
import { Kysely } from 'kysely';
import { DatabaseEngineError, DataFileUnavailableError, DataKeyUnavailableError, isDamage, NewerDatabaseError, UnreadableDatabaseError, WrongDataKeyError } from '../errors';
import { encryptDataFileInPlace, finishInterruptedEncryption, removePlainOriginal } from '../safety/encrypt-plain';
import { type DataKey, KEY_CHECK_FILE_NAME, keyFromEnvironmentOrFile, keyMatchesFolder, recordKeyForFolder } from './data-key';
import { sqliteDialect } from './dialect';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION, migrations as defaultMigrations } from './migrations';
import type { Migration } from './migrations/types';
import type { Database } from './schema';
import { fileKind, type FileAccess, loadEngine, openSqliteFile, type SqliteDatabase } from './sqlite-file';

export const DATABASE_FILE_NAME = 'panelroom.sqlite3';

export interface OpenOptions {
  /** Path to the engine's compiled addon; the Electron shell passes its own build. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /** The data key. Without one, browser mode's and the tests' rule applies (developmentKey). */
  key?: DataKey;
}

export interface Store {
  file: string;
  sqlite: SqliteDatabase;
  db: Kysely<Database>;
  schemaVersion: number;
  /** The key and engine build this file opens with: backups and checks of it use the same. */
  access: FileAccess;
  close(): Promise<void>;
}

/**
 * The key for a data folder when the caller brings none: PANELROOM_DATA_KEY, or the key file
 * beside the data (see keyFromEnvironmentOrFile). Warns once, on the console, that a key kept
 * beside the data protects nothing. Throws a plain sentence when the data's key is missing.
 */
export function developmentKey(dataDir: string, env: NodeJS.ProcessEnv = process.env, warn: (message: string) => void = () => undefined): DataKey {
  const holdsData = fs.existsSync(path.join(dataDir, KEY_CHECK_FILE_NAME)) || mayHoldEncryptedData(path.join(dataDir, DATABASE_FILE_NAME));
  const found = keyFromEnvironmentOrFile(dataDir, env, holdsData);
  if (!found.ok) throw new DataKeyUnavailableError(found.message);
  if (found.warning) warn(found.warning);
  return found.key;
}

/**
 * Opens (creating if need be) the encrypted database file and brings its schema up to date.
 * A plain file from an earlier version is encrypted in place first (proved before it replaces
 * the original). A file from a newer version, one that is not a database, or one the key does
 * not open is refused before anything is written to it.
 */
export async function openStore(file: string, options: OpenOptions = {}): Promise<Store> {
  const dataDir = path.dirname(file);
  try {
    loadEngine(options.nativeBinding);
  } catch (err) {
    throw new DatabaseEngineError(err);
  }
  const access: FileAccess = { key: options.key ?? developmentKey(dataDir), nativeBinding: options.nativeBinding };
  const list = options.migrations ?? defaultMigrations;
  finishInterruptedEncryption(file);
  const kind = existingKind(file);
  if (kind === 'plain') {
    checkExistingFile(file, { ...access, key: null }, list.length);
    const { problems } = await encryptDataFileInPlace(file, access).catch((err: unknown) => {
      throw isDamage(err) ? new UnreadableDatabaseError(file, err) : new DataFileUnavailableError(file, err);
    });
    if (problems.length) throw new UnreadableDatabaseError(file, new Error(problems.join('\n')));
  }
  if (kind === 'plain' || kind === 'encrypted') checkExistingFile(file, access, list.length);
  else fs.mkdirSync(dataDir, { recursive: true });

  let sqlite: SqliteDatabase;
  try {
    sqlite = openSqliteFile(file, access);
    applyPragmas(sqlite);
  } catch (err) {
    throw isDamage(err) ? new UnreadableDatabaseError(file, err) : new DataFileUnavailableError(file, err);
  }
  if (access.key) recordKeyForFolder(dataDir, access.key);
  removePlainOriginal(file);
  const db = new Kysely<Database>({ dialect: sqliteDialect(sqlite) });
  let schemaVersion: number;
  try {
    schemaVersion = (await migrate(db as Kysely<unknown>, list)).to;
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return {
    file,
    sqlite,
    db,
    schemaVersion,
    access,
    close: () => db.destroy(),
  };
}

/** A file that cannot be read (locked, a folder in its place) is taken to hold data: no new key is made over it. */
function mayHoldEncryptedData(file: string): boolean {
  try {
    return fileKind(file) === 'encrypted';
  } catch {
    return true;
  }
}

function existingKind(file: string): ReturnType<typeof fileKind> {
  try {
    return fileKind(file);
  } catch (err) {
    throw new DataFileUnavailableError(file, err);
  }
}

/**
 * minutes are irreplaceable: every commit is fsynced (synchronous=FULL), WAL lets readers work during saves.
 * A 32 MB page cache (the engine is built with 16 MB) holds what the management figures read of a large
 * council's histories: every page read again from the file would be decrypted again.
 */
function applyPragmas(sqlite: SqliteDatabase): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -32768');
}

/**
 * Reads the schema version through a read-only connection so a refused file is never touched.
 * An encrypted file the key does not open is damaged, unless the folder's record of its key
 * says the key is simply the wrong one.
 */
function checkExistingFile(file: string, access: FileAccess, supported: number): void {
  let probe: SqliteDatabase | undefined;
  let version: number;
  try {
    probe = openSqliteFile(file, access, { readonly: true, fileMustExist: true });
    version = probe.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    if (!isDamage(err)) throw new DataFileUnavailableError(file, err);
    if (access.key && keyMatchesFolder(path.dirname(file), access.key) === false) throw new WrongDataKeyError(file);
    throw new UnreadableDatabaseError(file, err);
  } finally {
    probe?.close();
  }
  if (version > supported) throw new NewerDatabaseError(version, supported, file);
}

export { LATEST_SCHEMA_VERSION };
