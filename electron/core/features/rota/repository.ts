import { versionMovedOn } from '../../data/row-version';
import type { Insertable, SelectQueryBuilder, Updateable } from 'kysely';
import type { Db } from '../../db/db-type';
import type { Database, SeriesRotationTable, SeriesRow } from '../../db/schema';

export async function allSeriesIds(db: Db): Promise<number[]> {
  return (await db.selectFrom('meeting_series').select('id').execute()).map((s) => s.id);
}

export function findSeriesRow(db: Db, id: number): Promise<SeriesRow | undefined> {
  return db.selectFrom('meeting_series').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every series, live ones first, by name; the archived only when asked for. */
export function listSeriesRows(db: Db, includeArchived: boolean): Promise<SeriesRow[]> {
  let q = db.selectFrom('meeting_series').selectAll().orderBy('archived_at').orderBy('name');
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return q.execute();
}

export function insertSeriesRow(db: Db, values: Insertable<Database['meeting_series']>): Promise<SeriesRow> {
  return db.insertInto('meeting_series').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateSeriesRow(db: Db, id: number, change: Updateable<Database['meeting_series']>): Promise<SeriesRow> {
  return db.updateTable('meeting_series').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The name and form of a series' meeting type (which always exists). */
export function meetingTypeNameAndForm(db: Db, typeId: number) {
  return db.selectFrom('meeting_types').select(['name', 'form']).where('id', '=', typeId).executeTakeFirstOrThrow();
}

/** A series' rotation with each team's name, in turn order. */
export function rotationWithNames(db: Db, seriesId: number) {
  return db
    .selectFrom('series_rotation as r')
    .innerJoin('teams as t', 't.id', 'r.team_id')
    .select(['r.team_id', 't.name'])
    .where('r.series_id', '=', seriesId)
    .orderBy('r.position')
    .execute();
}

/** Replaces a series' rotation with these teams, in this order. */
export async function replaceRotation(db: Db, seriesId: number, rotation: readonly number[]): Promise<void> {
  await db.deleteFrom('series_rotation').where('series_id', '=', seriesId).execute();
  const rows: SeriesRotationTable[] = rotation.map((teamId, i) => ({ series_id: seriesId, position: i + 1, team_id: teamId }));
  if (rows.length > 0) await db.insertInto('series_rotation').values(rows).execute();
}

/**
 * What the rota generator reads for a series: the series' row, its teams' turns, its moved and
 * cancelled dates, its extra dates and the bank holidays as stored (absent: at their default).
 * Independent of one another, so a team store sends them as one statement (`readTogether`). The
 * series may be a subquery (a meeting's), so the reads can go beside the meeting's own.
 * Queries only: the caller runs them.
 */
export function rotaSourceQueries(db: Db, seriesId: number | SelectQueryBuilder<Database, 'meetings', { series_id: number | null }>) {
  return {
    series: db.selectFrom('meeting_series').selectAll().where('id', '=', seriesId),
    rotation: db.selectFrom('series_rotation').select('team_id').where('series_id', '=', seriesId).orderBy('position'),
    overrides: db.selectFrom('series_overrides').selectAll().where('series_id', '=', seriesId),
    extras: db.selectFrom('series_extras').selectAll().where('series_id', '=', seriesId),
    bankHolidays: db.selectFrom('settings').select('value').where('key', '=', 'bankHolidays'),
  };
}

export function plannedMeetingsOfSeries(db: Db, seriesId: number) {
  return db.selectFrom('meetings').selectAll().where('series_id', '=', seriesId).where('status', '=', 'planned').execute();
}

/** A series' row; the series must exist. */
export function seriesRow(db: Db, seriesId: number): Promise<SeriesRow> {
  return db.selectFrom('meeting_series').selectAll().where('id', '=', seriesId).executeTakeFirstOrThrow();
}

/** Which of these meetings have anything on their agenda. */
export async function meetingsWithItems(db: Db, meetingIds: readonly number[]): Promise<Set<number>> {
  return new Set((await db.selectFrom('agenda_items').select('meeting_id').distinct().where('meeting_id', 'in', meetingIds).execute()).map((r) => r.meeting_id));
}

export async function updateMeetingRow(db: Db, meetingId: number, change: Updateable<Database['meetings']>): Promise<void> {
  await db.updateTable('meetings').set({ ...change, ...versionMovedOn }).where('id', '=', meetingId).execute();
}

export async function deleteMeeting(db: Db, meetingId: number): Promise<void> {
  await db.deleteFrom('meetings').where('id', '=', meetingId).execute();
}

export async function teamNameMap(db: Db): Promise<Map<number, string>> {
  return new Map((await db.selectFrom('teams').select(['id', 'name']).execute()).map((t) => [t.id, t.name]));
}

/** A series' meetings with how many items each agenda has. */
export function meetingsOfSeriesWithItemCounts(db: Db, seriesId: number) {
  return db
    .selectFrom('meetings as m')
    .leftJoin('agenda_items as i', 'i.meeting_id', 'm.id')
    .select(['m.id', 'm.occurrence_key', 'm.date', 'm.team_id', 'm.status'])
    .select((eb) => eb.fn.count<number>('i.id').as('items'))
    .where('m.series_id', '=', seriesId)
    .groupBy('m.id')
    .execute();
}

export function findOverride(db: Db, seriesId: number, patternDate: string) {
  return db.selectFrom('series_overrides').selectAll().where('series_id', '=', seriesId).where('pattern_date', '=', patternDate).executeTakeFirst();
}

export async function deleteOverride(db: Db, seriesId: number, patternDate: string): Promise<void> {
  await db.deleteFrom('series_overrides').where('series_id', '=', seriesId).where('pattern_date', '=', patternDate).execute();
}

export async function insertOverride(db: Db, values: Insertable<Database['series_overrides']>): Promise<void> {
  await db.insertInto('series_overrides').values(values).execute();
}

export async function moveExtraDate(db: Db, seriesId: number, extraId: number, date: string): Promise<void> {
  await db.updateTable('series_extras').set({ date }).where('id', '=', extraId).where('series_id', '=', seriesId).execute();
}

export async function insertExtraDate(db: Db, values: Insertable<Database['series_extras']>): Promise<number> {
  return (await db.insertInto('series_extras').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function findExtraDate(db: Db, seriesId: number, extraId: number) {
  return db.selectFrom('series_extras').selectAll().where('id', '=', extraId).where('series_id', '=', seriesId).executeTakeFirst();
}

export async function deleteExtraDate(db: Db, extraId: number): Promise<void> {
  await db.deleteFrom('series_extras').where('id', '=', extraId).execute();
}

/** Live children flagged as due at a panel their team has no turn at, with their team's name and due list. */
export function childrenFlaggedWithoutPanelTurn(db: Db) {
  return db
    .selectFrom('child_tracking as t')
    .innerJoin('children as c', 'c.id', 't.child_id')
    .leftJoin('teams as tm', 'tm.id', 'c.team_id')
    .select(['c.id', 'c.case_ref', 'c.first_name', 'c.last_name', 'c.team_id', 'tm.name as team_name', 't.due'])
    .where('c.closed_on', 'is', null)
    .where('t.flags', 'like', '%"rule":"no-panel-turn"%')
    .execute();
}
