import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { ServiceContext } from '../context';

export interface AuditEntry {
  action: 'create' | 'update' | 'archive' | 'restore' | 'export' | 'import' | 'delete';
  entity: string;
  entityId: number | null;
  summary: string;
  details?: unknown;
}

/** Written in the same transaction as the change it describes, so the log never disagrees with the data. */
export async function recordAudit(trx: Kysely<Database> | Transaction<Database>, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: ctx.now().toISOString(),
      actor: ctx.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      summary: entry.summary,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    })
    .execute();
}

/** Lists what changed between two plain objects, for the audit details. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (before[key] !== after[key]) out[key] = { from: before[key], to: after[key] };
  }
  return out;
}
