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
