import { formatUkDate } from '../../domain/dates';
import { afterInterval, REVIEW_INTERVALS } from '../intervals';
import { MEETING_KIND } from '../../domain/vocabulary';
import type { DueItem, ReviewFlag } from '../types';
import { secondReview } from './cic';
import type { RuleContext } from './context';
import { plural } from './text';

/**
 * Walsall: "At the latest, a child / young person must have a Permanence Plan
 * (incorporated into the Care Plan), by their second statutory Child in Care Review."
 */
export function permanencePlanDue(ctx: RuleContext): ReviewFlag | null {
  const { state, today, inCareSince } = ctx;
  if (inCareSince === null || (state.plan?.primary ?? null) !== null) return null;
  const second = secondReview(ctx);
  if (second === null) return null;
  if (second.held) {
    return { rule: 'permanence-plan-due', severity: 'alert', message: `A permanence plan was due by the second Child in Care review, held on ${formatUkDate(second.date)}` };
  }
  return {
    rule: 'permanence-plan-due',
    severity: second.date < today ? 'alert' : 'warning',
    message: `A permanence plan is due by the second Child in Care review on ${formatUkDate(second.date)}`,
  };
}

/** Section 20 is meant to be short and by agreement; drifting past two years is a known risk that inspectors look for. */
export function s20Drift({ state, settings, today, holidays }: RuleContext): ReviewFlag | null {
  const since = state.dateEnteredCare;
  if (state.legalStatus !== 's20' || since === null) return null;
  // "Past 2 years": on the anniversary itself the child has been accommodated for exactly two years, not over.
  if (afterInterval(since, REVIEW_INTERVALS.s20(settings), holidays) >= today) return null;
  return {
    rule: 's20-over-2-years',
    severity: 'alert',
    message: `Accommodated under Section 20 for over ${plural(settings.s20FlagYears, 'year')} (since ${formatUkDate(since)}): consider legal steps`,
  };
}

/**
 * "Every child due must have somewhere to go": a child due at a panel whose team has
 * no turn on any active rota of that panel would never be proposed. Say so.
 */
export function noPanelTurn({ state }: RuleContext, due: readonly DueItem[]): ReviewFlag | null {
  const turns = state.panelTurn;
  if (!turns) return null;
  const stranded = due.find((d) => turns[d.kind] === false);
  if (!stranded) return null;
  const panel = MEETING_KIND.labels[stranded.kind];
  return {
    rule: 'no-panel-turn',
    severity: 'alert',
    message: `Due at ${panel} by ${formatUkDate(stranded.date)}, but the child’s team has no turn on any ${panel} rota: add the team to a rota, or add the child to an agenda by hand`,
  };
}

/** Walsall: the team manager escalates complicating factors to the Group Manager; it stays in view until it is closed. */
export function escalated({ state }: RuleContext): ReviewFlag | null {
  const e = state.escalation;
  if (!e) return null;
  return { rule: 'escalated', severity: 'alert', message: `Escalated to the Group Manager on ${formatUkDate(e.date)}: ${e.reason}` };
}
