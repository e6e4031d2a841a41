import { type MOVES_VERSION, versionMovedOn } from '../../data/row-version';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/db-type';
import type { Database } from '../../db/schema';

type NewAgendaItem = Insertable<Database['agenda_items']>;
type AgendaItemChange = Updateable<Database['agenda_items']>;

/** The position of the last item on a meeting's agenda (0 when it has none). */
export async function lastItemPosition(db: Db, meetingId: number): Promise<number> {
  const last = await db.selectFrom('agenda_items').select((eb) => eb.fn.max('position').as('p')).where('meeting_id', '=', meetingId).executeTakeFirst();
  return Number(last?.p ?? 0);
}

export async function insertAgendaItem(db: Db, values: NewAgendaItem): Promise<number> {
  const row = await db.insertInto('agenda_items').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Several items at once (one statement): each new item's id with the position it was given. */
export function insertAgendaItems(db: Db, values: readonly NewAgendaItem[]): Promise<{ id: number; position: number | null }[]> {
  return db.insertInto('agenda_items').values([...values]).returning(['id', 'position']).execute();
}

/** Puts children on several items at once (one statement), each item's in the order given. */
export async function placeChildrenOnItems(db: Db, meetingId: number, items: readonly { itemId: number; childIds: readonly number[] }[]): Promise<void> {
  const rows = items.flatMap((item) => item.childIds.map((childId, i) => ({ item_id: item.itemId, meeting_id: meetingId, child_id: childId, position: i + 1 })));
  if (rows.length > 0) await db.insertInto('agenda_item_children').values(rows).execute();
}

/** Puts children on an item, in the order given. */
export async function placeChildrenOnItem(db: Db, itemId: number, meetingId: number, childIds: readonly number[]): Promise<void> {
  await db
    .insertInto('agenda_item_children')
    .values(childIds.map((childId, i) => ({ item_id: itemId, meeting_id: meetingId, child_id: childId, position: i + 1 })))
    .execute();
}

/** A meeting's item ids in agenda order. */
export async function itemIdsInOrder(db: Db, meetingId: number): Promise<number[]> {
  return (await db.selectFrom('agenda_items').select('id').where('meeting_id', '=', meetingId).orderBy('position').orderBy('id').execute()).map((r) => r.id);
}

export async function setItemPosition(db: Db, itemId: number, position: number): Promise<void> {
  await db.updateTable('agenda_items').set({ position }).where('id', '=', itemId).execute();
}

/** Whether minutes, a rating, an action or an action review is already written against any of these items. */
export async function anythingRecordedAgainst(db: Db, itemIds: readonly number[]): Promise<boolean> {
  const [field, rating, action, review] = await Promise.all([
    db.selectFrom('minute_fields').select('id').where('item_id', 'in', itemIds).where('value', '!=', '').limit(1).executeTakeFirst(),
    db.selectFrom('item_ratings').select('item_id').where('item_id', 'in', itemIds).limit(1).executeTakeFirst(),
    db.selectFrom('actions').select('id').where('item_id', 'in', itemIds).limit(1).executeTakeFirst(),
    db.selectFrom('action_reviews').select('id').where('item_id', 'in', itemIds).limit(1).executeTakeFirst(),
  ]);
  return Boolean(field || rating || action || review);
}

export function findAgendaItem(db: Db, itemId: number) {
  return db.selectFrom('agenda_items').selectAll().where('id', '=', itemId).executeTakeFirst();
}

/** The meeting type of a meeting that exists (its type always does). */
export function meetingTypeOf(db: Db, typeId: number) {
  return db.selectFrom('meeting_types').selectAll().where('id', '=', typeId).executeTakeFirstOrThrow();
}

/** The case references of an item's children, in their order on the item. */
export async function caseRefsOnItem(db: Db, itemId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('agenda_item_children as ic')
    .innerJoin('children as c', 'c.id', 'ic.child_id')
    .select('c.case_ref')
    .where('ic.item_id', '=', itemId)
    .orderBy('ic.position')
    .execute();
  return rows.map((r) => r.case_ref);
}

/** The item a child is on at a meeting, if they are on its agenda. */
export function itemOfChildAt(db: Db, meetingId: number, childId: number) {
  return db.selectFrom('agenda_item_children').select('item_id').where('meeting_id', '=', meetingId).where('child_id', '=', childId).executeTakeFirst();
}

/** `moves`: a change not checked by the write path's claim (siblings grouped, an escalation's reason) moves the version on itself. */
export async function updateAgendaItemRow(db: Db, itemId: number, change: AgendaItemChange, moves?: typeof MOVES_VERSION): Promise<void> {
  await db.updateTable('agenda_items').set({ ...change, ...(moves ? versionMovedOn : {}) }).where('id', '=', itemId).execute();
}

/** Takes an item, and its children, off the agenda. */
export async function removeItemAndChildren(db: Db, itemId: number): Promise<void> {
  await db.deleteFrom('agenda_item_children').where('item_id', '=', itemId).execute();
  await db.deleteFrom('agenda_items').where('id', '=', itemId).execute();
}

export async function removeItems(db: Db, itemIds: readonly number[]): Promise<void> {
  await db.deleteFrom('agenda_items').where('id', 'in', itemIds).execute();
}

/** Every child on a meeting's agenda with their item and sibling group, in agenda order. */
export function childrenOnAgenda(db: Db, meetingId: number) {
  return db
    .selectFrom('agenda_item_children as ic')
    .innerJoin('children as c', 'c.id', 'ic.child_id')
    .innerJoin('agenda_items as i', 'i.id', 'ic.item_id')
    .select(['ic.item_id', 'ic.child_id', 'c.sibling_group_id', 'i.slot_minutes', 'i.reason', 'i.position', 'i.lgp_reason', 'i.papers'])
    .where('ic.meeting_id', '=', meetingId)
    .orderBy('i.position')
    .orderBy('ic.position')
    .execute();
}

export async function moveChildToItem(db: Db, child: { fromItemId: number; childId: number }, toItemId: number, position: number): Promise<void> {
  await db.updateTable('agenda_item_children').set({ item_id: toItemId, position }).where('item_id', '=', child.fromItemId).where('child_id', '=', child.childId).execute();
}

/** An item's children, in their order on it. */
export function childrenOnItem(db: Db, itemId: number) {
  return db.selectFrom('agenda_item_children').select('child_id').where('item_id', '=', itemId).orderBy('position').execute();
}

export async function takeChildOffItem(db: Db, itemId: number, childId: number): Promise<void> {
  await db.deleteFrom('agenda_item_children').where('item_id', '=', itemId).where('child_id', '=', childId).execute();
}
