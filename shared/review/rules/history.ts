import type { IsoDate } from '../../domain/dates';
import type { KeyDateType, MeetingKind } from '../../domain/vocabulary';
import type { ChildReviewState } from '../types';

/*
 * ISO dates compare correctly as strings, so these scan with plain comparisons:
 * no Dates, no sorting, no arrays, because they run for every child on the tracker.
 */

/** The latest key date of a type, optionally only those on or after `from`. */
export function latestKeyDate(state: ChildReviewState, type: KeyDateType, from: IsoDate | null = null): IsoDate | null {
  let best: IsoDate | null = null;
  for (const k of state.keyDates) {
    if (k.type !== type || (from !== null && k.date < from)) continue;
    if (best === null || k.date > best) best = k.date;
  }
  return best;
}

/** The latest meeting of a kind, optionally only those on or after `from`. */
export function latestMeeting(state: ChildReviewState, kind: MeetingKind, from: IsoDate | null = null): IsoDate | null {
  let best: IsoDate | null = null;
  for (const m of state.meetings) {
    if (m.kind !== kind || (from !== null && m.date < from)) continue;
    if (best === null || m.date > best) best = m.date;
  }
  return best;
}

/** The latest Legal Gateway Panel, whether recorded as a key date or as a meeting. */
export function latestLgp(state: ChildReviewState): IsoDate | null {
  return later(latestKeyDate(state, 'lgp'), latestMeeting(state, 'lgp'));
}

export function later(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
