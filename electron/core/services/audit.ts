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

/** Typing saves come every pause; one audit row per spell of editing a field, not per keystroke. */
const EDIT_SPELL_MS = 10 * 60 * 1000;

/**
 * Records an edit, folding it into the newest audit row when that row is the same
 * person editing the same thing within the last few minutes: the log keeps who changed
 * what and when, without thousands of rows per meeting.
 */
export async function recordEditAudit(trx: Kysely<Database> | Transaction<Database>, ctx: ServiceContext, entry: Omit<AuditEntry, 'action'>): Promise<void> {
  const at = ctx.now().toISOString();
  const last = await trx.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (
    last &&
    last.action === 'update' &&
    last.actor === ctx.actor &&
    last.entity === entry.entity &&
    last.entity_id === entry.entityId &&
    last.summary === entry.summary &&
    Date.parse(at) - Date.parse(last.at) < EDIT_SPELL_MS
  ) {
    const saves = (JSON.parse(last.details ?? '{}') as { saves?: number }).saves ?? 1;
    await trx
      .updateTable('audit_log')
      .set({ at, details: JSON.stringify({ ...(entry.details as object | undefined), saves: saves + 1, firstAt: (JSON.parse(last.details ?? '{}') as { firstAt?: string }).firstAt ?? last.at }) })
      .where('id', '=', last.id)
      .execute();
    return;
  }
  await recordAudit(trx, ctx, { ...entry, action: 'update', details: { ...(entry.details as object | undefined), saves: 1, firstAt: at } });
}
