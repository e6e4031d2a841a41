import { formatUkDate } from '../../domain/dates';
import { plusMonths } from '../../domain/day-numbers';
import type { ReviewFlag } from '../types';
import { secondCicReviewDate } from './cic';
import type { RuleContext } from './context';
import { plural } from './text';

/**
 * Walsall: "At the latest, a child / young person must have a Permanence Plan
 * (incorporated into the Care Plan), by their second statutory Child in Care Review."
 */
export function permanencePlanDue({ state, settings, today, inCareSince }: RuleContext): ReviewFlag | null {
  if (inCareSince === null || (state.plan?.primary ?? null) !== null) return null;
  const due = secondCicReviewDate(inCareSince, settings);
  return {
    rule: 'permanence-plan-due',
    severity: due < today ? 'alert' : 'warning',
    message: `A permanence plan is due by the second Child in Care review on ${formatUkDate(due)}`,
  };
}

/** Section 20 is meant to be short and by agreement; drifting past two years is a known risk that inspectors look for. */
export function s20Drift({ state, settings, today }: RuleContext): ReviewFlag | null {
  const since = state.dateEnteredCare;
  if (state.legalStatus !== 's20' || since === null) return null;
  // "Past 2 years": on the anniversary itself the child has been accommodated for exactly two years, not over.
  if (plusMonths(since, settings.s20FlagYears * 12) >= today) return null;
  return {
    rule: 's20-over-2-years',
    severity: 'alert',
    message: `Accommodated under Section 20 for over ${plural(settings.s20FlagYears, 'year')} (since ${formatUkDate(since)}): consider legal steps`,
  };
}
