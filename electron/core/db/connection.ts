import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { DataFileUnavailableError, isDamage, NewerDatabaseError, UnreadableDatabaseError } from '../errors';
import { sqliteDialect } from './dialect';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION, migrations as defaultMigrations } from './migrations';
import type { Migration } from './migrations/types';
import type { Database } from './schema';

export const DATABASE_FILE_NAME = 'panelroom.sqlite3';

export interface OpenOptions {
  /** Path to better-sqlite3's compiled addon; the Electron shell passes its own build. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

export interface Store {
  file: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  schemaVersion: number;
  close(): Promise<void>;
}

/**
 * Opens (creating if need be) the database file and brings its schema up to date.
 * A file from a newer version, or one that is not a database, is refused before
 * anything is written to it.
 */
export async function openStore(file: string, options: OpenOptions = {}): Promise<Store> {
  const list = options.migrations ?? defaultMigrations;
  const supported = list.length;
  if (fs.existsSync(file)) checkExistingFile(file, supported, options.nativeBinding);
  else fs.mkdirSync(path.dirname(file), { recursive: true });

  const sqlite = new BetterSqlite3(file, bindingOption(options.nativeBinding));
  try {
    applyPragmas(sqlite);
  } catch (err) {
    sqlite.close();
    throw isDamage(err) ? new UnreadableDatabaseError(file, err) : new DataFileUnavailableError(file, err);
  }
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
    close: () => db.destroy(),
  };
}

function bindingOption(nativeBinding: string | undefined): BetterSqlite3.Options {
  return nativeBinding ? { nativeBinding } : {};
}

/** minutes are irreplaceable: every commit is fsynced (synchronous=FULL), WAL lets readers work during saves. */
function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

/** Reads the schema version through a read-only connection so a refused file is never touched. */
function checkExistingFile(file: string, supported: number, nativeBinding: string | undefined): void {
  let probe: BetterSqlite3.Database | undefined;
  let version: number;
  try {
    probe = new BetterSqlite3(file, { ...bindingOption(nativeBinding), readonly: true, fileMustExist: true });
    version = probe.pragma('user_version', { simple: true }) as number;
    probe.prepare('select count(*) from sqlite_master').get();
  } catch (err) {
    throw isDamage(err) ? new UnreadableDatabaseError(file, err) : new DataFileUnavailableError(file, err);
  } finally {
    probe?.close();
  }
  if (version > supported) throw new NewerDatabaseError(version, supported, file);
}

export { LATEST_SCHEMA_VERSION };
