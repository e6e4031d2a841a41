import { plusMonths, plusWeeks } from '../../domain/day-numbers';
import type { DueItem } from '../types';
import type { RuleContext } from './context';
import { latestMeeting } from './history';
import { every } from './text';

/**
 * Walsall: Care Planning meetings "should take place in respect of all children and
 * young people in care ... at the very least, these should be every 6 weeks". Once
 * permanence is long-term fostering under a care order the plan is reviewed yearly
 * (Dorset's practice, a setting here). Only meetings in the current episode of care
 * count: one held before the child came into care does not start the clock.
 */
export function cpmReview({ state, settings, inCareSince }: RuleContext): DueItem | null {
  if (inCareSince === null) return null;
  const from = latestMeeting(state, 'cpm', inCareSince) ?? inCareSince;
  if (state.plan?.primary === 'long_term_fostering' && state.legalStatus === 'care_order') {
    return {
      kind: 'cpm',
      date: plusMonths(from, settings.ltfReviewMonths),
      rule: 'cpm-ltf-yearly',
      reason: `Long-term fostering under a care order: Care Planning Meeting ${every(settings.ltfReviewMonths, 'month')}`,
    };
  }
  return {
    kind: 'cpm',
    date: plusWeeks(from, settings.cpmIntervalWeeks),
    rule: 'cpm-6-weekly',
    reason: `Care Planning Meeting ${every(settings.cpmIntervalWeeks, 'week')} for a child in care`,
  };
}
