import { type IsoDate, weekdayIndex } from './dates';
import { plusDays } from './day-numbers';

export interface BankHoliday {
  date: IsoDate;
  name: string;
}

/**
 * England and Wales bank holidays as published on GOV.UK. The shipped list is the
 * source of truth, not the computation below, because the government can move or add
 * a holiday (as it did for VE Day in 2020 and for the coronation in 2023). None has
 * been announced for these years. Extend it each year as GOV.UK publishes dates.
 */
export const ENGLAND_WALES_BANK_HOLIDAYS: readonly BankHoliday[] = [
  { date: '2024-01-01', name: 'New Year’s Day' },
  { date: '2024-03-29', name: 'Good Friday' },
  { date: '2024-04-01', name: 'Easter Monday' },
  { date: '2024-05-06', name: 'Early May bank holiday' },
  { date: '2024-05-27', name: 'Spring bank holiday' },
  { date: '2024-08-26', name: 'Summer bank holiday' },
  { date: '2024-12-25', name: 'Christmas Day' },
  { date: '2024-12-26', name: 'Boxing Day' },

  { date: '2025-01-01', name: 'New Year’s Day' },
  { date: '2025-04-18', name: 'Good Friday' },
  { date: '2025-04-21', name: 'Easter Monday' },
  { date: '2025-05-05', name: 'Early May bank holiday' },
  { date: '2025-05-26', name: 'Spring bank holiday' },
  { date: '2025-08-25', name: 'Summer bank holiday' },
  { date: '2025-12-25', name: 'Christmas Day' },
  { date: '2025-12-26', name: 'Boxing Day' },

  { date: '2026-01-01', name: 'New Year’s Day' },
  { date: '2026-04-03', name: 'Good Friday' },
  { date: '2026-04-06', name: 'Easter Monday' },
  { date: '2026-05-04', name: 'Early May bank holiday' },
  { date: '2026-05-25', name: 'Spring bank holiday' },
  { date: '2026-08-31', name: 'Summer bank holiday' },
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)' },

  { date: '2027-01-01', name: 'New Year’s Day' },
  { date: '2027-03-26', name: 'Good Friday' },
  { date: '2027-03-29', name: 'Easter Monday' },
  { date: '2027-05-03', name: 'Early May bank holiday' },
  { date: '2027-05-31', name: 'Spring bank holiday' },
  { date: '2027-08-30', name: 'Summer bank holiday' },
  { date: '2027-12-27', name: 'Christmas Day (substitute day)' },
  { date: '2027-12-28', name: 'Boxing Day (substitute day)' },

  { date: '2028-01-03', name: 'New Year’s Day (substitute day)' },
  { date: '2028-04-14', name: 'Good Friday' },
  { date: '2028-04-17', name: 'Easter Monday' },
  { date: '2028-05-01', name: 'Early May bank holiday' },
  { date: '2028-05-29', name: 'Spring bank holiday' },
  { date: '2028-08-28', name: 'Summer bank holiday' },
  { date: '2028-12-25', name: 'Christmas Day' },
  { date: '2028-12-26', name: 'Boxing Day' },
];

/** The calendar years the shipped list covers, inclusive. */
export const SHIPPED_BANK_HOLIDAY_YEARS = { from: 2024, to: 2028 } as const;

export function holidaySet(list: readonly BankHoliday[]): ReadonlySet<IsoDate> {
  return new Set(list.map((h) => h.date));
}

/** Each bank holiday's name by its date (the rota says which holiday a date falls on). */
export function holidayNames(list: readonly BankHoliday[]): ReadonlyMap<IsoDate, string> {
  return new Map(list.map((h) => [h.date, h.name]));
}

/** Built once: callers that run the review engine for every child share this. */
export const ENGLAND_WALES_HOLIDAY_SET: ReadonlySet<IsoDate> = holidaySet(ENGLAND_WALES_BANK_HOLIDAYS);

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function firstMonday(year: number, month: number): IsoDate {
  const offset = (7 - weekdayIndex(iso(year, month, 1))) % 7;
  return iso(year, month, 1 + offset);
}

function lastMonday(year: number, month: number): IsoDate {
  const last = daysInMonth(year, month);
  return iso(year, month, last - weekdayIndex(iso(year, month, last)));
}

/**
 * The standard England and Wales bank holidays for a year, by the usual rules:
 * a holiday falling at a weekend is replaced by the next weekday not already a
 * holiday. It cannot know about one-off changes; the shipped list can.
 */
export function computeEnglandWalesBankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const out: BankHoliday[] = [];

  const newYear = iso(year, 1, 1);
  const nyDay = weekdayIndex(newYear);
  out.push(nyDay < 5 ? { date: newYear, name: 'New Year’s Day' } : { date: plusDays(newYear, 7 - nyDay), name: 'New Year’s Day (substitute day)' });

  out.push({ date: plusDays(easter, -2), name: 'Good Friday' });
  out.push({ date: plusDays(easter, 1), name: 'Easter Monday' });
  out.push({ date: firstMonday(year, 5), name: 'Early May bank holiday' });
  out.push({ date: lastMonday(year, 5), name: 'Spring bank holiday' });
  out.push({ date: lastMonday(year, 8), name: 'Summer bank holiday' });

  // Christmas and Boxing Day at a weekend move to the following Monday and Tuesday,
  // in whichever order leaves them on distinct weekdays.
  const christmas = iso(year, 12, 25);
  switch (weekdayIndex(christmas)) {
    case 4: // Friday: Boxing Day on Saturday moves to Monday 28th
      out.push({ date: christmas, name: 'Christmas Day' }, { date: iso(year, 12, 28), name: 'Boxing Day (substitute day)' });
      break;
    case 5: // Saturday
      out.push({ date: iso(year, 12, 27), name: 'Christmas Day (substitute day)' }, { date: iso(year, 12, 28), name: 'Boxing Day (substitute day)' });
      break;
    case 6: // Sunday: Boxing Day keeps Monday 26th, Christmas moves to Tuesday 27th
      out.push({ date: iso(year, 12, 26), name: 'Boxing Day' }, { date: iso(year, 12, 27), name: 'Christmas Day (substitute day)' });
      break;
    default:
      out.push({ date: christmas, name: 'Christmas Day' }, { date: iso(year, 12, 26), name: 'Boxing Day' });
  }
  return out;
}

/**
 * Holidays for a span of years: the shipped list where it reaches, the computed
 * standard holidays outside it (dates long past, or years not yet published).
 */
export function englandWalesBankHolidays(fromYear: number, toYear: number): BankHoliday[] {
  const out: BankHoliday[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    if (year >= SHIPPED_BANK_HOLIDAY_YEARS.from && year <= SHIPPED_BANK_HOLIDAY_YEARS.to) {
      const prefix = `${year}-`;
      out.push(...ENGLAND_WALES_BANK_HOLIDAYS.filter((h) => h.date.startsWith(prefix)));
    } else {
      out.push(...computeEnglandWalesBankHolidays(year));
    }
  }
  return out;
}
