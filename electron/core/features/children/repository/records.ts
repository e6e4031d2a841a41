import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/db-type';
import type { Database, KeyDateRow, PlanRow, RagRow } from '../../../db/schema';

/** Every version of a child's plan, newest first. */
export function planHistory(db: Db, childId: number): Promise<PlanRow[]> {
  return db.selectFrom('permanence_plans').selectAll().where('child_id', '=', childId).orderBy('id', 'desc').execute();
}

export function currentPlan(db: Db, childId: number): Promise<PlanRow | undefined> {
  return db.selectFrom('permanence_plans').selectAll().where('child_id', '=', childId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** Adds a version of a plan (a plan is never edited in place). */
export function insertPlanVersion(db: Db, values: Insertable<Database['permanence_plans']>): Promise<PlanRow> {
  return db.insertInto('permanence_plans').values(values).returningAll().executeTakeFirstOrThrow();
}

export function keyDatesOf(db: Db, childId: number): Promise<KeyDateRow[]> {
  return db.selectFrom('key_dates').selectAll().where('child_id', '=', childId).orderBy('date').orderBy('id').execute();
}

export function findKeyDate(db: Db, id: number): Promise<KeyDateRow | undefined> {
  return db.selectFrom('key_dates').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertKeyDate(db: Db, values: Insertable<Database['key_dates']>): Promise<KeyDateRow> {
  return db.insertInto('key_dates').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateKeyDateRow(db: Db, id: number, change: Updateable<Database['key_dates']>): Promise<KeyDateRow> {
  return db.updateTable('key_dates').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteKeyDateRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('key_dates').where('id', '=', id).execute();
}

/** A child's ratings, newest first. */
export function ratingsOf(db: Db, childId: number): Promise<RagRow[]> {
  return db.selectFrom('rag_ratings').selectAll().where('child_id', '=', childId).orderBy('rated_on', 'desc').orderBy('id', 'desc').execute();
}

export function insertRating(db: Db, values: Insertable<Database['rag_ratings']>): Promise<RagRow> {
  return db.insertInto('rag_ratings').values(values).returningAll().executeTakeFirstOrThrow();
}
