import type { IsoDate } from '../domain/dates';
import { plusMonths, plusWeeks } from '../domain/day-numbers';
import { addWorkingDays } from '../domain/working-days';
import type { ReviewSettings } from './types';

/**
 * How long each review may wait, as the rules count it: calendar weeks, calendar months
 * (clamped to the month's end) or working days (skipping weekends and bank holidays).
 * The engine's rules and the management figures' SQL both take their deadlines from
 * here, so a figure and the tracker can never count a timescale differently.
 */
export interface ReviewInterval {
  unit: 'weeks' | 'months' | 'workingDays';
  n: number;
}

export const REVIEW_INTERVALS = {
  /** Walsall: a Care Planning Meeting at least every 6 weeks for a child in care. */
  cpm: (s: ReviewSettings): ReviewInterval => ({ unit: 'weeks', n: s.cpmIntervalWeeks }),
  /** Ratified long-term fostering under a care order, not red: the plan reviewed every 12 months. */
  cpmYearly: (s: ReviewSettings): ReviewInterval => ({ unit: 'months', n: s.ltfReviewMonths }),
  /** An IRO appointed within 5 working days of entering care. */
  iro: (s: ReviewSettings): ReviewInterval => ({ unit: 'workingDays', n: s.iroAppointedWorkingDays }),
  /** The first Child in Care review within 20 working days of entering care. */
  cicFirst: (s: ReviewSettings): ReviewInterval => ({ unit: 'workingDays', n: s.firstCicReviewWorkingDays }),
  /** The second within 3 months of the first. */
  cicSecond: (s: ReviewSettings): ReviewInterval => ({ unit: 'months', n: s.secondCicReviewMonths }),
  /** Then every 6 months after the previous one. */
  cicLater: (s: ReviewSettings): ReviewInterval => ({ unit: 'months', n: s.laterCicReviewMonths }),
  /** Section 20 should not drift past 2 years. */
  s20: (s: ReviewSettings): ReviewInterval => ({ unit: 'months', n: s.s20FlagYears * 12 }),
} as const;

/** The day an interval runs out, counted from `from`. */
export function afterInterval(from: IsoDate, interval: ReviewInterval, holidays: ReadonlySet<IsoDate>): IsoDate {
  if (interval.unit === 'weeks') return plusWeeks(from, interval.n);
  if (interval.unit === 'months') return plusMonths(from, interval.n);
  return addWorkingDays(from, interval.n, holidays);
}

/** One Permanence Panel review after a decision to issue, and the window in which a panel counts for it (weeks from the decision). */
export interface PanelWindow {
  weeks: number;
  opensWeeks: number;
  closesWeeks: number;
}

/**
 * Walsall's 4- and 14-week panels after a Legal Gateway decision to issue, soonest first
 * (whatever order they were typed in), each with its window: a panel counts only from
 * `ppWindowWeeksBefore` weeks before it to `ppWindowWeeksAfter` weeks after, and never
 * before the decision.
 */
export function panelWindowsAfterIssue(s: ReviewSettings): PanelWindow[] {
  const weeks = [...s.ppAfterIssueWeeks].sort((a, b) => a - b);
  return weeks.map((w) => ({ weeks: w, opensWeeks: Math.max(0, w - s.ppWindowWeeksBefore), closesWeeks: w + s.ppWindowWeeksAfter }));
}
