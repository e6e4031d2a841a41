import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/db-type';
import type { Database, PersonRow, TeamRow } from '../../db/schema';
import { sameIgnoringCase } from '../../data/dialect';

/** People or teams, live ones first, by name; the archived only when asked for. */
export function listPeopleRows(db: Db, includeArchived: boolean): Promise<PersonRow[]> {
  let q = db.selectFrom('people').selectAll().orderBy('archived_at').orderBy('name');
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return q.execute();
}

export function listTeamRows(db: Db, includeArchived: boolean): Promise<TeamRow[]> {
  let q = db.selectFrom('teams').selectAll().orderBy('archived_at').orderBy('name');
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return q.execute();
}

export function findPerson(db: Db, id: number): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A person's name, or undefined when there is no such person (the one lookup every feature's sentences use). */
export function personNamed(db: Db, id: number): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('people').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export function personExists(db: Db, id: number) {
  return db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst();
}

export function insertPerson(db: Db, values: Insertable<Database['people']>): Promise<PersonRow> {
  return db.insertInto('people').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updatePersonRow(db: Db, id: number, change: Updateable<Database['people']>): Promise<PersonRow> {
  return db.updateTable('people').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function findTeam(db: Db, id: number): Promise<TeamRow | undefined> {
  return db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
}

export function teamExists(db: Db, id: number) {
  return db.selectFrom('teams').select('id').where('id', '=', id).executeTakeFirst();
}

/** A team's name, or undefined when there is no such team (the one lookup every feature's sentences use). */
export function teamNamed(db: Db, id: number): Promise<{ name: string } | undefined> {
  return db.selectFrom('teams').select('name').where('id', '=', id).executeTakeFirst();
}

export function groupManagerOfTeam(db: Db, id: number) {
  return db.selectFrom('teams').select('group_manager_id').where('id', '=', id).executeTakeFirst();
}

export function insertTeam(db: Db, values: Insertable<Database['teams']>): Promise<TeamRow> {
  return db.insertInto('teams').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateTeamRow(db: Db, id: number, change: Updateable<Database['teams']>): Promise<TeamRow> {
  return db.updateTable('teams').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** A live team or person with this name (compared without regard to case), other than the one given. */
export function liveNamesake(db: Db, table: 'teams' | 'people', name: string, excludeId?: number) {
  let query = db
    .selectFrom(table)
    .select('id')
    .where(sameIgnoringCase(db, sql`name`, name))
    .where('archived_at', 'is', null);
  if (excludeId !== undefined) query = query.where('id', '!=', excludeId);
  return query.executeTakeFirst();
}
