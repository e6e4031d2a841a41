import type { IsoDate } from '../domain/dates';
import { fromDayNumber, toDayNumber, weekdayOfDayNumber as weekdayOf } from '../domain/day-numbers';
import { SERIES_INTERVALS, type SeriesPattern } from './types';

/**
 * How far past the start of a series the rota is ever worked out. Every turn is
 * counted from the first meeting, so the cost grows with the span; sixty years is far
 * beyond any real series and still only a few thousand steps.
 */
export const MAX_SPAN_YEARS = 60;
export const MAX_SPAN_DAYS = Math.floor(MAX_SPAN_YEARS * 365.25);

/** Refuses a pattern the dates cannot follow from, rather than quietly producing none. */
export function checkPattern(pattern: SeriesPattern): void {
  const { weekday, interval, monthWeek } = pattern;
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) {
    throw new RangeError(`The day of the week must be 0 (Monday) to 6 (Sunday), not ${weekday}.`);
  }
  if (!(SERIES_INTERVALS as readonly string[]).includes(interval)) {
    throw new RangeError(`A series meets weekly, fortnightly or monthly, not "${interval}".`);
  }
  if (interval === 'monthly' && (monthWeek === null || !Number.isInteger(monthWeek) || monthWeek < 1 || monthWeek > 5)) {
    throw new RangeError(`A monthly series needs the week of the month: 1 to 4, or 5 for the last, not ${monthWeek}.`);
  }
}

function firstOfMonth(year: number, month: number): number {
  return toDayNumber(`${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-01`);
}

/** The chosen weekday of a month: the n-th (1-4), or the last (5). */
function monthlyDay(total: number, weekday: number, monthWeek: number): number {
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  if (monthWeek === 5) {
    const last = firstOfMonth(Math.floor((total + 1) / 12), ((total + 1) % 12) + 1) - 1;
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  // The first such weekday is within the first 7 days, so even the fourth is by the 28th: never spills into the next month.
  const first = firstOfMonth(year, month);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (monthWeek - 1);
}

/**
 * The pattern's dates as day numbers, from the first on or after startsOn up to
 * `untilDay` and endsOn, whichever comes first. Day numbers, not Dates, because
 * generating the rota walks every date from the start of the series.
 */
export function patternDayNumbers(pattern: SeriesPattern, untilDay: number): number[] {
  checkPattern(pattern);
  const start = toDayNumber(pattern.startsOn);
  const last = pattern.endsOn === null ? untilDay : Math.min(untilDay, toDayNumber(pattern.endsOn));
  const out: number[] = [];
  if (pattern.interval === 'monthly') {
    const monthWeek = pattern.monthWeek ?? 1; // checkPattern has made sure it is set
    let total = Number(pattern.startsOn.slice(0, 4)) * 12 + Number(pattern.startsOn.slice(5, 7)) - 1;
    let day = monthlyDay(total, pattern.weekday, monthWeek);
    // Only the starting month can fall before startsOn: every later month's date is after it.
    if (day < start) day = monthlyDay(++total, pattern.weekday, monthWeek);
    while (day <= last) {
      out.push(day);
      day = monthlyDay(++total, pattern.weekday, monthWeek);
    }
    return out;
  }
  const step = pattern.interval === 'weekly' ? 7 : 14;
  for (let day = start + ((pattern.weekday - weekdayOf(start) + 7) % 7); day <= last; day += step) out.push(day);
  return out;
}

/** The raw pattern dates from startsOn to `until` (and endsOn), before any bank holiday or one-off change. */
export function patternDates(pattern: SeriesPattern, until: IsoDate): IsoDate[] {
  const untilDay = toDayNumber(until);
  if (untilDay - toDayNumber(pattern.startsOn) > MAX_SPAN_DAYS) {
    throw new RangeError(`Dates can be worked out at most ${MAX_SPAN_YEARS} years after the series starts.`);
  }
  return patternDayNumbers(pattern, untilDay).map(fromDayNumber);
}
