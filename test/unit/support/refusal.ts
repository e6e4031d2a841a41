import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { ProcedureName } from '../../../shared/contract';
import type { ErrorCode } from '../../../shared/errors';
import { TEST_ENGINE, type TestCore } from './core';

type Sqlite = TestCore['store']['sqlite'];
const scansOf = new WeakMap<Sqlite, { table: string; rows: () => unknown[] }[]>();

/**
 * The tracker's cache: worked out again by whichever call reads a child whose row is stale, so a
 * refused call that reads may bring it up to date. It holds nothing of record, so it is left out.
 */
const DERIVED_TABLES = new Set(['child_tracking']);

/** One prepared whole-table read per table, kept per database: the fuzz tests take thousands of fingerprints. */
function tableScans(db: Sqlite) {
  let scans = scansOf.get(db);
  if (!scans) {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    scans = tables.filter((table) => !DERIVED_TABLES.has(table)).map((table) => {
      const statement = db.prepare(`select * from "${table}"`).raw();
      return { table, rows: () => statement.all() };
    });
    scansOf.set(db, scans);
  }
  return scans;
}

/**
 * A fingerprint of everything the database records: every row of every table but the tracker's cache. Two equal
 * fingerprints mean a call changed nothing, even one that wrote and rolled back. (A whole
 * scan returns rows in the table's own key order, so equal contents give equal text.)
 */
export function databaseDigest(core: TestCore): string {
  if (TEST_ENGINE === 'postgres') return teamStoreDigest(core.store.sqlite);
  const hash = createHash('sha256');
  for (const { table, rows } of tableScans(core.store.sqlite)) {
    hash.update(`\n#${table}\n${JSON.stringify(rows(), (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`);
  }
  return hash.digest('hex');
}

const digestOf = new WeakMap<Sqlite, { get(): unknown }>();

/** The same fingerprint on a team store, in one statement: each table's rows as text, in text order (a heap has no key order). */
function teamStoreDigest(db: Sqlite): string {
  let statement = digestOf.get(db);
  if (!statement) {
    const tables = (db.prepare("select table_name from information_schema.tables where table_schema = 'panelroom' and table_type = 'BASE TABLE' order by 1").pluck().all() as string[]).filter((t) => !DERIVED_TABLES.has(t));
    const parts = tables.map((t) => `select '${t}' as t, (select coalesce(string_agg(r::text, E'\\n' order by r::text), '') from "${t}" r) as x`);
    statement = db.prepare(`select md5(string_agg(t || E'\\n' || x, E'\\n' order by t)) as digest from (${parts.join(' union all ')}) s`).pluck();
    digestOf.set(db, statement);
  }
  return statement.get() as string;
}

/** What a refusal says: a whole sentence a person can act on, with no trace of the code behind it. */
export function expectSentence(message: string): void {
  expect(message).toMatch(/^[A-Z“‘"(0-9].{8,}[.?!)”]$/s);
  expect(message).not.toMatch(/\bat \w+ \(|TypeError|undefined|null\b|\[object|zod|NaN/i);
}

/**
 * Calls `name` through the router and expects it refused with `code` (or one of them), a sentence matching
 * `message`, and the database exactly as it was. Returns the error for further checks.
 */
export async function expectRefused(core: TestCore, name: ProcedureName, input: unknown, code: ErrorCode | ErrorCode[], message: RegExp) {
  const before = databaseDigest(core);
  const result = await core.router.call(name, input);
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(input)}`);
  expect([code].flat(), `${name} ${JSON.stringify(input)}: ${JSON.stringify(result.error)}`).toContain(result.error.code);
  expect(result.error.message).toMatch(message);
  expectSentence(result.error.message);
  expect(databaseDigest(core), `${name} refused but changed the database`).toBe(before);
  return result.error;
}
