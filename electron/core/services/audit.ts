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
      login: ctx.login ?? null,
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
/** An audit row keeps what a field said before and after, up to this many characters of each. */
const AUDIT_TEXT_MAX = 2000;

function clip(value: unknown): unknown {
  return typeof value === 'string' && value.length > AUDIT_TEXT_MAX ? `${value.slice(0, AUDIT_TEXT_MAX)}… (${value.length.toLocaleString('en-GB')} characters)` : value;
}

export interface EditEntry extends Omit<AuditEntry, 'action' | 'details'> {
  from: unknown;
  to: unknown;
}

/**
 * Records an edit, folding it into the newest audit row when that row is the same
 * person editing the same thing within the last few minutes: the log keeps who changed
 * what and when (the value before the spell of typing and after it) without a row per pause.
 */
export async function recordEditAudit(trx: Kysely<Database> | Transaction<Database>, ctx: ServiceContext, entry: EditEntry): Promise<void> {
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
    const spell = JSON.parse(last.details ?? '{}') as { from?: unknown; saves?: number; firstAt?: string };
    await trx
      .updateTable('audit_log')
      .set({ at, details: JSON.stringify({ from: spell.from ?? null, to: clip(entry.to), saves: (spell.saves ?? 1) + 1, firstAt: spell.firstAt ?? last.at }) })
      .where('id', '=', last.id)
      .execute();
    return;
  }
  await recordAudit(trx, ctx, { entity: entry.entity, entityId: entry.entityId, summary: entry.summary, action: 'update', details: { from: clip(entry.from), to: clip(entry.to), saves: 1, firstAt: at } });
}
