import type { Insertable, Updateable } from 'kysely';
import type { Role } from '../../../../../shared/roles';
import type { Db } from '../../../db/db-type';
import type { AttendeeRow, Database } from '../../../db/schema';

/** Who was at a meeting, in the order listed. */
export function attendeesOfMeeting(db: Db, meetingId: number): Promise<AttendeeRow[]> {
  return db.selectFrom('meeting_attendees').selectAll().where('meeting_id', '=', meetingId).orderBy('position').orderBy('id').execute();
}

export function findAttendee(db: Db, id: number): Promise<AttendeeRow | undefined> {
  return db.selectFrom('meeting_attendees').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether anyone is listed at the meeting yet. */
export async function hasAttendance(db: Db, meetingId: number): Promise<boolean> {
  return (await db.selectFrom('meeting_attendees').select('id').where('meeting_id', '=', meetingId).limit(1).executeTakeFirst()) !== undefined;
}

/** The staff of the child on a Care Planning Meeting: social worker, IRO and team manager. */
export function staffOfMeetingChild(db: Db, meetingId: number) {
  return db
    .selectFrom('agenda_item_children as ic')
    .innerJoin('children as c', 'c.id', 'ic.child_id')
    .select(['c.social_worker_id', 'c.iro_id', 'c.team_manager_id'])
    .where('ic.meeting_id', '=', meetingId)
    .executeTakeFirst();
}

/** A team's managers. */
export function managersOfTeam(db: Db, teamId: number) {
  return db.selectFrom('teams').select(['team_manager_id', 'group_manager_id']).where('id', '=', teamId).executeTakeFirst();
}

/** Up to two live people holding a role: enough to tell one from several. */
export function holdersOfRole(db: Db, role: Role): Promise<{ id: number }[]> {
  return db.selectFrom('people').select('id').where('role', '=', role).where('archived_at', 'is', null).limit(2).execute();
}

/** The last place in a meeting's attendance (0 with none). */
export async function lastAttendeePosition(db: Db, meetingId: number): Promise<number> {
  const last = await db.selectFrom('meeting_attendees').select((eb) => eb.fn.max('position').as('p')).where('meeting_id', '=', meetingId).executeTakeFirst();
  return Number(last?.p ?? 0);
}

export async function insertAttendees(db: Db, rows: Insertable<Database['meeting_attendees']>[]): Promise<void> {
  await db.insertInto('meeting_attendees').values(rows).execute();
}

export function insertAttendee(db: Db, values: Insertable<Database['meeting_attendees']>): Promise<{ id: number }> {
  return db.insertInto('meeting_attendees').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateAttendee(db: Db, id: number, values: Updateable<Database['meeting_attendees']>): Promise<void> {
  await db.updateTable('meeting_attendees').set(values).where('id', '=', id).execute();
}

export async function deleteAttendee(db: Db, id: number): Promise<void> {
  await db.deleteFrom('meeting_attendees').where('id', '=', id).execute();
}

/** The meeting's minute-taker becomes the attendee given, or no one. */
export async function setMinuteTaker(db: Db, meetingId: number, attendeeId: number | null): Promise<void> {
  await db.updateTable('meeting_attendees').set({ minute_taker: 0 }).where('meeting_id', '=', meetingId).execute();
  if (attendeeId !== null) await db.updateTable('meeting_attendees').set({ minute_taker: 1 }).where('id', '=', attendeeId).execute();
}
