import { openSqliteFile, type SqliteDatabase } from '../../../electron/core/db/sqlite-file';
import { Kysely } from 'kysely';
import { sqliteDialect } from '../../../electron/core/db/dialect';
import { createCore, type Core as AnyCore, type SqliteCore as Core } from '../../../electron/core/core';
import type { Database } from '../../../electron/core/db/schema';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { datasetNow } from '../dataset/spec';

/** The real core on a data folder, with the clock at the dataset's day (plus `dayOffset`) so the tracker cache is current. */
export function openBenchCore(dataDir: string, dayOffset = 0): Promise<Core> {
  return createCore({
    dataDir,
    actor: 'bench',
    appVersion: 'bench',
    mode: 'desktop',
    now: () => datasetNow(dayOffset),
    onInternalError: (name, err) => console.error(`[bench] internal error in ${name}:`, err),
  });
}

/** Calls through the real router (zod in, service, zod out) and fails loudly on an error result. */
export async function callOk<P extends ProcedureName>(core: AnyCore, name: P, input: ProcedureInput<P>): Promise<ProcedureOutput<P>> {
  const result = await core.router.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as ProcedureOutput<P>;
}

const PRAGMAS = ['journal_mode', 'synchronous', 'foreign_keys', 'busy_timeout'] as const;

/**
 * A second, bare connection to the core's file (opened with the same key) with the pragmas read
 * from the core's own connection, so "the same write done directly" runs under the
 * same durability settings even if connection.ts changes them.
 */
export function bareConnection(core: Core): { sqlite: SqliteDatabase; pragmas: Record<string, unknown> } {
  const sqlite = openSqliteFile(core.store.file, core.store.access);
  const pragmas: Record<string, unknown> = {};
  for (const name of PRAGMAS) {
    const value = core.store.sqlite.pragma(name, { simple: true });
    pragmas[name] = value;
    sqlite.pragma(`${name} = ${String(value)}`);
  }
  return { sqlite, pragmas };
}

export interface LoggedQuery {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
}

/**
 * A second Kysely over the core's own connection (same page cache, same pragmas) and the
 * core's own dialect (so statements are prepared once and cached, as the app's are),
 * that records every statement and SQLite's time for it, for profiling services.
 * It is never destroyed: that would close the core's connection.
 */
export function loggedDb(core: Core): { db: Kysely<Database>; log: LoggedQuery[] } {
  const log: LoggedQuery[] = [];
  const db = new Kysely<Database>({
    dialect: sqliteDialect(core.store.sqlite),
    log(event) {
      if (event.level === 'query') log.push({ sql: event.query.sql, parameters: event.query.parameters, ms: event.queryDurationMillis });
    },
  });
  return { db, log };
}

/**
 * The same file decrypted, beside the encrypted one, with a bare connection and the same pragmas: so a
 * write can be timed on plain SQLite too, and the encryption's own cost read off. Made from the core's
 * file as it stands (VACUUM INTO keeps the cipher; rekey to nothing then takes it off).
 */
export function plainTwin(core: Core, dir: string): { sqlite: SqliteDatabase; close(): void } {
  const file = `${dir}/plain-twin.sqlite3`;
  core.store.sqlite.prepare('vacuum into ?').run(file);
  const twin = openSqliteFile(file, core.store.access);
  twin.pragma('journal_mode = DELETE');
  twin.pragma("rekey = ''");
  twin.close();
  const sqlite = openSqliteFile(file, { key: null, nativeBinding: core.store.access.nativeBinding });
  for (const name of PRAGMAS) sqlite.pragma(`${name} = ${String(core.store.sqlite.pragma(name, { simple: true }))}`);
  return { sqlite, close: () => sqlite.close() };
}
