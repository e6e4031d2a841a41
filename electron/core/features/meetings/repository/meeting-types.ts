import type { Insertable } from 'kysely';
import type { Db } from '../../../db/db-type';
import type { Database, MeetingTypeRow } from '../../../db/schema';

/** A meeting type that must be there (a meeting's, a rota's). */
export function meetingTypeById(db: Db, id: number): Promise<MeetingTypeRow> {
  return db.selectFrom('meeting_types').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export function findMeetingType(db: Db, id: number): Promise<MeetingTypeRow | undefined> {
  return db.selectFrom('meeting_types').selectAll().where('id', '=', id).executeTakeFirst();
}

export function allMeetingTypes(db: Db): Promise<MeetingTypeRow[]> {
  return db.selectFrom('meeting_types').selectAll().execute();
}

/** The meeting types as listed: live ones first, in their order; the archived ones only if asked for. */
export function listedMeetingTypes(db: Db, includeArchived: boolean): Promise<MeetingTypeRow[]> {
  let q = db.selectFrom('meeting_types').selectAll().orderBy('archived_at').orderBy('position');
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return q.execute();
}

/** Whether another meeting type (than the one given) has this name. */
export async function meetingTypeNameTaken(db: Db, name: string, excludeId?: number): Promise<boolean> {
  let q = db.selectFrom('meeting_types').select('id').where('name', '=', name);
  if (excludeId !== undefined) q = q.where('id', '!=', excludeId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** The last place in the list of meeting types (0 with none). */
export async function lastMeetingTypePosition(db: Db): Promise<number> {
  const last = await db.selectFrom('meeting_types').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
  return Number(last?.p ?? 0);
}

export function insertMeetingType(db: Db, values: Insertable<Database['meeting_types']>): Promise<MeetingTypeRow> {
  return db.insertInto('meeting_types').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateMeetingType(
  db: Db,
  id: number,
  values: Pick<MeetingTypeRow, 'name' | 'slot_minutes' | 'papers_due_working_days' | 'core_roles' | 'default_interval' | 'updated_at'>,
): Promise<MeetingTypeRow> {
  return db.updateTable('meeting_types').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}
