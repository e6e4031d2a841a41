import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/db-type';
import { PREPARED } from '../db/prepared';
import type { ServiceContext } from '../context';
import { engineOf } from './dialect';
import { decode, encode } from './table';
import { auditLog } from './tables/audit-log';

/** What one audit row says: who is the write's (or, for a person adding themselves, `actor`). */
export interface AuditEntry {
  action: 'create' | 'update' | 'archive' | 'restore' | 'export' | 'import' | 'delete';
  entity: string;
  entityId: number | null;
  summary: string;
  details?: unknown;
  /** Written as "who" instead of the person using the app (someone adding themselves, say). */
  actor?: string;
}

export interface EditEntry extends Omit<AuditEntry, 'action' | 'details'> {
  from: unknown;
  to: unknown;
}

/** Typing saves come every pause; one audit row per spell of editing a field, not per keystroke. */
const EDIT_SPELL_MS = 10 * 60 * 1000;
/** An audit row keeps what a field said before and after, up to this many characters of each. */
const AUDIT_TEXT_MAX = 2000;

function clip(value: unknown): unknown {
  return typeof value === 'string' && value.length > AUDIT_TEXT_MAX ? `${value.slice(0, AUDIT_TEXT_MAX)}… (${value.length.toLocaleString('en-GB')} characters)` : value;
}

function rowOf(ctx: ServiceContext, at: string, entry: AuditEntry) {
  return encode(auditLog, {
    at,
    actor: entry.actor ?? ctx.actor,
    login: ctx.login ?? null,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    summary: entry.summary,
    details: entry.details === undefined ? null : entry.details,
  });
}

/** Audit rows, in the write's transaction (only the write path calls these), many per statement; `at` when they were asked for. */
export async function recordAudit(db: Db, ctx: ServiceContext, entries: readonly AuditEntry[], at = ctx.now().toISOString()): Promise<void> {
  for (let i = 0; i < entries.length; i += 1000) {
    await db
      .insertInto('audit_log')
      .values(entries.slice(i, i + 1000).map((e) => rowOf(ctx, at, e)))
      .execute();
  }
}

/**
 * An audit row on a team store with the change notice in the same statement (`notice`, an
 * expression that announces the write's changes when selected): one round trip for both, as
 * `recordEditAuditAnnouncing` does for an edit. `at` is when the row was asked for, as
 * `recordAudit` would have written it then.
 */
export async function recordAuditAnnouncing(db: Db, ctx: ServiceContext, at: string, entry: AuditEntry, notice: RawBuilder<unknown>): Promise<void> {
  const row = rowOf(ctx, at, entry);
  // One row's text never changes with its values: prepared once per connection rather than planned on each write.
  await sql`${PREPARED} with entry as (
    insert into audit_log (at, actor, login, action, entity, entity_id, summary, details)
    values (${row.at}, ${row.actor}, ${row.login}, ${row.action}, ${row.entity}, ${row.entity_id}::integer, ${row.summary}, ${row.details}::text)
  ) select ${notice}`.execute(db);
}

/**
 * Records an edit, folding it into the newest audit row when that row is the same
 * person editing the same thing within the last few minutes: the log keeps who changed
 * what and when (the value before the spell of typing and after it) without a row per pause.
 */
export async function recordEditAudit(db: Db, ctx: ServiceContext, entry: EditEntry): Promise<void> {
  const at = ctx.now().toISOString();
  if (engineOf(db) === 'postgres' && entry.to !== undefined) return recordEditAuditInOneStatement(db, ctx, entry, at);
  const stored = await db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  const last = stored && decode(auditLog, stored);
  const actor = entry.actor ?? ctx.actor;
  if (
    last &&
    last.action === 'update' &&
    last.actor === actor &&
    last.entity === entry.entity &&
    last.entity_id === entry.entityId &&
    last.summary === entry.summary &&
    Date.parse(at) - Date.parse(last.at) < EDIT_SPELL_MS
  ) {
    const spell = (typeof last.details === 'object' && last.details !== null ? last.details : {}) as { from?: unknown; saves?: unknown; firstAt?: unknown };
    const saves = typeof spell.saves === 'number' ? spell.saves : 1;
    const firstAt = typeof spell.firstAt === 'string' ? spell.firstAt : last.at;
    const details = { from: spell.from ?? null, to: clip(entry.to), saves: saves + 1, firstAt };
    // A team store's audit log is append-only for every login: the spell goes on in a new row that carries it all.
    if (engineOf(db) === 'postgres') {
      await recordAudit(db, ctx, [{ entity: entry.entity, entityId: entry.entityId, summary: entry.summary, action: 'update', actor: entry.actor, details }]);
      return;
    }
    await db
      .updateTable('audit_log')
      .set(encode(auditLog, { at, details }))
      .where('id', '=', last.id)
      .execute();
    return;
  }
  await recordAudit(db, ctx, [{ entity: entry.entity, entityId: entry.entityId, summary: entry.summary, action: 'update', actor: entry.actor, details: { from: clip(entry.from), to: clip(entry.to), saves: 1, firstAt: at } }]);
}

/**
 * `recordEditAudit` on a team store, whose audit log is append-only: the newest row read and the new
 * row inserted in one statement (one round trip, not two). The new row carries the spell on (the
 * value before it, the saves counted, when it began) when the newest row is the same person editing
 * the same thing within the spell, as the other branch decides; else it starts one. The details are
 * the same JSON text either way: the spell's "from" and "firstAt" are copied from the newest row's
 * JSON as written (json, not jsonb, keeps the text as it was), the rest written here.
 */
async function recordEditAuditInOneStatement(db: Db, ctx: ServiceContext, entry: EditEntry, at: string): Promise<void> {
  await editAuditInsert(ctx, entry, at).execute(db);
}

/**
 * `recordEditAudit` on a team store with the change notice in the same statement (`notice`, an
 * expression that announces the write's changes when selected): one round trip for both. Only for
 * an edit with its value after (`to`), as the one-statement form above.
 */
export async function recordEditAuditAnnouncing(db: Db, ctx: ServiceContext, entry: EditEntry, notice: RawBuilder<unknown>): Promise<void> {
  // Every autosave on a team store ends with this statement: prepared once per connection rather than planned on each save.
  await sql`${PREPARED} with edit as (${editAuditInsert(ctx, entry, ctx.now().toISOString())}) select ${notice}`.execute(db);
}

function editAuditInsert(ctx: ServiceContext, entry: EditEntry, at: string): RawBuilder<unknown> {
  const row = rowOf(ctx, at, { entity: entry.entity, entityId: entry.entityId, summary: entry.summary, action: 'update', actor: entry.actor, details: { from: clip(entry.from), to: clip(entry.to), saves: 1, firstAt: at } });
  const to = JSON.stringify(clip(entry.to));
  const d = sql`l.details::json`;
  return sql`
    insert into audit_log (at, actor, login, action, entity, entity_id, summary, details)
    select ${row.at}, ${row.actor}, ${row.login}, ${row.action}, ${row.entity}, ${row.entity_id}::integer, ${row.summary},
      case
        when l.action = 'update' and l.actor = ${row.actor} and l.entity = ${row.entity} and l.entity_id is not distinct from ${row.entity_id}::integer
          and l.summary = ${row.summary} and ${at}::timestamptz - l.at::timestamptz < ${`${EDIT_SPELL_MS} milliseconds`}::interval
        then '{"from":' || coalesce((${d} -> 'from')::text, 'null') || ',"to":' || ${to}::text
          || ',"saves":' || ((case when json_typeof(${d} -> 'saves') = 'number' then (${d} ->> 'saves')::numeric else 1 end) + 1)::text
          || ',"firstAt":' || (case when json_typeof(${d} -> 'firstAt') = 'string' then (${d} -> 'firstAt')::text else to_json(l.at)::text end) || '}'
        else ${row.details}::text
      end
    from (select 1) as one
    left join lateral (select action, actor, entity, entity_id, summary, at, details from audit_log order by id desc limit 1) as l on true`;
}

/** Lists what changed between two plain objects, for the audit details. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (before[key] !== after[key]) out[key] = { from: before[key], to: after[key] };
  }
  return out;
}
