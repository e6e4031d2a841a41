import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { ProcedureName } from '../../../shared/contract';
import type { ErrorCode } from '../../../shared/errors';
import type { TestCore } from './core';

/**
 * A fingerprint of everything the database holds: every row of every table.
 * Two equal fingerprints mean a call changed nothing, even one that wrote and rolled back.
 */
export function databaseDigest(core: TestCore): string {
  const db = core.store.sqlite;
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    // Rows sorted as text: some tables have no rowid, and the order of rows is not part of what is held.
    const rows = (db.prepare(`select * from "${table}"`).raw().all() as unknown[]).map((row) => JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
    hash.update(`\n#${table}\n${rows.sort().join('\n')}`);
  }
  return hash.digest('hex');
}

/** What a refusal says: a whole sentence a person can act on, with no trace of the code behind it. */
export function expectSentence(message: string): void {
  expect(message).toMatch(/^[A-Z“‘"(0-9].{8,}[.?!)”]$/s);
  expect(message).not.toMatch(/\bat \w+ \(|TypeError|undefined|null\b|\[object|zod|NaN/i);
}

/**
 * Calls `name` through the router and expects it refused with `code`, a sentence matching
 * `message`, and the database exactly as it was. Returns the error for further checks.
 */
export async function expectRefused(core: TestCore, name: ProcedureName, input: unknown, code: ErrorCode, message: RegExp) {
  const before = databaseDigest(core);
  const result = await core.router.call(name, input);
  expect(result, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code } });
  if (result.ok) throw new Error('unreachable');
  expect(result.error.message).toMatch(message);
  expectSentence(result.error.message);
  expect(databaseDigest(core), `${name} refused but changed the database`).toBe(before);
  return result.error;
}
