import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandWalesBankHolidays } from '../../shared/domain/bank-holidays';
import { addDaysIso, daysBetween, type IsoDate, toIso, weekdayIndex } from '../../shared/domain/dates';
import { plusDays, plusMonths } from '../../shared/domain/day-numbers';
import { isWorkingDay, nextWorkingDay } from '../../shared/domain/working-days';
import { generateRota, patternDates } from '../../shared/rota/generate';
import type { DateOverride, ExtraDate, Occurrence, RotaResult, SeriesPattern } from '../../shared/rota/types';

/** The shipped list to 2028, the computed standard holidays after it. */
const HOLIDAYS: ReadonlyMap<IsoDate, string> = new Map(englandWalesBankHolidays(2024, 2033).map((h) => [h.date, h.name]));
const HOLIDAY_DATES: ReadonlySet<IsoDate> = new Set(HOLIDAYS.keys());
const NO_HOLIDAYS: ReadonlyMap<IsoDate, string> = new Map();

const A = 1;
const B = 2;
const C = 3;

function series(over: Partial<SeriesPattern>): SeriesPattern {
  return { weekday: 4, interval: 'weekly', monthWeek: null, startsOn: '2026-12-04', endsOn: null, holidayRule: 'skip', rotation: [A, B], ...over };
}

function override(patternDate: IsoDate, over: Partial<DateOverride>): DateOverride {
  return { patternDate, cancelled: false, movedTo: null, teamId: null, note: null, ...over };
}

function rota(pattern: SeriesPattern, to: IsoDate, overrides: DateOverride[] = [], extras: ExtraDate[] = [], holidays = HOLIDAYS): RotaResult {
  return generateRota(pattern, holidays, overrides, extras, { from: pattern.startsOn, to });
}

/** date, team and status, the way a rota is read out. */
const brief = (o: Occurrence) => [o.date, o.teamId, o.status];
const byKey = (r: RotaResult) => new Map(r.occurrences.map((o) => [o.key, o]));

describe('generateRota: examples on real England and Wales dates', () => {
  it('skips Christmas Day and New Year’s Day on a weekly Friday panel, and the teams carry on in turn', () => {
    const r = rota(series({}), '2027-01-15');
    expect(r.occurrences.map(brief)).toEqual([
      ['2026-12-04', A, 'scheduled'],
      ['2026-12-11', B, 'scheduled'],
      ['2026-12-18', A, 'scheduled'],
      ['2026-12-25', null, 'holiday'],
      ['2027-01-01', null, 'holiday'],
      ['2027-01-08', B, 'scheduled'],
      ['2027-01-15', A, 'scheduled'],
    ]);
    const christmas = r.occurrences[3]!;
    expect(christmas).toMatchObject({ key: 'p:2026-12-25', patternDate: '2026-12-25', holidayName: 'Christmas Day', rotaTeamId: null, change: null, swapped: false });
    expect(r.occurrences[4]!.holidayName).toBe('New Year’s Day');
    expect(r.unmatched).toEqual([]);
    // With no bank holidays given, Christmas Day is a Friday like any other.
    expect(rota(series({}), '2026-12-25', [], [], NO_HOLIDAYS).occurrences.at(-1)).toMatchObject({ date: '2026-12-25', teamId: B, status: 'scheduled', holidayName: null });
  });

  it('moves a Monday panel to the Tuesday after the Boxing Day substitute and Easter Monday, keeping each turn', () => {
    const pattern = series({ weekday: 0, startsOn: '2026-12-07', holidayRule: 'move', rotation: [A, B, C] });
    const r = rota(pattern, '2027-01-04');
    expect(r.occurrences.map(brief)).toEqual([
      ['2026-12-07', A, 'scheduled'],
      ['2026-12-14', B, 'scheduled'],
      ['2026-12-21', C, 'scheduled'],
      ['2026-12-29', A, 'scheduled'],
      ['2027-01-04', B, 'scheduled'],
    ]);
    expect(r.occurrences[3]).toMatchObject({ key: 'p:2026-12-28', patternDate: '2026-12-28', change: 'holiday-moved', holidayName: 'Boxing Day (substitute day)' });

    const easter = generateRota(pattern, HOLIDAYS, [], [], { from: '2027-03-22', to: '2027-04-05' });
    expect(easter.occurrences.map((o) => [o.patternDate, o.date, o.change])).toEqual([
      ['2027-03-22', '2027-03-22', null],
      ['2027-03-29', '2027-03-30', 'holiday-moved'],
      ['2027-04-05', '2027-04-05', null],
    ]);
    expect(easter.occurrences[1]!.holidayName).toBe('Easter Monday');
  });

  it('moves a Friday panel past the bank holiday weekend to the Tuesday after Christmas and Good Friday', () => {
    const friday = series({ holidayRule: 'move' });
    const dates = (from: IsoDate, to: IsoDate) => generateRota(friday, HOLIDAYS, [], [], { from, to }).occurrences.map((o) => [o.patternDate, o.date]);
    expect(dates('2026-12-24', '2027-01-05')).toEqual([['2026-12-25', '2026-12-29'], ['2027-01-01', '2027-01-04']]);
    expect(dates('2027-03-26', '2027-03-31')).toEqual([['2027-03-26', '2027-03-30']]);
  });

  it('meets fortnightly, and a skipped Good Friday takes no turn', () => {
    const r = rota(series({ interval: 'fortnightly', startsOn: '2026-03-20', rotation: [A, B, C] }), '2026-05-15');
    expect(r.occurrences.map(brief)).toEqual([
      ['2026-03-20', A, 'scheduled'],
      ['2026-04-03', null, 'holiday'],
      ['2026-04-17', B, 'scheduled'],
      ['2026-05-01', C, 'scheduled'],
      ['2026-05-15', A, 'scheduled'],
    ]);
  });

  it('meets on the first Tuesday of each month, from the first one on or after the start', () => {
    const first = series({ weekday: 1, interval: 'monthly', monthWeek: 1 });
    expect(patternDates({ ...first, startsOn: '2026-01-01' }, '2026-06-30')).toEqual(['2026-01-06', '2026-02-03', '2026-03-03', '2026-04-07', '2026-05-05', '2026-06-02']);
    expect(patternDates({ ...first, startsOn: '2026-01-06' }, '2026-02-28')).toEqual(['2026-01-06', '2026-02-03']);
    expect(patternDates({ ...first, startsOn: '2026-01-07' }, '2026-03-31')).toEqual(['2026-02-03', '2026-03-03']);
  });

  it('meets on the last Wednesday of each month, and the fourth Thursday', () => {
    const last = series({ weekday: 2, interval: 'monthly', monthWeek: 5, startsOn: '2026-01-01' });
    expect(patternDates(last, '2026-06-30')).toEqual(['2026-01-28', '2026-02-25', '2026-03-25', '2026-04-29', '2026-05-27', '2026-06-24']);
    expect(patternDates({ ...last, startsOn: '2026-12-01' }, '2027-03-31')).toEqual(['2026-12-30', '2027-01-27', '2027-02-24', '2027-03-31']);
    const fourth = series({ weekday: 3, interval: 'monthly', monthWeek: 4, startsOn: '2026-01-01' });
    expect(patternDates(fourth, '2026-05-31')).toEqual(['2026-01-22', '2026-02-26', '2026-03-26', '2026-04-23', '2026-05-28']);
  });

  it('skips a monthly panel on the Easter Monday and the May bank holidays, and moves it under the move rule', () => {
    const firstMonday = series({ weekday: 0, interval: 'monthly', monthWeek: 1, startsOn: '2026-03-01', rotation: [A, B] });
    expect(rota(firstMonday, '2026-06-30').occurrences.map(brief)).toEqual([
      ['2026-03-02', A, 'scheduled'],
      ['2026-04-06', null, 'holiday'],
      ['2026-05-04', null, 'holiday'],
      ['2026-06-01', B, 'scheduled'],
    ]);
    const lastMonday = series({ weekday: 0, interval: 'monthly', monthWeek: 5, startsOn: '2026-05-01', holidayRule: 'move', rotation: [A, B] });
    expect(rota(lastMonday, '2026-09-30').occurrences.map(brief)).toEqual([
      ['2026-05-26', A, 'scheduled'],
      ['2026-06-29', B, 'scheduled'],
      ['2026-07-27', A, 'scheduled'],
      ['2026-09-01', B, 'scheduled'],
      ['2026-09-28', A, 'scheduled'],
    ]);
  });

  it('holds nothing after the last date of the series', () => {
    expect(rota(series({ endsOn: '2026-12-18' }), '2027-03-31').occurrences.map((o) => o.date)).toEqual(['2026-12-04', '2026-12-11', '2026-12-18']);
    expect(rota(series({ endsOn: '2026-12-17' }), '2027-03-31').occurrences.map((o) => o.date)).toEqual(['2026-12-04', '2026-12-11']);
    expect(patternDates(series({ endsOn: '2026-12-03' }), '2027-03-31')).toEqual([]);
  });

  it('leaves the team empty when the series has no rota', () => {
    const r = rota(series({ rotation: [] }), '2026-12-18');
    expect(r.occurrences.map((o) => [o.teamId, o.rotaTeamId])).toEqual([[null, null], [null, null], [null, null]]);
  });
});

describe('generateRota: one-off changes and extra meetings', () => {
  const pattern = series({ rotation: [A, B, C] });

  it('keeps a cancelled date’s turn, so the teams after it do not move', () => {
    const r = rota(pattern, '2026-12-18', [override('2026-12-11', { cancelled: true, note: 'Training day' })]);
    expect(r.occurrences.map(brief)).toEqual([
      ['2026-12-04', A, 'scheduled'],
      ['2026-12-11', B, 'cancelled'],
      ['2026-12-18', C, 'scheduled'],
    ]);
    expect(r.occurrences[1]!.note).toBe('Training day');
  });

  it('moves one date, and swaps the team of another without changing whose turn it was', () => {
    const r = rota(pattern, '2026-12-18', [override('2026-12-04', { movedTo: '2026-12-14' }), override('2026-12-11', { teamId: 9 })]);
    expect(r.occurrences.map((o) => [o.key, o.date, o.teamId, o.rotaTeamId, o.change, o.swapped])).toEqual([
      ['p:2026-12-11', '2026-12-11', 9, B, null, true],
      ['p:2026-12-04', '2026-12-14', A, A, 'moved', false],
      ['p:2026-12-18', '2026-12-18', C, C, null, false],
    ]);
  });

  it('combines a move with a swap, and a cancellation wins for the status', () => {
    const r = rota(pattern, '2026-12-31', [override('2026-12-11', { movedTo: '2026-12-10', teamId: 7, cancelled: true })]);
    expect(r.occurrences[1]).toMatchObject({ key: 'p:2026-12-11', date: '2026-12-10', teamId: 7, rotaTeamId: B, status: 'cancelled', change: 'moved', swapped: true });
    expect(r.occurrences.filter((o) => o.status === 'scheduled').map((o) => o.teamId)).toEqual([A, C]);
  });

  it('holds a skipped bank holiday moved by hand with the next team, without using up that team’s turn', () => {
    const r = rota(pattern, '2027-01-15', [override('2026-12-25', { movedTo: '2026-12-23' })]);
    expect(r.occurrences.map(brief)).toEqual([
      ['2026-12-04', A, 'scheduled'],
      ['2026-12-11', B, 'scheduled'],
      ['2026-12-18', C, 'scheduled'],
      ['2026-12-23', A, 'scheduled'],
      ['2027-01-01', null, 'holiday'],
      ['2027-01-08', A, 'scheduled'],
      ['2027-01-15', B, 'scheduled'],
    ]);
    expect(r.occurrences[3]).toMatchObject({ key: 'p:2026-12-25', change: 'moved', holidayName: 'Christmas Day', rotaTeamId: A, swapped: false });
    const swapped = rota(pattern, '2027-01-15', [override('2026-12-25', { movedTo: '2026-12-23', teamId: 8 })]);
    expect(swapped.occurrences[3]).toMatchObject({ teamId: 8, rotaTeamId: A, swapped: true });
  });

  it('lets a one-off move win over the move rule, and ignores a swap on a holiday nobody meets on', () => {
    const monday = series({ weekday: 0, startsOn: '2026-12-21', holidayRule: 'move', rotation: [A, B] });
    const moved = rota(monday, '2027-01-04', [override('2026-12-28', { movedTo: '2026-12-30' })]);
    expect(moved.occurrences.map((o) => [o.date, o.teamId, o.change])).toEqual([['2026-12-21', A, null], ['2026-12-30', B, 'moved'], ['2027-01-04', A, null]]);
    const skippedSwap = rota(pattern, '2026-12-31', [override('2026-12-25', { teamId: 9 }), override('2027-01-01', { cancelled: true })]);
    expect(skippedSwap.occurrences.slice(3).map((o) => [o.date, o.teamId, o.status, o.swapped])).toEqual([['2026-12-25', null, 'holiday', false]]);
    const newYear = generateRota(pattern, HOLIDAYS, [override('2027-01-01', { cancelled: true })], [], { from: '2027-01-01', to: '2027-01-08' });
    expect(newYear.occurrences.map(brief)).toEqual([['2027-01-01', null, 'cancelled'], ['2027-01-08', A, 'scheduled']]);
  });

  it('adds an extra meeting that takes no turn, after the pattern’s meeting on the same day', () => {
    const extras: ExtraDate[] = [
      { id: 10, date: '2026-12-11', teamId: 5, note: 'Extra sitting' },
      { id: 9, date: '2026-12-11', teamId: null, note: null },
      { id: 3, date: '2026-12-15', teamId: 6, note: null },
    ];
    const r = rota(pattern, '2026-12-18', [], extras);
    expect(r.occurrences.map((o) => [o.key, o.date, o.teamId])).toEqual([
      ['p:2026-12-04', '2026-12-04', A],
      ['p:2026-12-11', '2026-12-11', B],
      ['x:9', '2026-12-11', null],
      ['x:10', '2026-12-11', 5],
      ['x:3', '2026-12-15', 6],
      ['p:2026-12-18', '2026-12-18', C],
    ]);
    expect(r.occurrences[3]).toEqual({ key: 'x:10', patternDate: null, date: '2026-12-11', teamId: 5, rotaTeamId: null, status: 'scheduled', change: 'extra', holidayName: null, swapped: false, note: 'Extra sitting' });
  });

  it('reports the changes whose date the pattern no longer produces, however far ahead they are', () => {
    const changes = [override('2026-12-11', { cancelled: true }), override('2027-06-04', { teamId: 9 }), override('2026-12-25', { movedTo: '2026-12-23' })];
    const window = { from: '2026-12-01', to: '2026-12-31' };
    expect(generateRota(pattern, HOLIDAYS, changes, [], window).unmatched).toEqual([]);
    const thursdays = { ...pattern, weekday: 3 };
    expect(generateRota(thursdays, HOLIDAYS, changes, [], window).unmatched).toEqual(changes);
    const ended = { ...pattern, endsOn: '2027-05-31' };
    expect(generateRota(ended, HOLIDAYS, changes, [], window).unmatched).toEqual([changes[1]]);
    const fortnightly = { ...pattern, interval: 'fortnightly' as const };
    expect(generateRota(fortnightly, HOLIDAYS, changes, [], window).unmatched).toEqual([changes[0], changes[2]]);
  });

  it('places a date moved into the window from a pattern date after it', () => {
    const r = generateRota(pattern, HOLIDAYS, [override('2027-06-04', { movedTo: '2026-12-15' })], [], { from: '2026-12-14', to: '2026-12-16' });
    // 04/06/2027 is 26 Fridays after the first, 3 of them skipped (Christmas, New Year, Good Friday): the 24th turn.
    expect(r.occurrences.map((o) => [o.key, o.date, o.teamId])).toEqual([['p:2027-06-04', '2026-12-15', [A, B, C][(26 - 3) % 3]]]);
  });
});

describe('generateRota: refuses what it cannot work out', () => {
  it('refuses a period that ends before it starts, or more than 60 years after the series starts', () => {
    expect(() => generateRota(series({}), HOLIDAYS, [], [], { from: '2027-01-02', to: '2027-01-01' })).toThrow(RangeError);
    expect(() => generateRota(series({}), HOLIDAYS, [], [], { from: '2026-12-04', to: '2087-01-01' })).toThrow(/60 years/);
    expect(() => patternDates(series({}), '2087-01-01')).toThrow(RangeError);
    // Up to 60 years of 365.25 days: to Wednesday 04/12/2086 for a series from 04/12/2026.
    expect(generateRota(series({}), HOLIDAYS, [], [], { from: '2086-11-20', to: '2086-12-04' }).occurrences.map((o) => o.date)).toEqual(['2086-11-22', '2086-11-29']);
    expect(() => generateRota(series({}), HOLIDAYS, [], [], { from: '2086-11-20', to: '2086-12-05' })).toThrow(RangeError);
  });

  it('refuses a pattern the dates cannot follow from', () => {
    expect(() => patternDates(series({ weekday: 7 }), '2027-01-01')).toThrow(RangeError);
    expect(() => patternDates(series({ interval: 'daily' as never }), '2027-01-01')).toThrow(RangeError);
    expect(() => patternDates(series({ interval: 'monthly', monthWeek: null }), '2027-01-01')).toThrow(RangeError);
    expect(() => patternDates(series({ interval: 'monthly', monthWeek: 6 }), '2027-01-01')).toThrow(RangeError);
    expect(() => patternDates(series({ startsOn: '04/12/2026' }), '2027-01-01')).toThrow(RangeError);
  });

  it('reports a change beyond the 60-year limit, or on a garbled date, as unmatched rather than failing the whole rota', () => {
    const far = override('2090-01-06', { movedTo: '2026-12-09' });
    const garbled = override('2027-1-5', { cancelled: true });
    expect(generateRota(series({ weekday: 1 }), HOLIDAYS, [far, garbled], [], { from: '2026-12-01', to: '2026-12-31' }).unmatched).toEqual([far, garbled]);
  });

  // How fast it is lives in `npm run bench` (the rota row), not in a timed test a busy machine can fail.
  it('works out a year ten years after a weekly panel began, as the first year would be: every Wednesday, the teams in turn', () => {
    const pattern = series({ weekday: 2, startsOn: '2026-01-07', rotation: [A, B, C, A] });
    const later = generateRota(pattern, HOLIDAYS, [override('2030-05-08', { cancelled: true })], [], { from: '2035-01-01', to: '2035-12-31' });
    expect(later.occurrences).toHaveLength(52);
    for (const o of later.occurrences) expect(new Date(`${o.date}T12:00:00Z`).getUTCDay()).toBe(3);
    const turns = later.occurrences.filter((o) => o.status === 'scheduled').map((o) => o.rotaTeamId);
    for (let i = 4; i < turns.length; i++) expect(turns[i]).toBe(turns[i - 4]);
  });
});

// ---- properties, over two years from random starts in 2026-2028, against the real holiday list ----

const startDate = fc.date({ min: new Date(2026, 0, 1), max: new Date(2028, 11, 31), noInvalidDate: true }).map(toIso);
const patternArb = fc.record({
  weekday: fc.integer({ min: 0, max: 4 }),
  interval: fc.constantFrom('weekly' as const, 'fortnightly' as const, 'monthly' as const),
  monthWeek: fc.integer({ min: 1, max: 5 }),
  startsOn: startDate,
  endsOn: fc.constant(null),
  holidayRule: fc.constantFrom('skip' as const, 'move' as const),
  rotation: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 }),
});
const twoYears = (p: SeriesPattern) => ({ from: p.startsOn, to: plusMonths(p.startsOn, 24) });

/** A one-off change, placed on the n-th pattern date (modulo how many there are). */
const changeArb = fc.record({
  at: fc.nat(),
  /** Bank holidays are few among the pattern dates, so aim at them on purpose. */
  onHoliday: fc.boolean(),
  cancelled: fc.boolean(),
  moveBy: fc.option(fc.integer({ min: -4, max: 4 }), { nil: null }),
  teamId: fc.option(fc.integer({ min: 5, max: 9 }), { nil: null }),
  note: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
});
type Change = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

/** Changes on distinct pattern dates (bank holidays included); a move goes to a working day nearby. */
function toOverrides(dates: readonly IsoDate[], changes: readonly Change[], moveScale = 1): DateOverride[] {
  const out = new Map<IsoDate, DateOverride>();
  const holidays = dates.filter((d) => HOLIDAYS.has(d));
  for (const c of changes) {
    const pool = c.onHoliday && holidays.length > 0 ? holidays : dates;
    const patternDate = pool[c.at % pool.length]!;
    const movedTo = c.moveBy === null ? null : nextWorkingDay(plusDays(patternDate, c.moveBy * moveScale), HOLIDAY_DATES);
    out.set(patternDate, { patternDate, cancelled: c.cancelled, movedTo, teamId: c.teamId, note: c.note });
  }
  return [...out.values()];
}

function expectApplied(withChanges: RotaResult, without: RotaResult, overrides: readonly DateOverride[], notHeld: (date: IsoDate) => boolean): void {
  const changed = new Map(overrides.map((o) => [`p:${o.patternDate}`, o]));
  const plain = byKey(without);
  const seen = byKey(withChanges);
  for (const [key, o] of changed) {
    const occ = seen.get(key);
    if (!occ) continue; // held outside the window
    expect(occ.note).toBe(o.note);
    if (o.movedTo === null && notHeld(o.patternDate)) {
      // A bank holiday skipped by the rule: nobody meets, so there is no team to swap.
      expect(occ).toMatchObject({ status: o.cancelled ? 'cancelled' : 'holiday', teamId: null, swapped: false });
      continue;
    }
    expect(occ.status).toBe(o.cancelled ? 'cancelled' : 'scheduled');
    if (o.movedTo !== null) expect(occ).toMatchObject({ date: o.movedTo, change: 'moved' });
    if (o.teamId !== null) expect(occ).toMatchObject({ teamId: o.teamId, swapped: true });
  }
  // Every other date is exactly as it would be with no changes at all.
  for (const occ of withChanges.occurrences) if (!changed.has(occ.key)) expect(occ).toEqual(plain.get(occ.key));
  for (const occ of without.occurrences) if (!changed.has(occ.key)) expect(seen.get(occ.key)).toEqual(occ);
}

describe('generateRota: properties over two years of real bank holidays', () => {
  it('deals the rota out in order to the meetings held, with no changes (property)', () => {
    fc.assert(
      fc.property(patternArb, (p) => {
        const r = generateRota(p, HOLIDAYS, [], [], twoYears(p));
        const held = r.occurrences.filter((o) => o.status === 'scheduled');
        expect(held.map((o) => o.teamId)).toEqual(held.map((_, i) => p.rotation[i % p.rotation.length]));
        expect(held.every((o) => o.rotaTeamId === o.teamId && !o.swapped)).toBe(true);
        expect(r.occurrences.map((o) => o.date)).toEqual(r.occurrences.map((o) => o.date).sort());
      }),
    );
  });

  it('never holds a skipped meeting on a bank holiday (property)', () => {
    fc.assert(
      fc.property(patternArb, (p) => {
        const r = generateRota({ ...p, holidayRule: 'skip' }, HOLIDAYS, [], [], twoYears(p));
        for (const o of r.occurrences) {
          expect(HOLIDAYS.has(o.date)).toBe(o.status === 'holiday');
          if (o.status === 'holiday') expect(o).toMatchObject({ teamId: null, rotaTeamId: null, holidayName: HOLIDAYS.get(o.date) });
        }
      }),
    );
  });

  it('under the move rule, holds every pattern date exactly once, on a working day (property)', () => {
    fc.assert(
      fc.property(patternArb, (p) => {
        const pattern: SeriesPattern = { ...p, holidayRule: 'move', endsOn: twoYears(p).to };
        const r = generateRota(pattern, HOLIDAYS, [], [], { from: p.startsOn, to: addDaysIso(pattern.endsOn!, 14) });
        const dates = patternDates(pattern, pattern.endsOn!);
        expect(r.occurrences.map((o) => o.patternDate).sort()).toEqual(dates);
        for (const o of r.occurrences) {
          expect(o.status).toBe('scheduled');
          expect(isWorkingDay(o.date, HOLIDAY_DATES)).toBe(true);
          expect(o.date).toBe(nextWorkingDay(o.patternDate!, HOLIDAY_DATES));
          expect(o.change).toBe(o.date === o.patternDate ? null : 'holiday-moved');
        }
      }),
    );
  });

  it('keeps one-off changes after the series is regenerated, and they change no other date (property)', () => {
    fc.assert(
      fc.property(
        patternArb,
        fc.array(changeArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 400 }),
        fc.subarray(englandWalesBankHolidays(2026, 2031).map((h) => h.date)),
        fc.array(startDate, { maxLength: 5 }),
        (p, changes, skipDays, moreDays, dropped, added) => {
          const first = twoYears(p);
          const overrides = toOverrides(patternDates(p, first.to), changes);
          const taken = new Set(overrides.map((o) => o.patternDate));
          const skips = (holidays: ReadonlyMap<IsoDate, string>) => (d: IsoDate) => p.holidayRule === 'skip' && holidays.has(d);
          expectApplied(generateRota(p, HOLIDAYS, overrides, [], first), generateRota(p, HOLIDAYS, [], [], first), overrides, skips(HOLIDAYS));

          // Regenerated: a later end to the series, another window, and a holiday list that
          // has lost and gained some holidays on dates nobody changed.
          const later: SeriesPattern = { ...p, endsOn: plusDays(first.to, moreDays) };
          const holidays = new Map(HOLIDAYS);
          for (const d of dropped) if (!taken.has(d)) holidays.delete(d);
          for (const d of added) if (!taken.has(d)) holidays.set(d, 'Extra bank holiday');
          const second = { from: plusDays(p.startsOn, skipDays), to: plusDays(first.to, moreDays + 30) };
          const again = generateRota(later, holidays, overrides, [], second);
          expect(again.unmatched).toEqual([]);
          expectApplied(again, generateRota(later, holidays, [], [], second), overrides, skips(holidays));
        },
      ),
    );
  });

  it('adds extra meetings that take no turn, with every key unique (property)', () => {
    const extraArb = fc.record({ date: startDate, teamId: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }), note: fc.constant(null) });
    fc.assert(
      fc.property(patternArb, fc.array(extraArb, { maxLength: 10 }), (p, drafts) => {
        const window = twoYears(p);
        const extras: ExtraDate[] = drafts.map((e, i) => ({ ...e, id: 100 + i }));
        const r = generateRota(p, HOLIDAYS, [], extras, window);
        const plain = generateRota(p, HOLIDAYS, [], [], window);
        expect(r.occurrences.filter((o) => o.patternDate !== null)).toEqual(plain.occurrences);
        const expected = extras.filter((e) => e.date >= window.from && e.date <= window.to);
        const got = r.occurrences.filter((o) => o.change === 'extra');
        expect(got.map((o) => o.key).sort()).toEqual(expected.map((e) => `x:${e.id}`).sort());
        for (const o of got) expect(o).toMatchObject({ patternDate: null, rotaTeamId: null, status: 'scheduled', teamId: extras.find((e) => `x:${e.id}` === o.key)!.teamId });
        expect(new Set(r.occurrences.map((o) => o.key)).size).toBe(r.occurrences.length);
      }),
    );
  });

  it('gives every date the same result whatever the window (property)', () => {
    fc.assert(
      fc.property(patternArb, fc.array(changeArb, { maxLength: 8 }), fc.integer({ min: -60, max: 790 }), fc.integer({ min: 0, max: 120 }), (p, changes, offset, length) => {
        const whole = { from: addDaysIso(p.startsOn, -60), to: plusDays(twoYears(p).to, 60) };
        // Moves of up to 40 days, so some meetings move in from pattern dates outside the smaller window.
        const overrides = toOverrides(patternDates(p, whole.to), changes, 10);
        const extras: ExtraDate[] = [{ id: 1, date: plusDays(p.startsOn, offset), teamId: 3, note: null }];
        const all = generateRota(p, HOLIDAYS, overrides, extras, whole);
        const part = { from: plusDays(p.startsOn, offset), to: plusDays(p.startsOn, Math.min(offset + length, 790)) };
        const some = generateRota(p, HOLIDAYS, overrides, extras, part);
        expect(some.occurrences).toEqual(all.occurrences.filter((o) => o.date >= part.from && o.date <= part.to));
        expect(some.unmatched).toEqual(all.unmatched);
      }),
    );
  });
});

describe('patternDates', () => {
  /** Day by day through date-fns: slow, and obviously right. */
  function naive(p: SeriesPattern, until: IsoDate): IsoDate[] {
    const out: IsoDate[] = [];
    for (let d = p.startsOn; d <= until; d = addDaysIso(d, 1)) {
      if (weekdayIndex(d) !== p.weekday) continue;
      if (p.interval === 'monthly') {
        const dayOfMonth = Number(d.slice(8, 10));
        const isLast = addDaysIso(d, 7).slice(5, 7) !== d.slice(5, 7);
        if (p.monthWeek === 5 ? isLast : Math.ceil(dayOfMonth / 7) === p.monthWeek) out.push(d);
      } else if (out.length === 0 || daysBetween(out[0]!, d) % (p.interval === 'weekly' ? 7 : 14) === 0) {
        out.push(d);
      }
    }
    return out;
  }

  it('agrees with the day-by-day reference (property)', () => {
    fc.assert(
      fc.property(patternArb, fc.integer({ min: 0, max: 6 }), (p, weekday) => {
        const pattern = { ...p, weekday };
        const until = twoYears(p).to;
        expect(patternDates(pattern, until)).toEqual(naive(pattern, until));
      }),
    );
  });
});

describe('moving past a run of closure days', () => {
  it('skips a meeting that would land on the next one, rather than holding two on one day', () => {
    const holidays = new Map<string, string>([
      ['2026-12-28', 'Boxing Day (substitute day)'],
      ['2026-12-29', 'Council closure'],
      ['2026-12-30', 'Council closure'],
      ['2026-12-31', 'Council closure'],
      ['2027-01-01', 'New Year’s Day'],
    ]);
    const pattern = { weekday: 0, interval: 'weekly' as const, monthWeek: null, startsOn: '2026-12-21', endsOn: null, holidayRule: 'move' as const, rotation: [1, 2] };
    const { occurrences } = generateRota(pattern, holidays, [], [], { from: '2026-12-21', to: '2027-01-11' });
    expect(occurrences.map((o) => [o.date, o.status, o.teamId])).toEqual([
      ['2026-12-21', 'scheduled', 1],
      ['2026-12-28', 'holiday', null],
      ['2027-01-04', 'scheduled', 2],
      ['2027-01-11', 'scheduled', 1],
    ]);
  });
});
