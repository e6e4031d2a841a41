import type { Db } from '../../db/db-type';
import type { MeetingPenRow } from '../../data/tables/meeting-pens';

/** The pen for a meeting's minutes, if anyone holds it. */
export function penOf(db: Db, meetingId: number): Promise<MeetingPenRow | undefined> {
  return db.selectFrom('meeting_pens').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();
}

/** Gives the pen to a person on one laptop or window, whoever held it before. */
export async function putPen(db: Db, row: MeetingPenRow): Promise<void> {
  await db
    .insertInto('meeting_pens')
    .values(row)
    .onConflict((oc) => oc.column('meeting_id').doUpdateSet({ login: row.login, client_id: row.client_id, since: row.since, taken_from: row.taken_from }))
    .execute();
}

/** Lets go of the pen, if this person holds it. */
export async function dropPen(db: Db, meetingId: number, login: string): Promise<void> {
  await db.deleteFrom('meeting_pens').where('meeting_id', '=', meetingId).where('login', '=', login).execute();
}

/** "Still viewing": one row per person and window, renewed. */
export async function renewPresence(db: Db, meetingId: number, login: string, clientId: string, at: string): Promise<void> {
  await db
    .insertInto('meeting_presence')
    .values({ meeting_id: meetingId, login, client_id: clientId, last_seen: at })
    .onConflict((oc) => oc.columns(['meeting_id', 'login', 'client_id']).doUpdateSet({ last_seen: at }))
    .execute();
}

/** Clears the rows of a meeting that were not renewed since `before`: those people have gone. */
export async function clearLapsedPresence(db: Db, meetingId: number, before: string): Promise<void> {
  await db.deleteFrom('meeting_presence').where('meeting_id', '=', meetingId).where('last_seen', '<', before).execute();
}

/** Who has the meeting open: renewed since `since`, the most recently seen first. */
export function presenceSince(db: Db, meetingId: number, since: string) {
  return db
    .selectFrom('meeting_presence')
    .select(['login', 'client_id', 'last_seen'])
    .where('meeting_id', '=', meetingId)
    .where('last_seen', '>=', since)
    .orderBy('last_seen', 'desc')
    .orderBy('login')
    .execute();
}

/** The names of people by how they sign in (the person each login chose or was linked to). */
export function namesOfLogins(db: Db, logins: readonly string[]) {
  if (logins.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('login_people')
    .innerJoin('people', 'people.id', 'login_people.person_id')
    .select(['login_people.login', 'people.name'])
    .where('login_people.login', 'in', [...logins])
    .execute();
}
