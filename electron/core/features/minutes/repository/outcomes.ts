import type { Insertable } from 'kysely';
import type { Db } from '../../../db/db-type';
import type { Database } from '../../../db/schema';
import { minuteValue } from '../../../data/tables/minute-fields';

/** The items the panel recorded it did not reach. */
function notReachedItems(db: Db) {
  return db.selectFrom('minute_fields').select('item_id').where('field', '=', 'notReached').where('value', '=', minuteValue.encode('notReached', true));
}

/** The children on the items of a meeting the panel reached, with their items. */
export function childrenOfReachedItems(db: Db, meetingId: number): Promise<{ child_id: number; item_id: number }[]> {
  return db.selectFrom('agenda_item_children').select(['child_id', 'item_id']).where('meeting_id', '=', meetingId).where('item_id', 'not in', notReachedItems(db)).execute();
}

/** The ratings (with one chosen) given at the items of a meeting the panel reached. */
export function ratingsOfReachedItems(db: Db, meetingId: number) {
  return db
    .selectFrom('item_ratings as r')
    .innerJoin('agenda_items as i', 'i.id', 'r.item_id')
    .select(['r.child_id', 'r.rating', 'r.reason'])
    .where('i.meeting_id', '=', meetingId)
    .where('i.id', 'not in', notReachedItems(db))
    .where('r.rating', 'is not', null)
    .execute();
}

export async function insertChildMeetings(db: Db, rows: Insertable<Database['child_meetings']>[]): Promise<void> {
  await db.insertInto('child_meetings').values(rows).execute();
}

export async function insertRagRatings(db: Db, rows: Insertable<Database['rag_ratings']>[]): Promise<void> {
  await db.insertInto('rag_ratings').values(rows).execute();
}

/** Takes out of the children's histories what a meeting wrote there; answers the children (once per row taken out). */
export async function removeMeetingOutcomes(db: Db, meetingId: number): Promise<number[]> {
  const met = await db.selectFrom('child_meetings').select('child_id').where('meeting_id', '=', meetingId).execute();
  const rated = await db.selectFrom('rag_ratings').select('child_id').where('meeting_id', '=', meetingId).where('source', '=', 'meeting').execute();
  // Only when there is something to take out: on a team store a minute-taker may add to the RAG history, not delete from it.
  if (met.length) await db.deleteFrom('child_meetings').where('meeting_id', '=', meetingId).execute();
  if (rated.length) await db.deleteFrom('rag_ratings').where('meeting_id', '=', meetingId).where('source', '=', 'meeting').execute();
  return [...met, ...rated].map((r) => r.child_id);
}

/** The meeting whose minutes booked the next one: which it is now (or none). */
export async function setBookedNext(db: Db, meetingId: number, nextId: number | null): Promise<void> {
  await db.updateTable('meetings').set({ booked_next_id: nextId }).where('id', '=', meetingId).execute();
}

/** Cancels a booked meeting not yet held: its agenda and itself. */
export async function deleteBookedMeeting(db: Db, meetingId: number): Promise<void> {
  await db.deleteFrom('agenda_item_children').where('meeting_id', '=', meetingId).execute();
  await db.deleteFrom('agenda_items').where('meeting_id', '=', meetingId).execute();
  await db.deleteFrom('meetings').where('id', '=', meetingId).execute();
}

/** A meeting of a type already booked for a child on a date, other than the one given. */
export function meetingOfChildOn(db: Db, opts: { typeId: number; childId: number; date: string; exceptId: number }): Promise<{ id: number } | undefined> {
  return db
    .selectFrom('meetings as n')
    .innerJoin('agenda_item_children as ic', 'ic.meeting_id', 'n.id')
    .select('n.id')
    .where('n.type_id', '=', opts.typeId)
    .where('ic.child_id', '=', opts.childId)
    .where('n.date', '=', opts.date)
    .where('n.id', '!=', opts.exceptId)
    .executeTakeFirst();
}
