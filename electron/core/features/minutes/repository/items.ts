import type { Db } from '../../../db/db-type';
import type { AgendaItemRow } from '../../../db/schema';
import { agendaItems } from '../../../data/tables/agenda-items';

/** An agenda item's row, or undefined where there is none. */
export function findItem(db: Db, itemId: number): Promise<AgendaItemRow | undefined> {
  return db.selectFrom('agenda_items').selectAll().where('id', '=', itemId).executeTakeFirst();
}

/** An item's children, in agenda order. */
export function childrenOfItem(db: Db, itemId: number): Promise<{ id: number; firstName: string; lastName: string }[]> {
  return db
    .selectFrom('agenda_item_children as ic')
    .innerJoin('children as c', 'c.id', 'ic.child_id')
    .select(['c.id', 'c.first_name as firstName', 'c.last_name as lastName'])
    .where('ic.item_id', '=', itemId)
    .orderBy('ic.position')
    .execute();
}

/** One of the meeting's items (a Care Planning Meeting has one). */
export function anyItemOfMeeting(db: Db, meetingId: number): Promise<{ id: number } | undefined> {
  return db.selectFrom('agenda_items').select('id').where('meeting_id', '=', meetingId).executeTakeFirst();
}

/** One of the children on the meeting's agenda (a Care Planning Meeting has one). */
export function anyChildOfMeeting(db: Db, meetingId: number): Promise<{ child_id: number } | undefined> {
  return db.selectFrom('agenda_item_children').select('child_id').where('meeting_id', '=', meetingId).executeTakeFirst();
}

/** Each item of a meeting with each of its children, as pairs. */
export function itemChildPairs(db: Db, meetingId: number): Promise<{ item_id: number; child_id: number }[]> {
  return db.selectFrom('agenda_item_children').select(['item_id', 'child_id']).where('meeting_id', '=', meetingId).execute();
}

/** The time the room spent on each item of a meeting. */
export function timeSpentOnItems(db: Db, meetingId: number): Promise<{ id: number; seconds_spent: number }[]> {
  return db.selectFrom('agenda_items').select(['id', 'seconds_spent']).where('meeting_id', '=', meetingId).execute();
}

/** What each item of a meeting last wrote to its children's records (a Legal Gateway decision applied), decoded. */
export async function lgpAppliedOfItems(db: Db, meetingId: number) {
  const items = await db.selectFrom('agenda_items').select(['id', 'lgp_applied']).where('meeting_id', '=', meetingId).execute();
  return items.map((i) => ({ id: i.id, applied: agendaItems.columns.lgp_applied.decode(i.lgp_applied) }));
}

/** Keeps on the item what its Legal Gateway decision wrote (as stored). */
export async function setLgpApplied(db: Db, itemId: number, applied: AgendaItemRow['lgp_applied']): Promise<void> {
  await db.updateTable('agenda_items').set({ lgp_applied: applied }).where('id', '=', itemId).execute();
}

/** The kind of meeting a meeting type proposes children for, if any. */
export function proposesOfType(db: Db, typeId: number) {
  return db.selectFrom('meeting_types').select(['proposes']).where('id', '=', typeId).executeTakeFirstOrThrow();
}

/** The ids of a meeting's actions, by item then position. */
export function actionIdsOfMeeting(db: Db, meetingId: number): Promise<{ id: number; item_id: number }[]> {
  return db.selectFrom('actions').select(['id', 'item_id']).where('meeting_id', '=', meetingId).orderBy('item_id').orderBy('position').execute();
}

export function amendmentsOfMeeting(db: Db, meetingId: number) {
  return db.selectFrom('amendments').selectAll().where('meeting_id', '=', meetingId).orderBy('id').execute();
}

export async function insertAmendment(
  db: Db,
  values: { meeting_id: number; item_id: number | null; text: string; made_on: string; made_by: string; at: string },
): Promise<{ id: number }> {
  return db.insertInto('amendments').values(values).returning('id').executeTakeFirstOrThrow();
}
