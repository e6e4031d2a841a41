import type { ParsedInput } from '../../../../shared/contract';
import type { Series } from '../../../../shared/schemas/series';
import type { SeriesRow } from '../../db/schema';
import type { Db } from '../../db/db-type';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { changedFields } from '../../data/audit';
import { assertPersonExists, assertTeamExists, notFound } from '../guards';
import { getMeetingTypeRow } from '../meetings/meeting-types';
import { syncSeriesMeetings } from './sync-meetings';
import { setArchived } from '../../data/archive';
import { write } from '../../data/write';
import { findSeriesRow, insertSeriesRow, listSeriesRows, meetingTypeNameAndForm, replaceRotation, rotationWithNames, updateSeriesRow } from './repository';
import { personNamed } from '../settings/repository';

async function toSeries(db: Db, row: SeriesRow): Promise<Series> {
  const [type, chair, rotation] = await Promise.all([
    meetingTypeNameAndForm(db, row.type_id),
    row.chair_id === null ? undefined : personNamed(db, row.chair_id),
    rotationWithNames(db, row.id),
  ]);
  return {
    id: row.id,
    typeId: row.type_id,
    typeName: type.name,
    form: type.form,
    name: row.name,
    weekday: row.weekday,
    interval: row.interval,
    monthWeek: row.month_week,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    startTime: row.start_time,
    endTime: row.end_time,
    venue: row.venue,
    chairId: row.chair_id,
    chairName: chair?.name ?? null,
    holidayRule: row.holiday_rule,
    rotation: rotation.map((r) => ({ teamId: r.team_id, teamName: r.name })),
    archived: row.archived_at !== null,
  };
}

export async function getSeriesRow(db: Db, id: number): Promise<SeriesRow> {
  const row = await findSeriesRow(db, id);
  if (!row) throw notFound('meeting series');
  return row;
}

export async function getSeries(ctx: ServiceContext, input: { id: number }): Promise<Series> {
  return toSeries(ctx.db, await getSeriesRow(ctx.db, input.id));
}

export async function loadSeries(db: Db, id: number): Promise<Series> {
  return toSeries(db, await getSeriesRow(db, id));
}

export async function listSeries(ctx: ServiceContext, input: ParsedInput<'series.list'>): Promise<Series[]> {
  const rows = await listSeriesRows(ctx.db, input.includeArchived);
  return Promise.all(rows.map((r) => toSeries(ctx.db, r)));
}

type SeriesInput = ParsedInput<'series.create'>;

async function checkReferences(db: Db, input: SeriesInput): Promise<void> {
  const type = await getMeetingTypeRow(db, input.typeId).catch(() => {
    throw new AppError('INVALID_INPUT', 'The meeting type chosen no longer exists. Choose another.', { typeId: 'Choose a meeting type.' });
  });
  if (type.form === 'cpm') {
    throw new AppError('INVALID_INPUT', 'Care Planning Meetings are booked for each child, not run as a series. Book them from the Care Planning Meetings page.', {
      typeId: 'Choose a panel.',
    });
  }
  await assertPersonExists(db, input.chairId, 'chairId');
  for (const teamId of input.rotation) await assertTeamExists(db, teamId, 'rotation');
  if (input.weekday >= 5) throw new AppError('INVALID_INPUT', 'Panels meet on working days. Choose a day from Monday to Friday.', { weekday: 'Choose a day from Monday to Friday.' });
}

function seriesValues(input: SeriesInput) {
  return {
    type_id: input.typeId,
    name: input.name,
    weekday: input.weekday,
    interval: input.interval,
    month_week: input.interval === 'monthly' ? input.monthWeek : null,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    start_time: input.startTime,
    end_time: input.endTime,
    venue: input.venue,
    chair_id: input.chairId,
    holiday_rule: input.holidayRule,
  };
}

export async function createSeries(ctx: ServiceContext, input: SeriesInput): Promise<Series> {
  return write(ctx, async (w) => {
    await checkReferences(w.db, input);
    const now = isoNow(ctx);
    const row = await insertSeriesRow(w.db, { ...seriesValues(input), created_at: now, updated_at: now });
    await replaceRotation(w.db, row.id, input.rotation);
    // Which teams have a panel turn feeds every child's tracker row.
    await w.everyChildChanged();
    const created = await toSeries(w.db, row);
    await w.audit({
      action: 'create',
      entity: 'meeting_series',
      entityId: row.id,
      summary: `Added the series “${row.name}”`,
      details: { rotation: created.rotation.map((r) => r.teamName) },
    });
    return created;
  });
}

/**
 * Regenerates the series: dates and turns follow the new pattern, one-off changes stay
 * with the pattern dates they were made to, and prepared meetings that have not been
 * held move with their dates (and take new times, venue or chair if they still had the old ones).
 */
export async function updateSeries(ctx: ServiceContext, input: ParsedInput<'series.update'>): Promise<Series> {
  return write(ctx, async (w) => {
    const beforeRow = await getSeriesRow(w.db, input.id);
    const before = await toSeries(w.db, beforeRow);
    await checkReferences(w.db, input);
    const row = await updateSeriesRow(w.db, input.id, { ...seriesValues(input), updated_at: isoNow(ctx) });
    await replaceRotation(w.db, row.id, input.rotation);
    const after = await toSeries(w.db, row);
    await syncSeriesMeetings(w.db, ctx, row.id, { before: beforeRow });
    await w.everyChildChanged();
    const { rotation: beforeRotation, ...beforeRest } = before;
    const { rotation: afterRotation, ...afterRest } = after;
    const changes = changedFields(beforeRest as Record<string, unknown>, afterRest as Record<string, unknown>);
    const rotationText = (r: Series['rotation']) => r.map((t) => t.teamName).join(', ');
    if (rotationText(beforeRotation) !== rotationText(afterRotation)) changes.rotation = { from: rotationText(beforeRotation), to: rotationText(afterRotation) };
    if (Object.keys(changes).length > 0) {
      await w.audit({ action: 'update', entity: 'meeting_series', entityId: row.id, summary: `Changed the series “${row.name}”`, details: changes });
    }
    return after;
  });
}

export async function setSeriesArchived(ctx: ServiceContext, input: ParsedInput<'series.setArchived'>): Promise<Series> {
  return write(ctx, async (w) => {
    const { row, changed } = await setArchived(w, 'meeting_series', input, (r) => `the series “${r.name}”`);
    // Which teams have a rota to go to is part of every child's answer.
    if (changed) await w.everyChildChanged();
    return toSeries(w.db, row);
  });
}
