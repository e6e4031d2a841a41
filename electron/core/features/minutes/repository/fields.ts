import { sql, type Insertable } from 'kysely';
import type { Rag } from '../../../../../shared/domain/vocabulary';
import type { MinuteField } from '../../../../../shared/minutes/fields';
import type { Db } from '../../../db/db-type';
import type { Database } from '../../../db/schema';
import { engineOf } from '../../../data/dialect';
import { PREPARED } from '../../../db/prepared';
import { itemContextSelect, type ItemContextRead } from './items';
import { itemContextSelectSqlite } from './item-context-sqlite';

/** One field of one item as stored, if it was ever saved. */
export function findMinuteField(db: Db, itemId: number, field: MinuteField) {
  return db.selectFrom('minute_fields').select(['id', 'value', 'version']).where('item_id', '=', itemId).where('field', '=', field).executeTakeFirst();
}

export async function updateMinuteField(db: Db, id: number, values: { value: string; search_text: string; updated_at: string }): Promise<void> {
  await db.updateTable('minute_fields').set(values).where('id', '=', id).execute();
}

export async function insertMinuteField(db: Db, values: Insertable<Database['minute_fields']>): Promise<void> {
  await db.insertInto('minute_fields').values(values).execute();
}

/**
 * One field's new value, written unless the field already holds it: what it held before (null
 * when it was never saved), or 'unchanged' when nothing was written. The laptop's file is read,
 * then written; a team store reads the stored value and replaces it in one statement (one round
 * trip: the update sees the row as it was, and writes only when the value differs).
 */
export async function writeMinuteField(db: Db, values: { item_id: number; field: MinuteField; value: string; search_text: string; updated_at: string }): Promise<{ from: string | null } | 'unchanged'> {
  if (engineOf(db) === 'postgres') {
    const { rows } = await sql<{ value: string }>`
      with old as (select id, value from minute_fields where item_id = ${values.item_id} and field = ${values.field}),
      changed as (
        update minute_fields f set value = ${values.value}, search_text = ${values.search_text}, updated_at = ${values.updated_at}
        from old where f.id = old.id and old.value is distinct from ${values.value}::text
        returning f.id)
      select old.value from old`.execute(db);
    const existing = rows[0];
    if (existing) return existing.value === values.value ? 'unchanged' : { from: existing.value };
  } else {
    const existing = await findMinuteField(db, values.item_id, values.field);
    if (existing?.value === values.value) return 'unchanged';
    if (existing) {
      await updateMinuteField(db, existing.id, { value: values.value, search_text: values.search_text, updated_at: values.updated_at });
      return { from: existing.value };
    }
  }
  await insertMinuteField(db, values);
  return { from: null };
}

/** What `claimAndWriteMinuteField` found and did. */
export type ClaimedMinuteField =
  /** The field already held the value: nothing written, its version as it stands. */
  | { written: false; version: number; from: string }
  /** Written (or added) at this new version; `from` what it held before (null: never saved). */
  | { written: true; version: number; from: string | null }
  /** Not written: the row's version moved on from the one given (or the row is not there, with a version given). */
  | { lost: { version: number } | undefined; from: string | null };

/**
 * PostgreSQL only: one field's new value written in one statement (one round trip) with its
 * version claimed, as the write path's `claimVersion` would claim it: the stored row read, the
 * update made only where the value differs and the version is the one the edit was based on (any,
 * for `version` null), or the row added where there is none and the edit knew it (version 0 or
 * null). A row added meanwhile by someone else is left as theirs (the claim is lost).
 */
export async function claimAndWriteMinuteField(
  db: Db,
  values: { item_id: number; field: MinuteField; value: string; search_text: string; updated_at: string },
  version: number | null,
): Promise<ClaimedMinuteField> {
  const { rows } = await sql<{ found: boolean; value: string | null; was: number | null; claimed: number | null; added: number | null }>`${PREPARED}
    with old as (select id, value, version from minute_fields where item_id = ${values.item_id} and field = ${values.field}),
    claimed as (
      update minute_fields f set value = ${values.value}, search_text = ${values.search_text}, updated_at = ${values.updated_at}, version = f.version + 1
      from old where f.id = old.id and old.value is distinct from ${values.value}::text and (${version}::integer is null or f.version = ${version}::integer)
      returning f.version),
    added as (
      insert into minute_fields (item_id, field, value, search_text, updated_at)
      select ${values.item_id}::integer, ${values.field}::text, ${values.value}::text, ${values.search_text}::text, ${values.updated_at}::text
      where not exists (select 1 from old) and coalesce(${version}::integer, 0) = 0
      on conflict (item_id, field) do nothing
      returning version)
    select old.id is not null as found, old.value, old.version as was, (select version from claimed) as claimed, (select version from added) as added
    from (select 1) as one left join old on true`.execute(db);
  const r = rows[0]!;
  if (r.found && r.value === values.value) return { written: false, version: r.was!, from: r.value };
  if (r.claimed !== null) return { written: true, version: r.claimed, from: r.value };
  if (r.added !== null) return { written: true, version: r.added, from: null };
  return { lost: r.found ? { version: r.was! } : undefined, from: r.found ? r.value : null };
}

/** The plan fields (permanence options, legal order sought) of a meeting's items or of one item, as stored. */
export function planFieldsOf(db: Db, of: { meetingId: number } | { itemId: number }) {
  return db
    .selectFrom('minute_fields as f')
    .innerJoin('agenda_items as i', 'i.id', 'f.item_id')
    .select(['f.item_id', 'f.field', 'f.value'])
    .$if('meetingId' in of, (q) => q.where('i.meeting_id', '=', (of as { meetingId: number }).meetingId))
    .$if('itemId' in of, (q) => q.where('i.id', '=', (of as { itemId: number }).itemId))
    .where('f.field', 'in', ['permanenceOptions', 'legalOrderSought'])
    .execute();
}

/**
 * A child's rating and reason at an item, written over what `existing` says is stored (null:
 * never given) unless they are already so: what they were before, or 'unchanged' when nothing
 * was written. For the laptop's file, where the save read the stored rating with its checks; a
 * team store reads and writes in one statement (`readItemAndWriteRating`).
 */
export async function writeRatingOver(
  db: Db,
  values: { item_id: number; child_id: number; rating: Rag | null; reason: string; updated_at: string },
  existing: { rating: Rag | null; reason: string } | null,
): Promise<{ from: { rating: Rag | null; reason: string } | null } | 'unchanged'> {
  if (existing && existing.rating === values.rating && existing.reason === values.reason) return 'unchanged';
  await saveRating(db, values);
  return { from: existing ? { rating: existing.rating, reason: existing.reason } : null };
}

/**
 * SQLite only: what a rating's autosave checks (the item, its meeting, type, children and pen, as
 * `itemContextInOneRead` reads them) and the child's rating as stored (null: never given), in one
 * statement; `context` undefined where there is no such item. The write follows the checks
 * (`writeRatingOver`): the file has no statement that both writes and answers the row as it was.
 */
export async function readItemAndRating(db: Db, itemId: number, childId: number): Promise<{ context: ItemContextRead | undefined; stored: { rating: Rag | null; reason: string } | null }> {
  const { rows } = await itemContextSelectSqlite(itemId, childId).execute(db);
  if (!rows[0]) return { context: undefined, stored: null };
  const { rating, ...context } = JSON.parse(rows[0].context) as ItemContextRead & { rating: { rating: Rag | null; reason: string } | null };
  return { context, stored: rating };
}

/**
 * PostgreSQL only: a rating's autosave in one statement (one round trip) with everything its checks
 * read: the item, its meeting, type, children and pen (as `itemContextInOneRead` reads them) and the
 * rating written as `writeRatingOver` writes it, where the child is one of the item's (anything else
 * would break a foreign key rather than be refused in words). The checks are made on what this
 * answers, after the write: a refusal throws, and the write is undone with the transaction.
 * `context` is undefined where there is no such item (nothing written).
 */
export async function readItemAndWriteRating(
  db: Db,
  values: { item_id: number; child_id: number; rating: Rag | null; reason: string; updated_at: string },
): Promise<{ context: ItemContextRead | undefined; written: { from: { rating: Rag | null; reason: string } | null } | 'unchanged' }> {
  const { rows } = await sql<{ context: ItemContextRead | null; old: { rating: Rag | null; reason: string } | null }>`${PREPARED}
    with old as (select rating, reason from item_ratings where item_id = ${values.item_id} and child_id = ${values.child_id}),
    saved as (
      insert into item_ratings (item_id, child_id, rating, reason, updated_at)
      select ${values.item_id}::integer, ${values.child_id}::integer, ${values.rating}::text, ${values.reason}::text, ${values.updated_at}::text
      where exists (select 1 from agenda_item_children where item_id = ${values.item_id} and child_id = ${values.child_id})
        and not exists (select 1 from old where old.rating is not distinct from ${values.rating}::text and old.reason = ${values.reason}::text)
      on conflict (item_id, child_id) do update set rating = excluded.rating, reason = excluded.reason, updated_at = excluded.updated_at
      returning 1)
    select (select row_to_json(context) from (${itemContextSelect(values.item_id)}) as context) as context,
      (select row_to_json(old) from old) as old`.execute(db);
  const r = rows[0]!;
  const existing = r.old;
  const same = existing !== null && existing.rating === values.rating && existing.reason === values.reason;
  return { context: r.context ?? undefined, written: same ? 'unchanged' : { from: existing } };
}

/** Records (or replaces) a child's rating at an item. */
export async function saveRating(db: Db, values: { item_id: number; child_id: number; rating: Rag | null; reason: string; updated_at: string }): Promise<void> {
  await db
    .insertInto('item_ratings')
    .values(values)
    .onConflict((oc) => oc.columns(['item_id', 'child_id']).doUpdateSet({ rating: values.rating, reason: values.reason, updated_at: values.updated_at }))
    .execute();
}
