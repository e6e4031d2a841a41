import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLAND_WALES_BANK_HOLIDAYS, ENGLAND_WALES_HOLIDAY_SET } from '../../shared/domain/bank-holidays';
import { addDaysIso, daysBetween, type IsoDate, isWeekend, toIso } from '../../shared/domain/dates';
import { addWorkingDays, isWorkingDay, nextWorkingDay, workingDaysBetween } from '../../shared/domain/working-days';

const H = ENGLAND_WALES_HOLIDAY_SET;
const NONE: ReadonlySet<IsoDate> = new Set();

/** Dates either side of the shipped holidays, so the properties meet Christmas and Easter often. */
const isoDate = fc.date({ min: new Date(2023, 6, 1), max: new Date(2029, 5, 30), noInvalidDate: true }).map(toIso);
const workingDayCount = fc.integer({ min: 0, max: 80 });

/** A slow, obviously right reference: day by day, through date-fns. */
function naiveIsWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && !H.has(date);
}
function naiveCount(from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let d = addDaysIso(from, 1); d <= to; d = addDaysIso(d, 1)) if (naiveIsWorkingDay(d)) n++;
  return n;
}

describe('isWorkingDay', () => {
  it('is Monday to Friday, less bank holidays', () => {
    expect(isWorkingDay('2026-11-23', H)).toBe(true); // Monday
    expect(isWorkingDay('2026-11-27', H)).toBe(true); // Friday
    expect(isWorkingDay('2026-11-21', H)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22', H)).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-25', H)).toBe(false); // Christmas Day
    expect(isWorkingDay('2026-12-28', H)).toBe(false); // Boxing Day (substitute day)
    expect(isWorkingDay('2026-04-03', H)).toBe(false); // Good Friday
  });

  it('counts a bank holiday as a working day only when no holidays are given', () => {
    expect(isWorkingDay('2026-12-25', NONE)).toBe(true);
  });

  it('refuses a string that is not an ISO date', () => {
    expect(() => isWorkingDay('25/12/2026', H)).toThrow(RangeError);
  });

  it('never calls a shipped bank holiday a working day', () => {
    for (const h of ENGLAND_WALES_BANK_HOLIDAYS) expect(isWorkingDay(h.date, H), h.date).toBe(false);
  });

  it('agrees with the day-by-day reference (property)', () => {
    fc.assert(fc.property(isoDate, (d) => isWorkingDay(d, H) === naiveIsWorkingDay(d)));
  });
});

describe('nextWorkingDay', () => {
  it('keeps a working day as it is', () => {
    expect(nextWorkingDay('2026-11-27', H)).toBe('2026-11-27');
  });

  it('moves a weekend to the Monday', () => {
    expect(nextWorkingDay('2026-11-21', H)).toBe('2026-11-23');
    expect(nextWorkingDay('2026-11-22', H)).toBe('2026-11-23');
  });

  it('moves past Christmas and its substitute day, and past Easter', () => {
    expect(nextWorkingDay('2026-12-25', H)).toBe('2026-12-29');
    expect(nextWorkingDay('2027-12-25', H)).toBe('2027-12-29');
    expect(nextWorkingDay('2028-01-01', H)).toBe('2028-01-04');
    expect(nextWorkingDay('2026-04-03', H)).toBe('2026-04-07');
  });

  it('is idempotent, never earlier, always a working day, and skips only days off (property)', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        const next = nextWorkingDay(d, H);
        if (nextWorkingDay(next, H) !== next || next < d || !isWorkingDay(next, H)) return false;
        for (let x = d; x < next; x = addDaysIso(x, 1)) if (naiveIsWorkingDay(x)) return false;
        return true;
      }),
    );
  });
});

describe('addWorkingDays: "within 5 working days", counted from the day after', () => {
  it('gives the following Monday for 5 working days from a Monday', () => {
    expect(addWorkingDays('2026-11-23', 5, H)).toBe('2026-11-30');
  });

  it('skips Christmas Day and the Boxing Day substitute: 5 working days from Friday 18/12/2026 is Tuesday 29/12/2026', () => {
    expect(addWorkingDays('2026-12-18', 5, H)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-18', 5, NONE)).toBe('2026-12-25');
  });

  it('counts 20 working days from Tuesday 01/12/2026 to Thursday 31/12/2026', () => {
    expect(addWorkingDays('2026-12-01', 20, H)).toBe('2026-12-31');
  });

  it('counts from a weekend as if from the Friday before', () => {
    expect(addWorkingDays('2026-11-21', 1, H)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-20', 1, H)).toBe('2026-11-23');
  });

  it('gives the next working day for 0', () => {
    expect(addWorkingDays('2026-11-27', 0, H)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-28', 0, H)).toBe('2026-11-30');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-11-23', -1, H)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-23', 1.5, H)).toThrow(RangeError);
  });

  it('always lands on a working day, never on a weekend or bank holiday (property)', () => {
    fc.assert(
      fc.property(isoDate, workingDayCount, (d, n) => {
        const r = addWorkingDays(d, n, H);
        return isWorkingDay(r, H) && !isWeekend(r) && !H.has(r);
      }),
    );
  });

  it('skips exactly n working days, and lands on the n-th (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 80 }), (d, n) => {
        const r = addWorkingDays(d, n, H);
        return naiveCount(d, r) === n && naiveCount(d, addDaysIso(r, -1)) === n - 1;
      }),
    );
  });

  it('is monotonic in n, strictly from n = 1 (property)', () => {
    fc.assert(
      fc.property(isoDate, workingDayCount, (d, n) => {
        const a = addWorkingDays(d, n, H);
        const b = addWorkingDays(d, n + 1, H);
        return n === 0 ? a <= b : a < b;
      }),
    );
  });

  it('adds in steps: a working days then b is a + b (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), (d, a, b) => {
        return addWorkingDays(addWorkingDays(d, a, H), b, H) === addWorkingDays(d, a + b, H);
      }),
    );
  });

  it('takes a calendar week for every 5 working days when there are no holidays (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 20 }), (d, weeks) => {
        const weekday = nextWorkingDay(d, NONE);
        return daysBetween(weekday, addWorkingDays(weekday, 5 * weeks, NONE)) === 7 * weeks;
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('inverts addWorkingDays (property)', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: 1, max: 80 }), (d, n) => workingDaysBetween(d, addWorkingDays(d, n, H), H) === n));
  });

  it('is 0 when the end is not after the start', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-23', H)).toBe(0);
    expect(workingDaysBetween('2026-11-23', '2026-11-01', H)).toBe(0);
  });
});
