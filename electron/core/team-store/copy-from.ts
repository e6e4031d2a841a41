import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Transaction } from 'kysely';
import { DATABASE_FILE_NAME, developmentKey } from '../db/connection';
import { TEAM_SCHEMA } from '../db/migrations/engine';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { connectPool, postgresDb, readTeamSchemaVersion, TeamStoreError, type TeamStoreAddress } from '../db/postgres';
import { fileKind, loadEngine, openSqliteFile, type SqliteDatabase } from '../db/sqlite-file';
import { isDamage } from '../errors';
import { OWNER_ROLE, TEAM_TABLES } from './role-matrix';

/**
 * Copies a laptop's data into an empty team store: every table, in one transaction, each row
 * keeping its id, the identity sequences moved past the copied ids, then every table counted and
 * checksummed on both sides before the transaction commits. Any failure rolls it all back, so
 * the team store is left as empty as it was. The laptop's file is opened read-only.
 *
 * Memory stays flat whatever the size of the data: rows stream from the laptop's file into
 * multi-row INSERTs a batch at a time; a reference that must wait for rows not yet in (a cycle, or
 * a later row of the same table) goes in empty, its value to a temporary staging table, and is
 * filled in by one UPDATE per table once every row is in; both sides are checksummed as they
 * stream (the team store's through a cursor).
 *
 * The checksum of a table is the sum, modulo 2^128, of a SHA-256 of each row (its columns in
 * name order, as JSON): independent of row order, which the two engines sort differently, and
 * changed by any row added, lost, duplicated or altered.
 */

export interface TableCopy {
  table: string;
  rows: number;
  checksum: string;
}

const ROW_HASH_MODULUS = 1n << 128n;

class Checksum {
  private sum = 0n;
  rows = 0;
  add(values: unknown[]): void {
    const digest = crypto.createHash('sha256').update(JSON.stringify(values)).digest();
    this.sum = (this.sum + BigInt(`0x${digest.subarray(0, 16).toString('hex')}`)) % ROW_HASH_MODULUS;
    this.rows += 1;
  }
  hex(): string {
    return this.sum.toString(16).padStart(32, '0');
  }
}

/** Opens the laptop's data read-only with its key (PANELROOM_DATA_KEY, or the key file beside it), refusing in a sentence when it cannot. */
function openLaptopData(dataDir: string): SqliteDatabase {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  if (!fs.existsSync(file)) throw new TeamStoreError('refused', `There is no Panelroom data in ${dataDir} (no ${DATABASE_FILE_NAME}). Give the folder that holds the laptop’s data. Nothing has been changed.`);
  loadEngine(undefined);
  const key = fileKind(file) === 'plain' ? null : developmentKey(dataDir);
  let sqlite: SqliteDatabase;
  try {
    sqlite = openSqliteFile(file, { key }, { readonly: true, fileMustExist: true });
  } catch (err) {
    if (isDamage(err)) throw new TeamStoreError('refused', `The laptop’s data could not be read with the key given: set PANELROOM_DATA_KEY to its key, or put its key file beside it. Nothing has been changed.`, { cause: err });
    throw err;
  }
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  if (version !== LATEST_SCHEMA_VERSION) {
    sqlite.close();
    throw new TeamStoreError(
      'refused',
      `The laptop’s data is at data version ${version} and the team store at ${LATEST_SCHEMA_VERSION}: open it once with this version of Panelroom (which brings it up to date), then copy it. Nothing has been changed.`,
    );
  }
  return sqlite;
}

interface ForeignKey {
  table: string;
  columns: string[];
  references: string;
}

/** The order to fill the tables in, so each row's references are there before it; a reference that cannot be (a cycle, or a row naming a later row of its own table) is filled in afterwards. */
export function fillOrder(tables: readonly string[], keys: readonly ForeignKey[], nullable: (table: string, column: string) => boolean): { order: string[]; later: Map<string, Set<string>> } {
  const order: string[] = [];
  const later = new Map<string, Set<string>>();
  const done = new Set<string>();
  const remaining = [...tables];
  while (remaining.length) {
    const waiting = (t: string) => keys.filter((k) => k.table === t && k.references !== t && !done.has(k.references) && tables.includes(k.references));
    const waitsFor = (t: string) => waiting(t).map((k) => k.references);
    const ready = remaining.findIndex((t) => waitsFor(t).length === 0);
    // Nothing ready: the rest wait on a cycle (people and teams name each other). Start with a table on the
    // cycle whose references still waiting may be empty for now.
    const index = ready !== -1 ? ready : remaining.findIndex((t) => reaches(t, t, waitsFor) && waiting(t).every((k) => k.columns.every((c) => nullable(t, c))));
    if (index === -1) throw new Error('the tables’ references cannot be put in order');
    const table = remaining.splice(index, 1)[0]!;
    for (const k of keys) {
      if (k.table === table && (k.references === table || (!done.has(k.references) && tables.includes(k.references)))) {
        const set = later.get(table) ?? new Set<string>();
        k.columns.forEach((c) => set.add(c));
        later.set(table, set);
      }
    }
    done.add(table);
    order.push(table);
  }
  return { order, later };
}

/** Whether `from` leads back to `to` by references still waiting. */
function reaches(from: string, to: string, waitsFor: (t: string) => string[], seen = new Set<string>()): boolean {
  for (const next of waitsFor(from)) {
    if (next === to) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    if (reaches(next, to, waitsFor, seen)) return true;
  }
  return false;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function copyFromLaptop(dataDir: string, address: TeamStoreAddress): Promise<TableCopy[]> {
  const sqlite = openLaptopData(dataDir);
  try {
    const { pool, settings } = await connectPool(address, { max: 1 });
    const db = postgresDb(pool);
    let copies: TableCopy[];
    try {
      copies = await db.transaction().execute((trx) => copyInto(trx as unknown as Transaction<unknown>, sqlite, settings.database));
    } catch (err) {
      await db.destroy();
      if (err instanceof TeamStoreError) throw err;
      throw new TeamStoreError('refused', `The copy stopped: ${(err as Error).message}. Nothing was copied: the team store is as it was.`, { cause: err });
    }
    try {
      // Millions of rows arrived in one transaction, before autovacuum has looked at them: without fresh
      // statistics the planner guesses, and the first searches read whole tables instead of their indexes.
      await db.transaction().execute(async (trx) => {
        await sql`set local role ${sql.id(OWNER_ROLE)}`.execute(trx);
        await sql`analyze ${sql.join(TEAM_TABLES.map((table) => sql.table(table)))}`.execute(trx);
      });
      return copies;
    } finally {
      await db.destroy();
    }
  } finally {
    sqlite.close();
  }
}

/**
 * A temporary table, dropped at the end of the transaction whatever happens, for the id and the
 * references of a table's rows that must wait until every row is in: the columns' own types,
 * without their constraints.
 */
async function stageFor(trx: Transaction<unknown>, table: string, cols: readonly string[], deferred: readonly string[]): Promise<string> {
  if (!cols.includes('id')) throw new Error(`the table ${table} has references that must wait but no id column`);
  const stage = `copy_from_later_${table}`;
  await sql`create temporary table ${sql.table(stage)} on commit drop as select ${sql.join(['id', ...deferred].map((c) => sql.id(c)))} from ${sql.table(table)} with no data`.execute(trx);
  return stage;
}

async function copyInto(trx: Transaction<unknown>, sqlite: SqliteDatabase, database: string): Promise<TableCopy[]> {
  const version = await readTeamSchemaVersion(trx);
  if (version !== LATEST_SCHEMA_VERSION) {
    throw new TeamStoreError('refused', `The database ${database} is ${version === null ? 'not a Panelroom team store (run team-store init)' : `at data version ${version}, not ${LATEST_SCHEMA_VERSION} (run team-store migrate)`}. Nothing has been changed.`);
  }
  await sql`set local role ${sql.id(OWNER_ROLE)}`.execute(trx);

  // The tables copied and counted are the laptop's: a table only a team store has (applied_requests, the saves applied from laptops' outboxes) is never on a laptop, so it is left empty and not compared.
  const laptopTables = (sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like 'minutes\\_search%' escape '\\' order by name`).all() as { name: string }[]).map((r) => r.name);
  const columnsRows = await sql<{ table: string; column: string }>`select table_name as "table", column_name as "column" from information_schema.columns
    where table_schema = ${TEAM_SCHEMA} and is_generated = 'NEVER' order by table_name, column_name`.execute(trx);
  const serverColumns = new Map<string, string[]>();
  for (const r of columnsRows.rows) serverColumns.set(r.table, [...(serverColumns.get(r.table) ?? []), r.column]);

  const columns = new Map<string, string[]>();
  for (const table of laptopTables) {
    const laptop = (sqlite.prepare(`select name from pragma_table_info(?) order by name`).all(table) as { name: string }[]).map((r) => r.name);
    const server = serverColumns.get(table);
    if (!server) throw new TeamStoreError('refused', `The laptop’s data has a table the team store does not (${table}). Nothing has been changed.`);
    if (server.join(',') !== [...laptop].sort().join(',')) throw new TeamStoreError('refused', `The table ${table} has different columns on the laptop and in the team store. Nothing has been changed.`);
    columns.set(table, [...laptop].sort());
  }

  // Empty: nothing but what setting up wrote (the built-in meeting types and the version record).
  for (const table of serverColumns.keys()) {
    if (table === 'meeting_types' || table === 'schema_version') continue;
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(trx);
    if (rows[0]!.n > 0) throw new TeamStoreError('refused', `The team store already holds data (${table} has ${rows[0]!.n} rows): copy-from fills an empty team store only. Nothing has been changed.`);
  }

  const keyRows = await sql<{ table: string; columns: string[]; references: string }>`select c.conrelid::regclass::text as "table", c.confrelid::regclass::text as "references",
      array(select a.attname::text from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace where c.contype = 'f' and n.nspname = ${TEAM_SCHEMA}`.execute(trx);
  const strip = (name: string) => name.replace(new RegExp(`^${TEAM_SCHEMA}\\.`), '').replace(/"/g, '');
  const keys = keyRows.rows.map((k) => ({ table: strip(k.table), columns: k.columns, references: strip(k.references) }));
  const nullableRows = await sql<{ table: string; column: string }>`select table_name as "table", column_name as "column" from information_schema.columns where table_schema = ${TEAM_SCHEMA} and is_nullable = 'YES'`.execute(trx);
  const nullable = new Set(nullableRows.rows.map((r) => `${r.table}.${r.column}`));
  const { order, later } = fillOrder(laptopTables, keys, (t, c) => nullable.has(`${t}.${c}`));

  // Copied rows keep their own history: the triggers that write on the app's behalf (audit actor, legal status history, approval guard) wait until the copy is in.
  for (const table of laptopTables) await sql`alter table ${sql.table(table)} disable trigger user`.execute(trx);
  await sql`delete from meeting_types`.execute(trx);

  const laptopSums = new Map<string, Checksum>();
  const staged: { table: string; stage: string; deferred: string[]; rows: number }[] = [];
  for (const table of order) {
    const cols = columns.get(table)!;
    const deferred = cols.filter((c) => later.get(table)?.has(c));
    const waits = cols.map((c) => deferred.includes(c));
    const sum = new Checksum();
    const batchSize = Math.max(1, Math.min(1000, Math.floor(30_000 / cols.length)));
    let batch: unknown[][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const values = sql.join(batch.map((row) => sql`(${sql.join(row.map((v, i) => (waits[i] ? null : v)))})`));
      await sql`insert into ${sql.table(table)} (${sql.join(cols.map((c) => sql.id(c)))}) values ${values}`.execute(trx);
      batch = [];
    };
    // A reference that must wait goes in as null; its value goes to a staging table, filled in by one UPDATE once every row is in.
    const stage = deferred.length ? await stageFor(trx, table, cols, deferred) : null;
    const stageColumns = ['id', ...deferred];
    const stageIndexes = stageColumns.map((c) => cols.indexOf(c));
    const stageSize = Math.floor(30_000 / stageColumns.length);
    let stageBatch: unknown[][] = [];
    let stagedRows = 0;
    const flushStage = async () => {
      if (!stage || stageBatch.length === 0) return;
      const values = sql.join(stageBatch.map((row) => sql`(${sql.join(row)})`));
      await sql`insert into ${sql.table(stage)} (${sql.join(stageColumns.map((c) => sql.id(c)))}) values ${values}`.execute(trx);
      stagedRows += stageBatch.length;
      stageBatch = [];
    };
    const statement = sqlite.prepare(`select ${cols.map(quote).join(', ')} from ${quote(table)}`).raw(true);
    for (const row of statement.iterate() as Iterable<unknown[]>) {
      sum.add(row);
      batch.push(row);
      if (stage && row.some((v, i) => waits[i] && v !== null)) stageBatch.push(stageIndexes.map((i) => row[i]));
      if (batch.length >= batchSize) await flush();
      if (stageBatch.length >= stageSize) await flushStage();
    }
    await flush();
    await flushStage();
    if (stage) staged.push({ table, stage, deferred, rows: stagedRows });
    laptopSums.set(table, sum);
  }
  // Every row is in: the references that had to wait are filled in, one UPDATE a table.
  for (const { table, stage, deferred, rows } of staged) {
    if (rows === 0) continue;
    const sets = deferred.map((c) => sql`${sql.id(c)} = s.${sql.id(c)}`);
    const result = await sql`update ${sql.table(table)} as t set ${sql.join(sets)} from ${sql.table(stage)} as s where t.id = s.id`.execute(trx);
    if (Number(result.numAffectedRows ?? 0) !== rows) throw new Error(`the references of ${table} that had to wait were filled in on ${result.numAffectedRows ?? 0} rows, not ${rows}`);
  }
  for (const { stage } of staged) await sql`drop table ${sql.table(stage)}`.execute(trx);

  // Each identity sequence moves past the ids copied, so the next row made in the team store takes a new one.
  const identities = await sql<{ table: string; column: string }>`select table_name as "table", column_name as "column" from information_schema.columns where table_schema = ${TEAM_SCHEMA} and is_identity = 'YES'`.execute(trx);
  for (const { table, column } of identities.rows) {
    await sql`select setval(pg_get_serial_sequence(${`${TEAM_SCHEMA}.${table}`}, ${column}), coalesce((select max(${sql.id(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(trx);
  }

  const copies: TableCopy[] = [];
  for (const table of laptopTables) {
    const cols = columns.get(table)!;
    const server = new Checksum();
    await sql`declare copy_check no scroll cursor for select ${sql.join(cols.map((c) => sql.id(c)))} from ${sql.table(table)}`.execute(trx);
    for (;;) {
      const { rows } = await sql<Record<string, unknown>>`fetch forward 5000 from copy_check`.execute(trx);
      for (const row of rows) server.add(cols.map((c) => row[c]));
      if (rows.length < 5000) break;
    }
    await sql`close copy_check`.execute(trx);
    const laptop = laptopSums.get(table)!;
    if (laptop.rows !== server.rows || laptop.hex() !== server.hex()) {
      throw new TeamStoreError('refused', `The copy of ${table} does not match the laptop’s (${laptop.rows} rows there, ${server.rows} here, or the same count with different contents). Nothing was copied: the team store is as it was.`);
    }
    copies.push({ table, rows: server.rows, checksum: server.hex() });
  }

  for (const table of laptopTables) await sql`alter table ${sql.table(table)} enable trigger user`.execute(trx);
  const now = new Date().toISOString();
  const total = copies.reduce((n, c) => n + c.rows, 0);
  await sql`insert into audit_log (at, actor, action, entity, entity_id, summary, details) values (${now}, '', 'create', 'team_store', ${null},
    ${`Copied a laptop’s data into the team store: ${total} rows in ${copies.length} tables, counts and checksums equal`}, ${JSON.stringify(copies)})`.execute(trx);
  return copies;
}
