import { afterInterval, REVIEW_INTERVALS } from '../intervals';
import type { DueItem } from '../types';
import type { RuleContext } from './context';
import { latestMeeting } from './history';
import { planRatified } from './plan';
import { redStreakStart } from './pp';
import { every } from './text';

/**
 * Walsall: Care Planning meetings "should take place in respect of all children and
 * young people in care ... at the very least, these should be every 6 weeks". Once
 * long-term fostering is the ratified plan under a care order the plan is reviewed
 * yearly (Dorset's practice, a setting here), but never while the plan is rated red:
 * a red plan keeps the 6-weekly meeting. Only meetings in the current episode of care
 * count: one held before the child came into care does not start the clock.
 */
export function cpmReview(ctx: RuleContext): DueItem | null {
  const { state, settings, inCareSince, holidays } = ctx;
  if (inCareSince === null) return null;
  const from = latestMeeting(state, 'cpm', inCareSince) ?? inCareSince;
  if (yearlyApplies(ctx)) {
    return {
      kind: 'cpm',
      date: afterInterval(from, REVIEW_INTERVALS.cpmYearly(settings), holidays),
      rule: 'cpm-ltf-yearly',
      reason: `Long-term fostering ratified under a care order: Care Planning Meeting ${every(settings.ltfReviewMonths, 'month')}`,
    };
  }
  return {
    kind: 'cpm',
    date: afterInterval(from, REVIEW_INTERVALS.cpm(settings), holidays),
    rule: 'cpm-6-weekly',
    reason: `Care Planning Meeting ${every(settings.cpmIntervalWeeks, 'week')} for a child in care`,
  };
}

/** Long-term fostering is the primary plan, it has been ratified, the child is under a care order and the plan is not rated red. */
export function yearlyApplies(ctx: RuleContext): boolean {
  const { state } = ctx;
  return state.plan?.primary === 'long_term_fostering' && state.legalStatus === 'care_order' && planRatified(ctx) && redStreakStart(state.ratings) === null;
}
