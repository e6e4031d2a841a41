import type { IsoDate } from './dates';
import { fromDayNumber, toDayNumber as dayNumber, weekdayOfDayNumber as weekdayOf } from './day-numbers';

/**
 * Working days: Monday to Friday, less bank holidays. Statutory timescales in
 * working days (IRO appointed in 5, first Child in Care review in 20) are counted
 * this way.
 *
 * The tracker runs these for every child, so they step through whole-day numbers
 * rather than building and formatting a Date on every step.
 */

function isWorkingDayNumber(n: number, holidays: ReadonlySet<IsoDate>): boolean {
  return weekdayOf(n) < 5 && (holidays.size === 0 || !holidays.has(fromDayNumber(n)));
}

export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  return weekdayOf(dayNumber(date)) < 5 && !holidays.has(date);
}

/** The date itself if it is a working day, else the first working day after it. */
export function nextWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): IsoDate {
  if (isWorkingDay(date, holidays)) return date;
  let n = dayNumber(date) + 1;
  while (!isWorkingDayNumber(n, holidays)) n++;
  return fromDayNumber(n);
}

/**
 * The n-th working day after `date` (the day itself does not count): "within 5
 * working days" of Monday 05/01/2026 is Monday 12/01/2026. n = 0 gives
 * nextWorkingDay(date), so the result is always a working day.
 */
export function addWorkingDays(date: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number, 0 or more: ${n}`);
  if (n === 0) return nextWorkingDay(date, holidays);
  let day = dayNumber(date);
  let left = n;
  while (left > 0) {
    day++;
    if (isWorkingDayNumber(day, holidays)) left--;
  }
  return fromDayNumber(day);
}

/** Working days in (from, to]: how many working days after `from` it takes to reach `to`. 0 if to <= from. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: ReadonlySet<IsoDate>): number {
  const end = dayNumber(to);
  let count = 0;
  for (let day = dayNumber(from) + 1; day <= end; day++) if (isWorkingDayNumber(day, holidays)) count++;
  return count;
}

/** The n-th working day before `date` (the day itself does not count): papers due 3 working days before a Monday panel are due the Wednesday before. */
export function subtractWorkingDays(date: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number, 0 or more: ${n}`);
  let day = dayNumber(date);
  if (n === 0) {
    while (!isWorkingDayNumber(day, holidays)) day--;
    return fromDayNumber(day);
  }
  let left = n;
  while (left > 0) {
    day--;
    if (isWorkingDayNumber(day, holidays)) left--;
  }
  return fromDayNumber(day);
}

/** Every working day from `from` to `to`, both included, in order. */
export function listWorkingDays(from: IsoDate, to: IsoDate, holidays: ReadonlySet<IsoDate>): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = dayNumber(from), end = dayNumber(to); day <= end; day++) if (isWorkingDayNumber(day, holidays)) days.push(fromDayNumber(day));
  return days;
}
