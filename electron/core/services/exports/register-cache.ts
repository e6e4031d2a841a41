import { sql } from 'kysely';
import type { Db } from '../../db/db-type';
import { RegisterNames } from '../../export/mentions/register-names';
import { ChildNameIndex, type NamedChild } from '../../export/minutes/redact';

/** The register's names indexed for the redaction and the search for possible mentions, and what they were built from. */
export interface RegisterIndexes {
  names: ChildNameIndex;
  register: RegisterNames;
}

interface Cached extends RegisterIndexes {
  fingerprint: string;
}

/** By store: a restored backup is another store, with indexes of its own. */
const cache = new WeakMap<object, Cached>();

/**
 * The indexes of every child's names and references, built again only when the register has
 * changed (a child added, renamed or given a new reference changes its row's `updated_at`).
 * Building them for 10,000 children, and the near-misses worked out on the way, is most of the
 * cost of opening a meeting's filing checklist; the fingerprint is one indexed scan.
 */
export async function registerIndexes(db: Db): Promise<RegisterIndexes> {
  const row = await sql<{ n: number; ids: number; changed: string | null }>`select count(*) as n, coalesce(sum(id), 0) as ids, max(updated_at) as changed from children`.execute(db);
  const f = row.rows[0]!;
  const fingerprint = `${f.n}/${f.ids}/${f.changed ?? ''}`;
  const hit = cache.get(db);
  if (hit?.fingerprint === fingerprint) return hit;
  const children: NamedChild[] = await db.selectFrom('children').select(['id', 'case_ref as caseRef', 'first_name as firstName', 'last_name as lastName']).execute();
  const built = { fingerprint, names: new ChildNameIndex(children), register: new RegisterNames(children) };
  cache.set(db, built);
  return built;
}
