import type { IsoDate } from './dates';

/**
 * ISO dates as whole-day numbers (days since 01/01/1970), for the review engine's
 * hot path: the tracker reviews every child at once, and the date-fns helpers in
 * dates.ts build and format a Date on every call. These agree with them exactly
 * (test/unit/dates.test.ts checks by property) at a fraction of the cost, and a
 * day number has no time of day to go wrong across the clock changes.
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/*
 * Days from civil dates and back, proleptic Gregorian, after Howard Hinnant's
 * "chrono-compatible low-level date algorithms": plain integer arithmetic, no Date.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function toDayNumber(iso: IsoDate): number {
  const m = ISO_RE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoOf(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** 0 = Monday ... 6 = Sunday, as weekdayIndex in dates.ts; day 0 was a Thursday. */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

export function plusDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

export function plusWeeks(iso: IsoDate, weeks: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + weeks * 7);
}

/** Calendar months, clamped to the month's end like addMonthsIso: 31/01 + 1 month = 28/02. */
export function plusMonths(iso: IsoDate, months: number): IsoDate {
  const m = ISO_RE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return isoOf(year, month, Math.min(Number(m[3]), daysInMonth(year, month)));
}

/** Calendar days from `from` to `to`, as daysBetween. */
export function daysFromTo(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
