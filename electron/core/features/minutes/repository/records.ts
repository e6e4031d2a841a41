import { versionMovedOn } from '../../../data/row-version';
import type { Insertable } from 'kysely';
import type { LegalStatus } from '../../../../../shared/domain/vocabulary';
import type { Db } from '../../../db/db-type';
import type { Database } from '../../../db/schema';
import { decode } from '../../../data/table';
import { permanencePlans } from '../../../data/tables/permanence-plans';
import { idIn, type IdList } from '../../../data/read-together';
import { itemChildPairsQuery } from './items';

// What the minutes read of and write to the children's records.

/** What a record prints of each child: core details with team, social worker and IRO names. */
function childrenForRecordQuery(db: Db, ids: IdList) {
  return db
    .selectFrom('children as c')
    .leftJoin('teams as t', 't.id', 'c.team_id')
    .leftJoin('people as sw', 'sw.id', 'c.social_worker_id')
    .leftJoin('people as iro', 'iro.id', 'c.iro_id')
    .select([
      'c.id',
      'c.case_ref',
      'c.first_name',
      'c.last_name',
      'c.date_of_birth',
      'c.is_unborn',
      'c.legal_status',
      'c.placement_type',
      'c.date_entered_care',
      't.name as team_name',
      'sw.name as sw_name',
      'iro.name as iro_name',
    ])
    .where(idIn(db, 'c.id', ids));
}

export function childrenForRecord(db: Db, ids: number[]) {
  return childrenForRecordQuery(db, ids).execute();
}

function keyDatesForRecordQuery(db: Db, ids: IdList) {
  return db.selectFrom('key_dates').select(['child_id', 'type', 'date', 'label', 'decision']).where(idIn(db, 'child_id', ids)).orderBy('date').orderBy('id');
}

export function keyDatesForRecord(db: Db, ids: number[]) {
  return keyDatesForRecordQuery(db, ids).execute();
}

/** Each child's latest permanence plan, as stored. */
function latestPlansForRecordQuery(db: Db, ids: IdList) {
  return db
    .selectFrom('permanence_plans')
    .select(['child_id', 'primary_option', 'parallel_options', 'legal_order_sought'])
    .where(idIn(db, 'child_id', ids))
    .where('id', '=', (eb) => eb.selectFrom('permanence_plans as p2').select((e) => e.fn.max('p2.id').as('id')).whereRef('p2.child_id', '=', 'permanence_plans.child_id'));
}

type StoredPlan = Awaited<ReturnType<ReturnType<typeof latestPlansForRecordQuery>['execute']>>[number];

/** Latest plans as read, decoded. */
export function decodedPlans(rows: readonly StoredPlan[]) {
  return rows.map((p) => ({ ...p, parallel_options: permanencePlans.columns.parallel_options.decode(p.parallel_options) }));
}

/** Each child's latest permanence plan, decoded. */
export async function latestPlansForRecord(db: Db, ids: number[]) {
  return decodedPlans(await latestPlansForRecordQuery(db, ids).execute());
}

/**
 * What a meeting's records print, keyed by the meeting's id alone, so it goes in one statement
 * with the minutes' own reads (`readGroupsTogether`): which children each item has, the details
 * kept with the items, what each item's Legal Gateway decision changed, and the records as they
 * stand now of the children with no details kept (a meeting held before they were kept). Their
 * tracker rows are the minutes' own. Queries only: the caller runs them.
 */
export function recordReadQueries(db: Db, meetingId: number) {
  const notKept = db
    .selectFrom('agenda_item_children as aic')
    .select('aic.child_id')
    .where('aic.meeting_id', '=', meetingId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('record_details as r').select('r.item_id').whereRef('r.item_id', '=', 'aic.item_id').whereRef('r.child_id', '=', 'aic.child_id'))),
    );
  return {
    pairs: itemChildPairsQuery(db, meetingId),
    kept: keptRecordDetailsQuery(db, meetingId),
    items: db.selectFrom('agenda_items').select(['id', 'lgp_applied']).where('meeting_id', '=', meetingId),
    children: childrenForRecordQuery(db, notKept),
    keyDates: keyDatesForRecordQuery(db, notKept),
    plans: latestPlansForRecordQuery(db, notKept),
  };
}

/** The children's details kept with a meeting's items (which pairs only). */
export function keptRecordPairs(db: Db, meetingId: number): Promise<{ item_id: number; child_id: number }[]> {
  return db
    .selectFrom('record_details as r')
    .innerJoin('agenda_items as i', 'i.id', 'r.item_id')
    .select(['r.item_id', 'r.child_id'])
    .where('i.meeting_id', '=', meetingId)
    .execute();
}

/** The children's details kept with a meeting's items, as stored. */
function keptRecordDetailsQuery(db: Db, meetingId: number) {
  return db
    .selectFrom('record_details as r')
    .innerJoin('agenda_items as i', 'i.id', 'r.item_id')
    .select(['r.item_id', 'r.child_id', 'r.details'])
    .where('i.meeting_id', '=', meetingId);
}

export async function insertRecordDetails(db: Db, rows: Insertable<Database['record_details']>[]): Promise<void> {
  await db.insertInto('record_details').values(rows).execute();
}

/** A child's legal status now. */
export function legalStatusOf(db: Db, childId: number) {
  return db.selectFrom('children').select(['legal_status']).where('id', '=', childId).executeTakeFirstOrThrow();
}

export async function setLegalStatus(db: Db, childId: number, status: LegalStatus, now: string): Promise<void> {
  await db.updateTable('children').set({ legal_status: status, updated_at: now, ...versionMovedOn }).where('id', '=', childId).execute();
}

/** Which of some key dates are still the child's. */
export function keyDatesOfChildAmong(db: Db, childId: number, ids: number[]) {
  return db.selectFrom('key_dates').select(['id', 'type', 'date']).where('child_id', '=', childId).where('id', 'in', ids).execute();
}

/** The child's PLO start key date on a date, if there is one. */
export function ploStartOn(db: Db, childId: number, date: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('key_dates').select('id').where('child_id', '=', childId).where('type', '=', 'plo_start').where('date', '=', date).executeTakeFirst();
}

export async function deleteKeyDates(db: Db, ids: number[]): Promise<void> {
  await db.deleteFrom('key_dates').where('id', 'in', ids).execute();
}

export function insertKeyDate(db: Db, values: Insertable<Database['key_dates']>): Promise<{ id: number }> {
  return db.insertInto('key_dates').values(values).returning('id').executeTakeFirstOrThrow();
}

/** A child's two latest permanence plans, newest first, decoded. */
export async function twoLatestPlans(db: Db, childId: number) {
  return (
    await db
      .selectFrom('permanence_plans')
      .select(['id', 'primary_option', 'parallel_options', 'ratified_on'])
      .where('child_id', '=', childId)
      .orderBy('id', 'desc')
      .limit(2)
      .execute()
  ).map((r) => decode(permanencePlans, r));
}

/** The legal order sought on the child's latest plan, if they have one. */
export function latestLegalOrderSought(db: Db, childId: number) {
  return db.selectFrom('permanence_plans').select('legal_order_sought').where('child_id', '=', childId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function deletePlan(db: Db, id: number): Promise<void> {
  await db.deleteFrom('permanence_plans').where('id', '=', id).execute();
}

export function insertPlan(db: Db, values: Insertable<Database['permanence_plans']>): Promise<{ id: number }> {
  return db.insertInto('permanence_plans').values(values).returning('id').executeTakeFirstOrThrow();
}
