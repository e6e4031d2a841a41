import { sql } from 'kysely';
import type { ParsedInput } from '../../../../shared/contract';
import type { Db } from '../../db/db-type';
import { containsPattern } from '../../db/contains';
import { likeIgnoringCase } from '../../data/dialect';

/** Which entries of the log are asked for: of one kind of record, and containing some text. */
export type AuditFilter = Pick<ParsedInput<'audit.list'>, 'entity' | 'search'>;

function filtered(db: Db, q: AuditFilter) {
  let query = db.selectFrom('audit_log');
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.search) {
    const like = containsPattern(q.search);
    query = query.where((eb) => eb.or([eb(sql`summary`, likeIgnoringCase(db), like), eb(sql`actor`, likeIgnoringCase(db), like), eb(sql`login`, likeIgnoringCase(db), like)]));
  }
  return query;
}

export async function countAuditEntries(db: Db, q: AuditFilter): Promise<number> {
  const total = await filtered(db, q).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(total.n);
}

/** A page of matching entries, newest first. */
export function pageOfAuditEntries(db: Db, q: AuditFilter, page: { limit: number; offset: number }) {
  return filtered(db, q)
    .select(['id', 'at', 'actor', 'login', 'action', 'entity', 'entity_id', 'summary', 'details'])
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Every matching entry, oldest first. */
export function allAuditEntries(db: Db, q: AuditFilter) {
  return filtered(db, q).select(['at', 'actor', 'login', 'action', 'entity', 'entity_id', 'summary', 'details']).orderBy('id').execute();
}
