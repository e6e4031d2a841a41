import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/db-type';
import type { Database } from '../../../db/schema';

/** A child's Child in Care reviews with their IRO's name, newest first. */
export function cicReviewsOf(db: Db, childId: number) {
  return db
    .selectFrom('cic_reviews as r')
    .leftJoin('people as p', 'p.id', 'r.iro_id')
    .selectAll('r')
    .select('p.name as person_name')
    .where('r.child_id', '=', childId)
    .orderBy('r.held_on', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
}

export function findCicReview(db: Db, id: number) {
  return db.selectFrom('cic_reviews').selectAll().where('id', '=', id).executeTakeFirst();
}

export function cicReviewHeldOn(db: Db, childId: number, heldOn: string) {
  return db.selectFrom('cic_reviews').select('id').where('child_id', '=', childId).where('held_on', '=', heldOn).executeTakeFirst();
}

/** The highest ordinal of the child's reviews held before a date (and, given one, on or after the start of care). */
export async function highestOrdinalBefore(db: Db, childId: number, before: string, since: string | null): Promise<number> {
  const earlier = await db
    .selectFrom('cic_reviews')
    .select((eb) => eb.fn.max('ordinal').as('n'))
    .where('child_id', '=', childId)
    .where('held_on', '<', before)
    .$if(since !== null, (q) => q.where('held_on', '>=', since!))
    .executeTakeFirst();
  return Number(earlier?.n ?? 0);
}

export async function insertCicReview(db: Db, values: Insertable<Database['cic_reviews']>): Promise<number> {
  return (await db.insertInto('cic_reviews').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function deleteCicReview(db: Db, id: number): Promise<void> {
  await db.deleteFrom('cic_reviews').where('id', '=', id).execute();
}

/** A child's escalations with the Group Manager's name and the meeting they were brought to, newest first. */
export function escalationsOf(db: Db, childId: number) {
  return db
    .selectFrom('escalations as e')
    .leftJoin('people as gm', 'gm.id', 'e.group_manager_id')
    .leftJoin('meetings as m', 'm.id', 'e.meeting_id')
    .leftJoin('meeting_types as t', 't.id', 'm.type_id')
    .selectAll('e')
    .select(['gm.name as gm_name', 'm.date as meeting_date', 't.name as type_name'])
    .where('e.child_id', '=', childId)
    .orderBy('e.raised_on', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
}

export function findEscalation(db: Db, id: number) {
  return db.selectFrom('escalations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEscalation(db: Db, values: Insertable<Database['escalations']>): Promise<number> {
  return (await db.insertInto('escalations').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateEscalationRow(db: Db, id: number, change: Updateable<Database['escalations']>): Promise<void> {
  await db.updateTable('escalations').set(change).where('id', '=', id).execute();
}

/** The next Permanence Panel prepared for a team, on or after a date. */
export function nextPermanencePanelOf(db: Db, teamId: number, from: string) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('meeting_types as t', 't.id', 'm.type_id')
    .leftJoin('teams as tm', 'tm.id', 'm.team_id')
    .select(['m.id', 'm.date', 't.name as type_name', 't.slot_minutes', 'tm.name as team_name'])
    .where('t.proposes', '=', 'pp')
    .where('t.form', '=', 'pp')
    .where('m.team_id', '=', teamId)
    .where('m.status', '=', 'planned')
    .where('m.date', '>=', from)
    .orderBy('m.date')
    .orderBy('m.start_time')
    .executeTakeFirst();
}
