import type { IsoDate } from '../../../../shared/domain/dates';
import { plusDays } from '../../../../shared/domain/day-numbers';
import { holidayNames } from '../../../../shared/domain/bank-holidays';
import { generateRota } from '../../../../shared/rota/generate';
import type { DateOverride, ExtraDate, Occurrence, RotaResult, SeriesPattern } from '../../../../shared/rota/types';
import type { SeriesRow } from '../../db/schema';
import type { Db } from '../../db/db-type';
import { settingFromStored } from '../../data/tables/settings';
import { readTogether, type ReadTogether } from '../../data/read-together';
import { AppError } from '../../errors';
import { rotaSourceQueries } from './repository';

/** Everything the pure rota generator needs for one series, read in one place. */
export interface RotaSource {
  pattern: SeriesPattern;
  holidays: ReadonlyMap<IsoDate, string>;
  overrides: DateOverride[];
  extras: ExtraDate[];
}

export function patternOf(row: SeriesRow, rotation: readonly number[]): SeriesPattern {
  return {
    weekday: row.weekday,
    interval: row.interval,
    monthWeek: row.month_week,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    holidayRule: row.holiday_rule,
    rotation,
  };
}

export async function loadRotaSource(db: Db, row: SeriesRow): Promise<RotaSource> {
  return (await loadSeriesAndRota(db, row.id, row))!.source;
}

/**
 * A series' row and its rota source, read together (one statement on a team store). `known`: the
 * row as the caller already has it (it is used rather than the one read). Absent series: undefined.
 */
export async function loadSeriesAndRota(db: Db, seriesId: number, known?: SeriesRow): Promise<{ series: SeriesRow; source: RotaSource } | undefined> {
  const read = await readTogether(db, rotaSourceQueries(db, seriesId));
  const row = known ?? read.series[0];
  if (!row) return undefined;
  return { series: row, source: sourceOf(row, read) };
}

/** What `rotaSourceQueries` answers. */
export type RotaSourceRead = ReadTogether<ReturnType<typeof rotaSourceQueries>>;

/** The rota source from what `rotaSourceQueries` read, read beside a page's own; no series: undefined. */
export function rotaSourceFrom(read: RotaSourceRead): RotaSource | undefined {
  const row = read.series[0];
  return row ? sourceOf(row, read) : undefined;
}

function sourceOf(row: SeriesRow, read: RotaSourceRead): RotaSource {
  const { rotation, overrides, extras } = read;
  const holidays = holidayNames(settingFromStored('bankHolidays', read.bankHolidays[0]?.value));
  return {
    pattern: patternOf(
      row,
      rotation.map((r) => r.team_id),
    ),
    holidays,
    overrides: overrides.map((o) => ({ patternDate: o.pattern_date, cancelled: o.cancelled === 1, movedTo: o.moved_to, teamId: o.team_id, note: o.note })),
    extras: extras.map((x) => ({ id: x.id, date: x.date, teamId: x.team_id, note: x.note })),
  };
}

export function rotaFor(source: RotaSource, from: IsoDate, to: IsoDate): RotaResult {
  try {
    return generateRota(source.pattern, source.holidays, source.overrides, source.extras, { from, to });
  } catch (err) {
    // The generator refuses a period absurdly far from the series' start: a typing slip, not a fault.
    if (err instanceof RangeError) throw new AppError('INVALID_INPUT', 'Choose dates within 60 years of the series’ first meeting.');
    throw err;
  }
}

/** The occurrence with this key, wherever a move has put it; undefined if the series no longer produces it. */
export function findOccurrence(source: RotaSource, key: string): Occurrence | undefined {
  const extra = /^x:(\d+)$/.exec(key);
  if (extra) {
    const x = source.extras.find((e) => e.id === Number(extra[1]));
    if (!x) return undefined;
    return rotaFor(source, x.date, x.date).occurrences.find((o) => o.key === key);
  }
  const pattern = /^p:(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (!pattern) return undefined;
  const date = pattern[1]!;
  const moved = source.overrides.find((o) => o.patternDate === date)?.movedTo;
  // A move can carry a date far from its pattern date; a holiday move only a few days.
  const [from, to] = moved && moved < date ? [moved, date] : [date, moved ?? date];
  return rotaFor(source, plusDays(from, -14), plusDays(to, 14)).occurrences.find((o) => o.key === key);
}
