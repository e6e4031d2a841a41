import type { Db } from '../../db/db-type';
import { RegisterNames } from '../../export/mentions/register-names';
import { ChildNameIndex, type NamedChild } from '../../export/minutes/redact';
import { registerChildren, registerFingerprint } from './repository';

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
  const fingerprint = await registerFingerprint(db);
  const hit = cache.get(db);
  if (hit?.fingerprint === fingerprint) return hit;
  const children: NamedChild[] = await registerChildren(db);
  const built = { fingerprint, names: new ChildNameIndex(children), register: new RegisterNames(children) };
  cache.set(db, built);
  return built;
}
