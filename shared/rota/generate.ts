import type { IsoDate } from '../domain/dates';
import { fromDayNumber, toDayNumber } from '../domain/day-numbers';
import { nextWorkingDay } from '../domain/working-days';
import { MAX_SPAN_DAYS, MAX_SPAN_YEARS, patternDayNumbers } from './pattern';
import type { DateOverride, ExtraDate, Occurrence, RotaResult, SeriesPattern } from './types';

export { patternDates } from './pattern';

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dates of a series and whose turn each one is.
 *
 * The rota is dealt out to the meetings actually held, in order, from the first date of
 * the series. Counting always starts there, whatever the window asked for, so a date's
 * team never depends on which months are on screen; and a one-off change only ever
 * affects its own date, so the teams after it are what everyone was told they would be.
 */
export function generateRota(
  pattern: SeriesPattern,
  holidays: ReadonlyMap<IsoDate, string>,
  overrides: readonly DateOverride[],
  extras: readonly ExtraDate[],
  window: { from: IsoDate; to: IsoDate },
): RotaResult {
  const start = toDayNumber(pattern.startsOn);
  const to = toDayNumber(window.to);
  if (toDayNumber(window.from) > to) throw new RangeError('The start of the period must be on or before its end.');
  if (to - start > MAX_SPAN_DAYS) throw new RangeError(`The rota can be worked out at most ${MAX_SPAN_YEARS} years after the series starts.`);

  // Later entries for the same date win, as a later edit would.
  const byPatternDate = new Map(overrides.map((o) => [o.patternDate, o]));

  // Walk on to the latest override too: one moved back into the window still needs its
  // turn, and telling the unmatched apart means seeing whether the pattern reaches them.
  // None is followed past the span limit, nor one that is not an ISO date; the pattern
  // never reaches either, so it is reported as unmatched rather than failing the rota.
  const spanEnd = fromDayNumber(start + MAX_SPAN_DAYS);
  let until = window.to;
  for (const o of overrides) if (o.patternDate > until && o.patternDate <= spanEnd && ISO_SHAPE.test(o.patternDate)) until = o.patternDate;

  const deal = new Dealer(pattern, holidays);
  const matched = new Set<IsoDate>();
  const occurrences: Occurrence[] = [];
  const days = patternDayNumbers(pattern, toDayNumber(until));
  for (const [i, day] of days.entries()) {
    const patternDate = fromDayNumber(day);
    const override = byPatternDate.get(patternDate);
    if (override) matched.add(patternDate);
    const following = days[i + 1];
    const occurrence = deal.next(patternDate, override, following === undefined ? null : fromDayNumber(following));
    if (occurrence.date >= window.from && occurrence.date <= window.to) occurrences.push(occurrence);
  }
  for (const extra of extras) {
    if (extra.date >= window.from && extra.date <= window.to) occurrences.push(extraOccurrence(extra));
  }
  occurrences.sort(byDateThenKind);
  return { occurrences, unmatched: overrides.filter((o) => !matched.has(o.patternDate)) };
}

/** Deals the turns out to the pattern dates, one at a time and in order. */
class Dealer {
  private turn = 0;
  private holidaySet: ReadonlySet<IsoDate> | null = null;
  private readonly pattern: SeriesPattern;
  private readonly holidays: ReadonlyMap<IsoDate, string>;

  constructor(pattern: SeriesPattern, holidays: ReadonlyMap<IsoDate, string>) {
    this.pattern = pattern;
    this.holidays = holidays;
  }

  next(patternDate: IsoDate, override: DateOverride | undefined, followingPatternDate: IsoDate | null): Occurrence {
    const holidayName = this.holidays.get(patternDate) ?? null;
    // A run of closure days can carry a moved meeting onto (or past) the next one: then
    // there is no room for it, and it is skipped rather than held twice on one day.
    const noRoom =
      holidayName !== null &&
      this.pattern.holidayRule === 'move' &&
      followingPatternDate !== null &&
      nextWorkingDay(patternDate, this.holidayDates()) >= followingPatternDate;
    const skipped = holidayName !== null && (this.pattern.holidayRule === 'skip' || noRoom);
    const movedTo = override?.movedTo ?? null;
    const cancelled = override?.cancelled ?? false;
    const note = override?.note ?? null;
    const key = `p:${patternDate}`;

    if (skipped && movedTo === null) {
      // Not held, so it takes no turn: the teams of the meetings actually held go round
      // in order. A swap has nothing to apply to; a cancellation still shows as such.
      const status = cancelled ? 'cancelled' : 'holiday';
      return { key, patternDate, date: patternDate, teamId: null, rotaTeamId: null, status, change: null, holidayName, swapped: false, note };
    }

    // A skipped holiday held elsewhere by hand is an extra meeting in all but name: it
    // goes to the team whose turn is next without using that turn up, so the rest of
    // the rota is as it would have been without the change.
    const rotaTeamId = this.teamOfTurn();
    if (!skipped) this.turn++;

    let date = patternDate;
    let change: Occurrence['change'] = null;
    if (movedTo !== null) {
      // A move made by hand is a decision about this date, so it wins over the holiday rule.
      date = movedTo;
      change = 'moved';
    } else if (holidayName !== null) {
      date = nextWorkingDay(patternDate, this.holidayDates());
      change = 'holiday-moved';
    }
    const swapTo = override?.teamId ?? null;
    return {
      key,
      patternDate,
      date,
      teamId: swapTo ?? rotaTeamId,
      rotaTeamId,
      // A cancelled date keeps its turn (taken above): cancelling one meeting must not
      // push every later team a date along.
      status: cancelled ? 'cancelled' : 'scheduled',
      change,
      // Kept on a date moved by hand too, so the rota can say why it was likely moved.
      holidayName,
      swapped: swapTo !== null,
      note,
    };
  }

  private teamOfTurn(): number | null {
    const { rotation } = this.pattern;
    return rotation.length === 0 ? null : (rotation[this.turn % rotation.length] ?? null);
  }

  /** Built only when a holiday is moved: most pattern dates never need it. */
  private holidayDates(): ReadonlySet<IsoDate> {
    this.holidaySet ??= new Set(this.holidays.keys());
    return this.holidaySet;
  }
}

function extraOccurrence(extra: ExtraDate): Occurrence {
  return {
    key: `x:${extra.id}`,
    patternDate: null,
    date: extra.date,
    teamId: extra.teamId,
    rotaTeamId: null,
    status: 'scheduled',
    change: 'extra',
    holidayName: null,
    swapped: false,
    note: extra.note,
  };
}

/** Date order; on the same day the pattern's meeting first, then extras in the order they were added (by id). */
function byDateThenKind(a: Occurrence, b: Occurrence): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const aExtra = a.patternDate === null;
  const bExtra = b.patternDate === null;
  if (aExtra !== bExtra) return aExtra ? 1 : -1;
  if (aExtra) {
    const byId = Number(a.key.slice(2)) - Number(b.key.slice(2));
    if (byId !== 0) return byId;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
