import { z } from 'zod';
import { WALSALL_DEFAULTS, type ReviewSettings } from '../review/types';
import { rowVersion } from './common';

function weeks(what: string, max = 104) {
  return z.number({ error: `Enter ${what} as a number.` }).int(`Enter ${what} as a whole number.`).min(1, `${what} must be at least 1.`).max(max, `${what} must be ${max} or fewer.`);
}

function windowWeeks(what: string) {
  return z.number({ error: `Enter ${what} as a number.` }).int(`Enter ${what} as a whole number.`).min(0, `${what} cannot be negative.`).max(26, `${what} must be 26 or fewer.`);
}

export const reviewSettings = z.strictObject({
  lgpReviewWeeks: weeks('the Legal Gateway review interval (weeks)'),
  ppAfterIssueWeeks: z.array(weeks('the weeks after issue')).min(1, 'Give at least one Permanence Panel review after issue.').max(6),
  ppWindowWeeksBefore: windowWeeks('how many weeks before each review a panel counts'),
  ppWindowWeeksAfter: windowWeeks('how many weeks after each review a panel counts'),
  ppRedWeeks: weeks('the red-plan review interval (weeks)'),
  cpmIntervalWeeks: weeks('the Care Planning Meeting interval (weeks)'),
  ltfReviewMonths: weeks('the long-term fostering review interval (months)', 36),
  week26Weeks: weeks('the court timescale (weeks)'),
  iroAppointedWorkingDays: weeks('the IRO appointment deadline (working days)', 60),
  firstCicReviewWorkingDays: weeks('the first review deadline (working days)', 120),
  secondCicReviewMonths: weeks('the second review deadline (months)', 24),
  laterCicReviewMonths: weeks('the later review interval (months)', 24),
  s20FlagYears: weeks('the Section 20 flag (years)', 18),
}) satisfies z.ZodType<ReviewSettings>;

/**
 * Settings saved before a rule was added lack its number: they take the default for
 * it, keeping every number the council chose, rather than failing and losing them all.
 */
export const storedReviewSettings = z.preprocess(
  (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...WALSALL_DEFAULTS, ...v } : v),
  reviewSettings,
);

/** The rules as a save sends them, with the version they were based on (0: the defaults, never saved). */
export const reviewSettingsInput = reviewSettings.extend({ version: rowVersion });

export const reviewSettingsOutput = z.object({
  settings: reviewSettings,
  defaults: reviewSettings,
  /** Moves on with each save of the rules (0: never saved); a save sends the version it was based on. */
  version: z.number().int().min(0),
});

export { WALSALL_DEFAULTS };
