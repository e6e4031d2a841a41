import { isValid, parse } from 'date-fns';
import { isIsoDate, toIso, type IsoDate } from './dates';

// Apart from dates.ts so that screens which only show dates do not carry date-fns's parser.

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
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isIsoDate(text) ? text : undefined;
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

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_BY_PREFIX = new Map(MONTH_NAMES.map((m, i) => [m.slice(0, 3).toLowerCase(), i + 1]));

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why a date that has a date's shape cannot be read, in words: "30 February 2021 does
 * not exist", "there is no month 13 (dates are day first...)". The same sentence whichever
 * accepted format it came in (30/02/2021, 30-02-21, 2021-02-30, 30 Feb 2021). Undefined
 * when the text does not look like a date at all.
 */
export function explainImpossibleDate(input: string): string | undefined {
  const text = input.trim();
  let day: number, month: number, year: number;
  let dayFirst = true;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    dayFirst = false;
  } else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text))) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[\s-]+([A-Za-z]{3,})[\s-]+(\d{2}|\d{4})$/.exec(text))) {
    const named = MONTH_BY_PREFIX.get(m[2]!.slice(0, 3).toLowerCase());
    if (!named) return `there is no month called “${m[2]}”.`;
    [day, month, year] = [Number(m[1]), named, Number(m[3])];
  } else return undefined;
  if (year < 100) year += 2000;
  if (month < 1 || month > 12) {
    const swapped = dayFirst && month > 12 && day >= 1 && day <= 12 ? ' Dates are day first (dd/mm/yyyy): check whether the day and month are the wrong way round.' : '';
    return `there is no month ${month}.${swapped}`;
  }
  if (day < 1) return 'there is no day 0 in a month.';
  const last = daysIn(year, month);
  if (day > last) return `${day} ${MONTH_NAMES[month - 1]} ${year} does not exist (${MONTH_NAMES[month - 1]} ${year} has ${last} days).`;
  if (year < 1900 || year > 2200) return `the year ${year} is not one Panelroom can record.`;
  return undefined;
}
