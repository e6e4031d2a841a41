import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeEnglandWalesBankHolidays,
  easterSunday,
  ENGLAND_WALES_BANK_HOLIDAYS,
  ENGLAND_WALES_HOLIDAY_SET,
  englandWalesBankHolidays,
  holidaySet,
  SHIPPED_BANK_HOLIDAY_YEARS,
} from '../../shared/domain/bank-holidays';
import { addDaysIso, isIsoDate, isWeekend, weekdayIndex } from '../../shared/domain/dates';

const YEARS = [2024, 2025, 2026, 2027, 2028];
const inYear = (year: number) => ENGLAND_WALES_BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`));

describe('the shipped England and Wales bank holidays, 2024 to 2028', () => {
  it('covers exactly the years it says it does', () => {
    expect(SHIPPED_BANK_HOLIDAY_YEARS).toEqual({ from: 2024, to: 2028 });
    expect(new Set(ENGLAND_WALES_BANK_HOLIDAYS.map((h) => Number(h.date.slice(0, 4))))).toEqual(new Set(YEARS));
  });

  it.each(YEARS)('matches the standard rules for %i, date for date and name for name', (year) => {
    expect(inYear(year)).toEqual(computeEnglandWalesBankHolidays(year));
  });

  it('is in date order, with valid ISO dates, no repeats, and none at a weekend', () => {
    const dates = ENGLAND_WALES_BANK_HOLIDAYS.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    for (const date of dates) {
      expect(isIsoDate(date), date).toBe(true);
      expect(isWeekend(date), date).toBe(false);
    }
  });

  it('has eight bank holidays each year', () => {
    for (const year of YEARS) expect(inYear(year)).toHaveLength(8);
  });

  it('includes the substitute days when Christmas, Boxing Day or New Year’s Day fall at a weekend', () => {
    const byDate = new Map(ENGLAND_WALES_BANK_HOLIDAYS.map((h) => [h.date, h.name]));
    expect(byDate.get('2026-12-28')).toBe('Boxing Day (substitute day)');
    expect(byDate.get('2027-12-27')).toBe('Christmas Day (substitute day)');
    expect(byDate.get('2027-12-28')).toBe('Boxing Day (substitute day)');
    expect(byDate.get('2028-01-03')).toBe('New Year’s Day (substitute day)');
    expect(byDate.has('2026-12-26')).toBe(false);
    expect(byDate.has('2027-12-25')).toBe(false);
    expect(byDate.has('2028-01-01')).toBe(false);
  });

  it('has the Easter and May dates GOV.UK publishes', () => {
    const dates = new Set(ENGLAND_WALES_BANK_HOLIDAYS.map((h) => h.date));
    for (const date of ['2024-03-29', '2024-04-01', '2025-04-18', '2025-04-21', '2026-04-03', '2026-04-06', '2027-03-26', '2027-03-29', '2028-04-14', '2028-04-17']) {
      expect(dates.has(date), date).toBe(true);
    }
    for (const date of ['2026-05-04', '2026-05-25', '2026-08-31', '2028-05-01', '2028-05-29', '2028-08-28']) {
      expect(dates.has(date), date).toBe(true);
    }
  });
});

describe('holidaySet', () => {
  it('holds every shipped date and nothing else', () => {
    const set = holidaySet(ENGLAND_WALES_BANK_HOLIDAYS);
    expect(set.size).toBe(40);
    expect(set.has('2026-12-25')).toBe(true);
    expect(set.has('2026-12-28')).toBe(true);
    expect(set.has('2026-12-26')).toBe(false);
    expect(ENGLAND_WALES_HOLIDAY_SET).toEqual(set);
  });

  it('is empty for no holidays', () => {
    expect(holidaySet([]).size).toBe(0);
  });
});

describe('computing bank holidays', () => {
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('finds Easter Sunday %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('puts Easter on a Sunday between 22 March and 25 April, every year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const easter = easterSunday(year);
        const monthDay = easter.slice(5);
        return weekdayIndex(easter) === 6 && monthDay >= '03-22' && monthDay <= '04-25';
      }),
    );
  });

  it('gives eight distinct weekday holidays in the right year, every year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const list = computeEnglandWalesBankHolidays(year);
        const dates = list.map((h) => h.date);
        return (
          list.length === 8 &&
          new Set(dates).size === 8 &&
          dates.every((d) => !isWeekend(d) && (d.startsWith(`${year}-`) || d === `${year + 1}-01-01`))
        );
      }),
    );
  });

  it('keeps the named weekdays: Good Friday a Friday, the rest Mondays except Christmas (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const [ny, gf, em, earlyMay, spring, summer] = computeEnglandWalesBankHolidays(year);
        return (
          weekdayIndex(gf!.date) === 4 &&
          [em, earlyMay, spring, summer].every((h) => weekdayIndex(h!.date) === 0) &&
          earlyMay!.date.slice(5) <= '05-07' &&
          spring!.date.slice(5) >= '05-25' &&
          summer!.date.slice(5) >= '08-25' &&
          ny!.date <= `${year}-01-03`
        );
      }),
    );
  });

  it('moves Christmas and Boxing Day at a weekend to the Monday and Tuesday, as in 2021 and 2022', () => {
    // 2021: Christmas on a Saturday. 2022: Christmas on a Sunday, so Boxing Day keeps Monday 26th.
    expect(computeEnglandWalesBankHolidays(2021).slice(6)).toEqual([
      { date: '2021-12-27', name: 'Christmas Day (substitute day)' },
      { date: '2021-12-28', name: 'Boxing Day (substitute day)' },
    ]);
    expect(computeEnglandWalesBankHolidays(2022).slice(6)).toEqual([
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
    expect(computeEnglandWalesBankHolidays(2023)[0]).toEqual({ date: '2023-01-02', name: 'New Year’s Day (substitute day)' });
  });

  it('uses the shipped list where it reaches and the computed rules outside it', () => {
    const span = englandWalesBankHolidays(2023, 2029);
    expect(span.filter((h) => h.date >= '2024-01-01' && h.date <= '2028-12-31')).toEqual([...ENGLAND_WALES_BANK_HOLIDAYS]);
    expect(span.filter((h) => h.date.startsWith('2029-')).map((h) => h.date)).toEqual([
      '2029-01-01',
      '2029-03-30',
      '2029-04-02',
      '2029-05-07',
      '2029-05-28',
      '2029-08-27',
      '2029-12-25',
      '2029-12-26',
    ]);
    expect(span).toHaveLength(7 * 8);
    expect(addDaysIso(easterSunday(2029), -2)).toBe('2029-03-30');
  });
});
