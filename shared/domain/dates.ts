import { addDays, addMonths, addWeeks, differenceInCalendarDays, format, isValid, parse } from 'date-fns';

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
  return format(date, 'yyyy-MM-dd');
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

/** 22/11/2026. Empty string for no date. */
export function formatUkDate(iso: IsoDate | null | undefined): string {
  return iso ? format(toDate(iso), 'dd/MM/yyyy') : '';
}

/** Sunday 22 November 2026: for documents and headings, where a date must not be misread. */
export function formatLongDate(iso: IsoDate): string {
  return format(toDate(iso), 'EEEE d MMMM yyyy');
}

export const UK_DATE_HINT = 'Use the format dd/mm/yyyy, for example 22/11/2026.';

const UK_FORMATS = ['d/M/yyyy', 'd-M-yyyy', 'd.M.yyyy', 'd/M/yy', 'd-M-yy', 'd MMM yyyy', 'd MMMM yyyy', 'd-MMM-yyyy', 'd-MMM-yy'];

/**
 * Reads a date as people and spreadsheets write it in the UK: 22/11/2026, 22-11-26,
 * 22.11.2026, 22 Nov 2026, 2026-11-22, and Excel's "22/11/2026 00:00". Two-digit
 * years are read as 19xx when they would otherwise be more than five years ahead.
 * Impossible dates (31/02/2026) are refused, never rolled over.
 */
export function parseUkDate(input: string, now: Date = new Date()): IsoDate | undefined {
  const text = input.trim().replace(/\s+(00:00(:00)?|0:00)$/, '').replace(/\s+/g, ' ');
  if (!text) return undefined;
  if (ISO_RE.test(text)) return isIsoDate(text) ? text : undefined;
  for (const pattern of UK_FORMATS) {
    const parsed = parse(text, pattern, new Date(2000, 0, 1));
    if (!isValid(parsed)) continue;
    if (pattern.endsWith('yy') && !pattern.endsWith('yyyy')) {
      const yy = parsed.getFullYear() % 100;
      const cutoff = (now.getFullYear() % 100) + 5;
      parsed.setFullYear(yy <= cutoff ? 2000 + yy : 1900 + yy);
    }
    // A four-digit pattern also reads "26" as the year 26: let the two-digit patterns have it.
    if (parsed.getFullYear() < 1900 || parsed.getFullYear() > 2200) continue;
    return toIso(parsed);
  }
  return undefined;
}
