import type { IsoDate } from '../domain/dates';

export const SERIES_INTERVALS = ['weekly', 'fortnightly', 'monthly'] as const;
export type SeriesInterval = (typeof SERIES_INTERVALS)[number];

export const HOLIDAY_RULES = ['skip', 'move'] as const;
/** What happens to a meeting that falls on a bank holiday: no meeting that week, or the next working day. */
export type HolidayRule = (typeof HOLIDAY_RULES)[number];

/** The repeating shape of a series: everything the dates and the turn of each team follow from. */
export interface SeriesPattern {
  /** 0 = Monday ... 6 = Sunday */
  weekday: number;
  interval: SeriesInterval;
  /** Monthly only: 1-4 = first to fourth such weekday of the month, 5 = the last. Ignored otherwise. */
  monthWeek: number | null;
  /** The first meeting is the first matching date on or after this day. */
  startsOn: IsoDate;
  /** No meeting after this day; null = open-ended. */
  endsOn: IsoDate | null;
  holidayRule: HolidayRule;
  /** Team ids in the order they take their turn. A team may appear more than once; empty = no rota. */
  rotation: readonly number[];
}

/**
 * A one-off change to one date of the pattern, anchored to the date the pattern gave
 * (not the date after any move), so it still applies when the series is regenerated.
 */
export interface DateOverride {
  patternDate: IsoDate;
  cancelled: boolean;
  /** Held on this date instead; null = where the pattern (and holiday rule) put it. */
  movedTo: IsoDate | null;
  /** This team attends instead of the rota's; null = the rota's team. */
  teamId: number | null;
  note: string | null;
}

/** A meeting added outside the pattern. It takes no turn, so the rota carries on unchanged. */
export interface ExtraDate {
  id: number;
  date: IsoDate;
  teamId: number | null;
  note: string | null;
}

export type OccurrenceStatus = 'scheduled' | 'cancelled' | 'holiday';

export interface Occurrence {
  /** Stable across regeneration: `p:<pattern date>` or `x:<extra id>`. */
  key: string;
  /** null for an extra meeting */
  patternDate: IsoDate | null;
  /** When it is held (after the holiday rule and any move). For a skipped holiday, the holiday itself. */
  date: IsoDate;
  /** The team attending (after any swap); null when the series has no rota. */
  teamId: number | null;
  /** The team the rota gave this date, before any swap. */
  rotaTeamId: number | null;
  /** 'holiday' = not held because of a bank holiday under the skip rule (it takes no turn). */
  status: OccurrenceStatus;
  /** Why the date is not the pattern's: null, a bank holiday (moved), a one-off move, or an extra meeting. */
  change: 'holiday-moved' | 'moved' | 'extra' | null;
  /** The bank holiday that skipped or moved it. */
  holidayName: string | null;
  swapped: boolean;
  note: string | null;
}

export interface RotaResult {
  /** Every occurrence whose date lies in the window, date order (ties: pattern before extra). */
  occurrences: Occurrence[];
  /** Overrides whose pattern date the pattern no longer produces (the series was edited); shown so they can be cleared. */
  unmatched: DateOverride[];
}
