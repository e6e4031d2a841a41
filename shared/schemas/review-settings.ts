import { z } from 'zod';
import { WALSALL_DEFAULTS, type ReviewSettings } from '../review/types';

function weeks(what: string, max = 104) {
  return z.number({ error: `Enter ${what} as a number.` }).int(`Enter ${what} as a whole number.`).min(1, `${what} must be at least 1.`).max(max, `${what} must be ${max} or fewer.`);
}

export const reviewSettings = z.strictObject({
  lgpReviewWeeks: weeks('the Legal Gateway review interval (weeks)'),
  ppAfterIssueWeeks: z.array(weeks('the weeks after issue')).min(1, 'Give at least one Permanence Panel review after issue.').max(6),
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

export const reviewSettingsOutput = z.object({ settings: reviewSettings, defaults: reviewSettings });

export { WALSALL_DEFAULTS };
