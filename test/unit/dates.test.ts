import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, addWeeksIso, daysBetween, formatUkDate, isIsoDate, isWeekend, toIso, weekdayIndex } from '../../shared/domain/dates';
import { formatLongDate } from '../../shared/domain/long-date';
import { parseUkDate } from '../../shared/domain/parse-uk-date';
import { daysFromTo, fromDayNumber, plusDays, plusMonths, plusWeeks, toDayNumber, weekdayOfDayNumber } from '../../shared/domain/day-numbers';

// A fixed "now" for the two-digit-year window: never the real clock.
const NOW = new Date(2026, 10, 22);
const parse = (text: string) => parseUkDate(text, NOW);

/** Any calendar date from 1950 to 2150, as an ISO string. */
const isoDate = fc.date({ min: new Date(1950, 0, 1), max: new Date(2150, 11, 31), noInvalidDate: true }).map(toIso);

describe('parseUkDate: dates as people and spreadsheets write them in the UK', () => {
  it.each([
    ['22/11/2026', '2026-11-22'],
    ['2/3/2026', '2026-03-02'],
    ['02/03/2026', '2026-03-02'],
    ['22-11-2026', '2026-11-22'],
    ['22.11.2026', '2026-11-22'],
    ['22 Nov 2026', '2026-11-22'],
    ['22 November 2026', '2026-11-22'],
    ['22-Nov-2026', '2026-11-22'],
    ['2026-11-22', '2026-11-22'],
    ['  22/11/2026  ', '2026-11-22'],
    ['22  Nov   2026', '2026-11-22'],
  ])('reads %j as %s', (text, iso) => {
    expect(parse(text)).toBe(iso);
  });

  it.each([
    ['22/11/2026 00:00', '2026-11-22'],
    ['22/11/2026 00:00:00', '2026-11-22'],
    ['22/11/2026 0:00', '2026-11-22'],
  ])('reads Excel’s date-with-midnight %j as %s', (text, iso) => {
    expect(parse(text)).toBe(iso);
  });

  it.each([
    ['22/11/26', '2026-11-22'],
    ['22-11-26', '2026-11-22'],
    ['22-Nov-26', '2026-11-22'],
    ['1/2/95', '1995-02-01'],
    ['29/02/28', '2028-02-29'],
    // Up to five years ahead of "now" (2026) reads as 20xx; beyond that, as 19xx.
    ['01/02/31', '2031-02-01'],
    ['01/02/32', '1932-02-01'],
    ['05/06/00', '2000-06-05'],
  ])('reads the two-digit year in %j as %s', (text, iso) => {
    expect(parse(text)).toBe(iso);
  });

  it.each([
    '31/02/2026',
    '29/02/2027',
    '30/02/2028',
    '29/02/1900',
    '31/04/2026',
    '32/01/2026',
    '22/13/2026',
    '00/01/2026',
    '29/02/27',
    '2026-02-30',
    '2026-13-01',
    '22/11/0026',
    '05/05/1899',
  ])('refuses the impossible or out-of-range date %j rather than rolling it over', (text) => {
    expect(parse(text)).toBeUndefined();
  });

  it.each(['', '   ', 'next Tuesday', '22/11', '11/22/2026', 'TBC'])('refuses %j, which is not a date', (text) => {
    expect(parse(text)).toBeUndefined();
  });

  it.each([
    ['29/02/2028', '2028-02-29'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
  ])('accepts the leap day %j', (text, iso) => {
    expect(parse(text)).toBe(iso);
  });

  it('reads back every date it formats (property)', () => {
    fc.assert(fc.property(isoDate, (iso) => parse(formatUkDate(iso)) === iso));
  });

  it('reads every ISO date as itself (property)', () => {
    fc.assert(fc.property(isoDate, (iso) => parse(iso) === iso && isIsoDate(iso)));
  });
});

describe('formatUkDate and formatLongDate', () => {
  it('writes dd/mm/yyyy with leading zeros', () => {
    expect(formatUkDate('2026-11-22')).toBe('22/11/2026');
    expect(formatUkDate('2026-01-05')).toBe('05/01/2026');
    expect(formatUkDate('2028-02-29')).toBe('29/02/2028');
  });

  it('writes nothing for no date', () => {
    expect(formatUkDate(null)).toBe('');
    expect(formatUkDate(undefined)).toBe('');
    expect(formatUkDate('')).toBe('');
  });

  it('writes the long form for documents', () => {
    expect(formatLongDate('2026-11-22')).toBe('Sunday 22 November 2026');
  });
});

describe('ISO date arithmetic', () => {
  it('counts Monday as day 0 and knows the weekend', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0);
    expect(weekdayIndex('2026-11-22')).toBe(6);
    expect(isWeekend('2026-11-21')).toBe(true);
    expect(isWeekend('2026-11-20')).toBe(false);
  });

  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('keeps whole days across the clock changes', () => {
    // British Summer Time began on 29/03/2026 and ends on 25/10/2026.
    expect(addDaysIso('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysIso('2026-03-29', 1)).toBe('2026-03-30');
    expect(addWeeksIso('2026-10-20', 1)).toBe('2026-10-27');
    expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
  });

  it('adds weeks as exactly seven days each (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -60, max: 60 }), (iso, weeks) => {
        const later = addWeeksIso(iso, weeks);
        return daysBetween(iso, later) === weeks * 7 && weekdayIndex(later) === weekdayIndex(iso);
      }),
    );
  });
});

describe('day numbers: the review engine’s fast arithmetic agrees with the date-fns helpers', () => {
  const offset = fc.integer({ min: -3000, max: 3000 });
  const months = fc.integer({ min: -400, max: 400 });

  it('counts days from 01/01/1970', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(11017)).toBe('2000-03-01');
    expect(weekdayOfDayNumber(0)).toBe(3); // a Thursday
    expect(() => toDayNumber('22/11/2026')).toThrow(RangeError);
  });

  it('round-trips and agrees with daysBetween and weekdayIndex (property)', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const n = toDayNumber(iso);
        return fromDayNumber(n) === iso && n === daysBetween('1970-01-01', iso) && weekdayOfDayNumber(n) === weekdayIndex(iso);
      }),
    );
  });

  it('adds days and weeks as addDaysIso and addWeeksIso do (property)', () => {
    fc.assert(
      fc.property(isoDate, offset, (iso, n) => plusDays(iso, n) === addDaysIso(iso, n) && plusWeeks(iso, n) === addWeeksIso(iso, n) && daysFromTo(iso, plusDays(iso, n)) === n),
    );
  });

  it('adds months, clamping to the month’s end, as addMonthsIso does (property)', () => {
    fc.assert(fc.property(isoDate, months, (iso, n) => plusMonths(iso, n) === addMonthsIso(iso, n)));
    expect(plusMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(plusMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(plusMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(plusMonths('2000-01-31', 1)).toBe('2000-02-29');
    expect(plusMonths('2100-01-31', 1)).toBe('2100-02-28');
  });
});
