import { versionMovedOn } from '../../../data/row-version';
import type { Insertable } from 'kysely';
import type { Db } from '../../../db/db-type';
import type { Database, MeetingRow } from '../../../db/schema';

/** A meeting's row, or undefined where there is none. */
export function findMeeting(db: Db, id: number): Promise<MeetingRow | undefined> {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A meeting that must be there (an item's, say). */
export function meetingById(db: Db, id: number): Promise<MeetingRow> {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The meeting a rota date already became, if it did. */
export function findMeetingOnRotaDate(db: Db, seriesId: number, occurrenceKey: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('meetings').select('id').where('series_id', '=', seriesId).where('occurrence_key', '=', occurrenceKey).executeTakeFirst();
}

export function insertMeeting(db: Db, values: Insertable<Database['meetings']>): Promise<MeetingRow> {
  return db.insertInto('meetings').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The details a planned meeting may still change: its date, times, venue and chair. */
export function updateMeetingDetails(
  db: Db,
  id: number,
  values: { date: string; start_time: string; end_time: string; venue: string | null; chair_id: number | null; updated_at: string },
): Promise<MeetingRow> {
  return db.updateTable('meetings').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** A booking held early moves to the day it is held. */
export async function moveMeetingDate(db: Db, id: number, date: string, now: string): Promise<void> {
  await db.updateTable('meetings').set({ date, updated_at: now, ...versionMovedOn }).where('id', '=', id).execute();
}

/** The meetings from a date (to another, if given), in date order, each with how many items its agenda has. */
export function meetingsBetween(db: Db, from: string, to: string | null, limit: number) {
  return db
    .selectFrom('meetings as m')
    .selectAll('m')
    .select((eb) => eb.selectFrom('agenda_items as i').select((e) => e.fn.countAll<number>().as('n')).whereRef('i.meeting_id', '=', 'm.id').as('items'))
    .where('m.date', '>=', from)
    .$if(to !== null, (q) => q.where('m.date', '<=', to!))
    .orderBy('m.date')
    .orderBy('m.start_time')
    .limit(limit)
    .execute();
}

/** The ids of the children on a meeting's agenda (one row per child per item). */
export function childIdsOfMeeting(db: Db, meetingId: number): Promise<{ child_id: number }[]> {
  return db.selectFrom('agenda_item_children').select('child_id').where('meeting_id', '=', meetingId).execute();
}

/** The names a meeting's summary shows: of its rota, its chair and its team. */
export function seriesName(db: Db, seriesId: number): Promise<{ name: string } | undefined> {
  return db.selectFrom('meeting_series').select('name').where('id', '=', seriesId).executeTakeFirst();
}


/** The rota a meeting belongs to. */
export function seriesOfMeeting(db: Db, seriesId: number) {
  return db.selectFrom('meeting_series').selectAll().where('id', '=', seriesId).executeTakeFirstOrThrow();
}

/** One agenda item of a meeting, if it is that meeting's. */
export function findItemOfMeeting(db: Db, itemId: number, meetingId: number): Promise<{ id: number } | undefined> {
  return db.selectFrom('agenda_items').select('id').where('id', '=', itemId).where('meeting_id', '=', meetingId).executeTakeFirst();
}
