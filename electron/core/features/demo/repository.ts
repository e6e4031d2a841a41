import type { Insertable } from 'kysely';
import { versionMovedOn } from '../../data/row-version';
import type { Db } from '../../db/db-type';
import type { Database } from '../../db/schema';

type New<T extends keyof Database> = Insertable<Database[T]>;

/** Whether the store holds any child at all. */
export async function anyChild(db: Db): Promise<boolean> {
  return (await db.selectFrom('children').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function addTeam(db: Db, values: New<'teams'>): Promise<number> {
  return (await db.insertInto('teams').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function addPerson(db: Db, values: New<'people'>): Promise<number> {
  return (await db.insertInto('people').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function setTeamManagers(db: Db, teamId: number, managers: { team_manager_id: number | null; group_manager_id: number | null }): Promise<void> {
  // The team's version moves with its managers, as any change to a row two people can edit does.
  await db.updateTable('teams').set({ ...managers, ...versionMovedOn }).where('id', '=', teamId).execute();
}

export function addChild(db: Db, values: New<'children'>) {
  return db.insertInto('children').values(values).returning(['id', 'last_name']).executeTakeFirstOrThrow();
}

/** A child's date of entering care and IRO; the child must exist. */
export function careFactsOf(db: Db, childId: number) {
  return db.selectFrom('children').select(['date_entered_care', 'iro_id']).where('id', '=', childId).executeTakeFirstOrThrow();
}

/** A child's first name and social worker; the child must exist. */
export function presentingFactsOf(db: Db, childId: number) {
  return db.selectFrom('children').select(['first_name', 'social_worker_id']).where('id', '=', childId).executeTakeFirstOrThrow();
}

/** The first few children of a team with one of these legal statuses, oldest record first. */
export function firstChildrenOfTeam(db: Db, teamId: number, statuses: readonly Database['children']['legal_status'][], limit: number) {
  return db.selectFrom('children').select('id').where('team_id', '=', teamId).where('legal_status', 'in', statuses).orderBy('id').limit(limit).execute();
}

export async function meetingTypeIdByCode(db: Db, code: string): Promise<number> {
  return (await db.selectFrom('meeting_types').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** Meeting type ids by their code. */
export async function meetingTypeIds(db: Db): Promise<Map<string | null, number>> {
  return new Map((await db.selectFrom('meeting_types').select(['id', 'code']).execute()).map((t) => [t.code, t.id]));
}

export async function addEscalation(db: Db, values: New<'escalations'>): Promise<void> {
  await db.insertInto('escalations').values(values).execute();
}

export async function addKeyDate(db: Db, values: New<'key_dates'>): Promise<void> {
  await db.insertInto('key_dates').values(values).execute();
}

export async function addChildMeeting(db: Db, values: New<'child_meetings'>): Promise<void> {
  await db.insertInto('child_meetings').values(values).execute();
}

export async function addPlan(db: Db, values: New<'permanence_plans'>): Promise<void> {
  await db.insertInto('permanence_plans').values(values).execute();
}

export async function addRating(db: Db, values: New<'rag_ratings'>): Promise<void> {
  await db.insertInto('rag_ratings').values(values).execute();
}

export async function addCicReview(db: Db, values: New<'cic_reviews'>): Promise<void> {
  await db.insertInto('cic_reviews').values(values).execute();
}

export async function addSeries(db: Db, values: New<'meeting_series'>): Promise<number> {
  return (await db.insertInto('meeting_series').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function addRotation(db: Db, seriesId: number, teamIds: readonly number[]): Promise<void> {
  await db
    .insertInto('series_rotation')
    .values(teamIds.map((teamId, i) => ({ series_id: seriesId, position: i + 1, team_id: teamId })))
    .execute();
}

export async function addMeeting(db: Db, values: New<'meetings'>): Promise<number> {
  return (await db.insertInto('meetings').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function addAttendees(db: Db, values: readonly New<'meeting_attendees'>[]): Promise<void> {
  await db.insertInto('meeting_attendees').values(values).execute();
}

/** An agenda item with its one child. */
export async function addItemForChild(db: Db, values: New<'agenda_items'>, childId: number): Promise<number> {
  const item = await db.insertInto('agenda_items').values(values).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('agenda_item_children').values({ item_id: item.id, meeting_id: values.meeting_id, child_id: childId, position: 1 }).execute();
  return item.id;
}

export async function addMinuteField(db: Db, values: New<'minute_fields'>): Promise<void> {
  await db.insertInto('minute_fields').values(values).execute();
}

export async function addItemRating(db: Db, values: New<'item_ratings'>): Promise<void> {
  await db.insertInto('item_ratings').values(values).execute();
}

/** An action for one child, with its "created" update. */
export async function addAction(db: Db, values: New<'actions'>, childId: number, created: { at: string; by: string }): Promise<number> {
  const action = await db.insertInto('actions').values(values).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('action_children').values({ action_id: action.id, child_id: childId }).execute();
  await db.insertInto('action_updates').values({ action_id: action.id, kind: 'created', note: null, progress_rag: null, at: created.at, by: created.by }).execute();
  return action.id;
}

/** A follow-up of an action: its standing, and the update that says so. */
export async function addActionProgress(db: Db, actionId: number, progress: { progress: Database['actions']['progress_rag']; impact: Database['actions']['impact_rag']; note: string }, at: string, by: string): Promise<void> {
  await db.updateTable('actions').set({ progress_rag: progress.progress, impact_rag: progress.impact, last_note: progress.note }).where('id', '=', actionId).execute();
  await db.insertInto('action_updates').values({ action_id: actionId, kind: 'progress', note: progress.note, progress_rag: progress.progress, impact_rag: progress.impact, at, by }).execute();
}
