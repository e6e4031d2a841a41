import type { Insertable } from 'kysely';
import type { Db } from '../../db/db-type';
import type { Database } from '../../db/schema';

type New<T extends keyof Database> = Insertable<Database[T]>;

export function profileByHeadings(db: Db, headingsKey: string) {
  return db.selectFrom('import_profiles').selectAll().where('headings_key', '=', headingsKey).executeTakeFirst();
}

/** Keeps a profile, replacing the one saved for the same headings. */
export async function upsertProfile(db: Db, headingsKey: string, values: { name: string; choices: string; saved_at: string; saved_by: string }): Promise<void> {
  await db
    .insertInto('import_profiles')
    .values({ headings_key: headingsKey, ...values })
    .onConflict((oc) => oc.column('headings_key').doUpdateSet(values))
    .execute();
}

/**
 * Everything an import compares a file against, each table read whole in one query:
 * teams, people, children, each child's current plan, the key dates, ratings and
 * meetings an import can add.
 */
export function importComparisonRows(db: Db, keyDateTypes: readonly Database['key_dates']['type'][], meetingKinds: readonly Database['child_meetings']['kind'][]) {
  return Promise.all([
    db.selectFrom('teams').select(['id', 'name', 'archived_at']).orderBy('id').execute(),
    db.selectFrom('people').select(['id', 'name', 'role', 'archived_at']).orderBy('id').execute(),
    db.selectFrom('children').selectAll().execute(),
    db
      .selectFrom('permanence_plans')
      .select(['child_id', 'primary_option', 'parallel_options', 'legal_order_sought'])
      .where('id', 'in', (eb) => eb.selectFrom('permanence_plans as p2').select((e) => e.fn.max('p2.id').as('id')).groupBy('p2.child_id'))
      .execute(),
    db.selectFrom('key_dates').select(['id', 'child_id', 'type', 'date', 'decision']).where('type', 'in', [...keyDateTypes]).execute(),
    db.selectFrom('rag_ratings').select(['child_id', 'rating', 'reason', 'rated_on']).orderBy('rated_on').orderBy('id').execute(),
    db.selectFrom('child_meetings').select(['child_id', 'kind', 'held_on']).where('kind', 'in', [...meetingKinds]).execute(),
  ]);
}

export async function insertTeamId(db: Db, values: New<'teams'>): Promise<number> {
  return (await db.insertInto('teams').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertPersonId(db: Db, values: New<'people'>): Promise<number> {
  return (await db.insertInto('people').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Plans for many children at once; answers each new row's id with its child. */
export function insertPlans(db: Db, values: readonly New<'permanence_plans'>[]) {
  return db.insertInto('permanence_plans').values(values).returning(['id', 'child_id']).execute();
}

export function insertKeyDates(db: Db, values: readonly New<'key_dates'>[]) {
  return db.insertInto('key_dates').values(values).returning(['id', 'child_id', 'type', 'date', 'decision']).execute();
}

export async function setKeyDateDecision(db: Db, id: number, decision: Database['key_dates']['decision'], updatedAt: string): Promise<void> {
  await db.updateTable('key_dates').set({ decision, updated_at: updatedAt }).where('id', '=', id).execute();
}

export function insertRatings(db: Db, values: readonly New<'rag_ratings'>[]) {
  return db.insertInto('rag_ratings').values(values).returning(['id', 'child_id', 'rating', 'reason', 'rated_on']).execute();
}

export function insertChildMeetings(db: Db, values: readonly New<'child_meetings'>[]) {
  return db.insertInto('child_meetings').values(values).returning(['id', 'child_id', 'kind', 'held_on']).execute();
}
