import { type MOVES_VERSION, versionMovedOn } from '../../../data/row-version';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/db-type';
import type { Database } from '../../../db/schema';

export function findAction(db: Db, id: number) {
  return db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An action with the date of the meeting that agreed it. */
export function findActionWithMeetingDate(db: Db, id: number) {
  return db.selectFrom('actions as a').innerJoin('meetings as m', 'm.id', 'a.meeting_id').selectAll('a').select('m.date as meeting_date').where('a.id', '=', id).executeTakeFirst();
}

/** The last place among an item's actions (0 with none). */
export async function lastActionPosition(db: Db, itemId: number): Promise<number> {
  const last = await db.selectFrom('actions').select((eb) => eb.fn.max('position').as('p')).where('item_id', '=', itemId).executeTakeFirst();
  return Number(last?.p ?? 0);
}

export function insertAction(db: Db, values: Insertable<Database['actions']>): Promise<{ id: number }> {
  return db.insertInto('actions').values(values).returning('id').executeTakeFirstOrThrow();
}

/** The children an action is for. */
export async function insertActionChildren(db: Db, actionId: number, childIds: readonly number[]): Promise<void> {
  await db.insertInto('action_children').values(childIds.map((childId) => ({ action_id: actionId, child_id: childId }))).execute();
}

/** `moves`: a change not checked by the write path's claim (progress, completion) moves the version on itself. */
export async function updateAction(db: Db, id: number, values: Updateable<Database['actions']>, moves?: typeof MOVES_VERSION): Promise<void> {
  await db.updateTable('actions').set({ ...values, ...(moves ? versionMovedOn : {}) }).where('id', '=', id).execute();
}

export async function deleteAction(db: Db, id: number): Promise<void> {
  await db.deleteFrom('actions').where('id', '=', id).execute();
}

/** One line of an action's history. */
export async function insertActionUpdate(db: Db, values: Insertable<Database['action_updates']>): Promise<void> {
  await db.insertInto('action_updates').values(values).execute();
}

/** An action's history, oldest first. */
export function updatesOfAction(db: Db, actionId: number) {
  return db.selectFrom('action_updates').selectAll().where('action_id', '=', actionId).orderBy('id').execute();
}

/** The action already made from a row of an item's plan, if there is one. */
export function actionOfPlanRow(db: Db, itemId: number, planRow: string) {
  return db.selectFrom('actions').select(['owner_name', 'due_on']).where('item_id', '=', itemId).where('plan_row', '=', planRow).executeTakeFirst();
}

/** Whether any meeting has reviewed the action. */
export async function actionWasReviewed(db: Db, actionId: number): Promise<boolean> {
  return (await db.selectFrom('action_reviews').select('id').where('action_id', '=', actionId).executeTakeFirst()) !== undefined;
}
