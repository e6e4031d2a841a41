import { addDays, addMonths, addWeeks, differenceInCalendarDays } from 'date-fns';

/**
 * Calendar dates travel as ISO strings ('2026-11-22'): no time, no time zone, so a
 * date typed in London is the same date everywhere. They are shown the UK way
 * (22/11/2026). Arithmetic goes through date-fns on local-midnight Dates, which
 * keeps whole days across clock changes.
 */
export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_RE.exec(value);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]);
}

export function toDate(iso: IsoDate): Date {
  const m = ISO_RE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function toIso(date: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's date where the computer is (the council's local date, not UTC). */
export function todayIso(now: Date = new Date()): IsoDate {
  return toIso(now);
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return toIso(addDays(toDate(iso), days));
}

export function addWeeksIso(iso: IsoDate, weeks: number): IsoDate {
  return toIso(addWeeks(toDate(iso), weeks));
}

/** Month arithmetic clamps to the month's end: 31/01 + 1 month = 28/02 (or 29/02). */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return toIso(addMonths(toDate(iso), months));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** 0 = Monday ... 6 = Sunday (UK weeks start on Monday). */
export function weekdayIndex(iso: IsoDate): number {
  return (toDate(iso).getDay() + 6) % 7;
}

export function isWeekend(iso: IsoDate): boolean {
  return weekdayIndex(iso) >= 5;
}

/** 22/11/2026. Empty string for no date. (By slicing: the tracker formats thousands, and it needs no calendar.) */
export function formatUkDate(iso: IsoDate | null | undefined): string {
  return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
}

