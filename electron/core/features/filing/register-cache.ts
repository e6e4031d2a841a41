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
 * The indexes of every child's names and references, built again only when a name or a
 * reference in the register has changed. Building them for 10,000 children, and the
 * near-misses worked out on the way, was most of the cost of opening a meeting's filing
 * checklist; reading the names and references themselves, to compare, is a few milliseconds,
 * and exact (a timestamp could miss two changes in the same millisecond).
 */
export async function registerIndexes(db: Db): Promise<RegisterIndexes> {
  const row = await sql<{ names: string | null }>`select group_concat(id || char(31) || case_ref || char(31) || first_name || char(31) || last_name, char(30)) as names from children`.execute(db);
  const fingerprint = row.rows[0]?.names ?? '';
  const hit = cache.get(db);
  if (hit?.fingerprint === fingerprint) return hit;
  const children: NamedChild[] = await db.selectFrom('children').select(['id', 'case_ref as caseRef', 'first_name as firstName', 'last_name as lastName']).execute();
  const built = { fingerprint, names: new ChildNameIndex(children), register: new RegisterNames(children) };
  cache.set(db, built);
  return built;
}
