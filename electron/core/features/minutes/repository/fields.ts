import type { Insertable } from 'kysely';
import type { Rag } from '../../../../../shared/domain/vocabulary';
import type { MinuteField } from '../../../../../shared/minutes/fields';
import type { Db } from '../../../db/db-type';
import type { Database } from '../../../db/schema';
import { minuteValue } from '../../../data/tables/minute-fields';

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

/** Every field of some items, each value read back as the minutes hold it. */
export async function fieldsOfItems(db: Db, itemIds: readonly number[]) {
  const rows = await db.selectFrom('minute_fields').select(['item_id', 'field', 'value', 'version']).where('item_id', 'in', itemIds).execute();
  return rows.map((r) => ({ item_id: r.item_id, field: r.field, value: minuteValue.decode(r.field, r.value) as unknown, version: r.version }));
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

/** The ratings given at some items. */
export function ratingsOfItems(db: Db, itemIds: readonly number[]) {
  return db.selectFrom('item_ratings').select(['item_id', 'child_id', 'rating', 'reason']).where('item_id', 'in', itemIds).execute();
}

/** One child's rating at one item, if given. */
export function findRating(db: Db, itemId: number, childId: number) {
  return db.selectFrom('item_ratings').select(['rating', 'reason']).where('item_id', '=', itemId).where('child_id', '=', childId).executeTakeFirst();
}

/** Records (or replaces) a child's rating at an item. */
export async function saveRating(db: Db, values: { item_id: number; child_id: number; rating: Rag | null; reason: string; updated_at: string }): Promise<void> {
  await db
    .insertInto('item_ratings')
    .values(values)
    .onConflict((oc) => oc.columns(['item_id', 'child_id']).doUpdateSet({ rating: values.rating, reason: values.reason, updated_at: values.updated_at }))
    .execute();
}
