import type { IsoDate } from '../domain/dates';
import { daysFromTo } from '../domain/day-numbers';
import type { MeetingKind } from '../domain/vocabulary';
import { cicOverdue, iroAppointed, nextCicReview } from './rules/cic';
import { ruleContext } from './rules/context';
import { cpmReview } from './rules/cpm';
import { escalated, noPanelTurn, permanencePlanDue, s20Drift } from './rules/flags';
import { lgpReview } from './rules/lgp';
import { planDiffers, planToBeRatified } from './rules/plan';
import { ppAfterIssue, ppRed } from './rules/pp';
import { week26 } from './rules/week26';
import type { ChildReviewState, DueItem, ReviewFlag, ReviewResult, ReviewSettings } from './types';

export { WEEK_26_WARNING_DAYS } from './rules/week26';
export { redStreakStart } from './rules/pp';
export { nextCicReview } from './rules/cic';

/** Whole weeks since proceedings were issued: 0 on the day of issue, negative before it. */
export function weeksSinceIssue(issued: IsoDate, today: IsoDate): number {
  return Math.floor(daysFromTo(issued, today) / 7);
}

/** Sorts by date, then kind, then rule, so the same child always reads the same. */
function byDateThenKind(a: DueItem, b: DueItem): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

/** The last time the child was before a panel or meeting Panelroom runs, up to today. */
function lastDiscussed(state: ChildReviewState, today: IsoDate): { kind: MeetingKind; date: IsoDate } | null {
  let best: { kind: MeetingKind; date: IsoDate } | null = null;
  for (const m of state.meetings) {
    if (m.kind === 'cic_review' || m.date > today) continue;
    if (best === null || m.date > best.date) best = m;
  }
  for (const k of state.keyDates) {
    if (k.type !== 'lgp' || k.date > today) continue;
    if (best === null || k.date > best.date) best = { kind: 'lgp', date: k.date };
  }
  return best === null ? null : { kind: best.kind, date: best.date };
}

/**
 * What is due for one child, and what needs a chair's attention, as of `today`.
 * Pure: the same inputs give the same answer, and nothing reads the clock, so the
 * tracker can run it for every child and tests can fix the date. `holidays` is
 * built once by the caller (ENGLAND_WALES_HOLIDAY_SET) and shared across children.
 */
export function reviewChild(state: ChildReviewState, settings: ReviewSettings, today: IsoDate, holidays: ReadonlySet<IsoDate>): ReviewResult {
  const ctx = ruleContext(state, settings, today, holidays);

  const afterIssue = ppAfterIssue(ctx);
  const cic = [iroAppointed(ctx), nextCicReview(ctx)];
  const due: DueItem[] = [];
  for (const item of [lgpReview(ctx), afterIssue.due, ppRed(ctx), cpmReview(ctx), ...cic]) {
    if (item !== null) due.push(item);
  }
  due.sort(byDateThenKind);

  const court = week26(ctx);
  const flags: ReviewFlag[] = [];
  for (const flag of [
    court.flag,
    escalated(ctx),
    planDiffers(ctx),
    noPanelTurn(ctx, due),
    ...cicOverdue(cic, today),
    permanencePlanDue(ctx),
    s20Drift(ctx),
    ...afterIssue.missed,
    planToBeRatified(ctx),
  ]) {
    if (flag !== null) flags.push(flag);
  }
  // Alerts before warnings; otherwise the order above (sort is stable).
  flags.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'alert' ? -1 : 1));

  return {
    due,
    next: due.find((d) => d.kind !== 'cic_review') ?? null,
    proceedingsIssued: court.proceedingsIssued,
    week26Date: court.week26Date,
    lastDiscussed: lastDiscussed(state, today),
    flags,
  };
}
