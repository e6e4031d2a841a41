import { formatUkDate, type IsoDate } from '../../domain/dates';
import { plusWeeks } from '../../domain/day-numbers';
import type { Rag } from '../../domain/vocabulary';
import type { DueItem } from '../types';
import type { RuleContext } from './context';
import { countMeetingsAfter, latestMeeting } from './history';
import { every, plural } from './text';

/** The latest Legal Gateway decision to issue proceedings, past or booked ahead. */
function latestIssueDecision({ state }: RuleContext): IsoDate | null {
  let best: IsoDate | null = null;
  for (const k of state.keyDates) {
    if (k.type === 'lgp' && k.decision === 'issue_proceedings' && (best === null || k.date > best)) best = k.date;
  }
  return best;
}

/** People type the milestones into settings: use them in order, whatever order they were typed in. */
function ascending(weeks: readonly number[]): readonly number[] {
  for (let i = 1; i < weeks.length; i++) if (weeks[i]! < weeks[i - 1]!) return [...weeks].sort((a, b) => a - b);
  return weeks;
}

/**
 * Walsall: "where decisions are made at Legal Gateway Panel to initiate Care
 * Proceedings, the Team Managers ... attend Permanence Panel 4 weeks from the Legal
 * Gateway Panel taking place and again at 14 weeks". Each Permanence Panel held
 * since that Legal Gateway meets one milestone, in order.
 */
export function ppAfterIssue(ctx: RuleContext): DueItem | null {
  const lgp = latestIssueDecision(ctx);
  if (lgp === null) return null;
  const held = countMeetingsAfter(ctx.state, 'pp', lgp);
  const weeks = ascending(ctx.settings.ppAfterIssueWeeks)[held];
  if (weeks === undefined) return null;
  return {
    kind: 'pp',
    date: plusWeeks(lgp, weeks),
    rule: 'pp-after-issue',
    reason: `Permanence Panel ${plural(weeks, 'week')} after the Legal Gateway decision to issue (${formatUkDate(lgp)})`,
  };
}

/**
 * The first rating of the unbroken run of reds that ends with the latest rating, or
 * null when the latest rating is not red. Ratings come in any order; two on the same
 * day keep the order they were given in.
 */
export function redStreakStart(ratings: readonly { date: IsoDate; rating: Rag }[]): IsoDate | null {
  if (ratings.length === 0) return null;
  const order = ratings.map((_, i) => i).sort((a, b) => {
    const da = ratings[a]!.date;
    const db = ratings[b]!.date;
    return da < db ? -1 : da > db ? 1 : a - b;
  });
  let start: IsoDate | null = null;
  for (let i = order.length - 1; i >= 0; i--) {
    const r = ratings[order[i]!]!;
    if (r.rating !== 'red') break;
    start = r.date;
  }
  return start;
}

/**
 * Walsall: "where a child's plan has been RAG rated red at a care planning meeting,
 * the plan will be reviewed at permanence panel every 4 weeks". The clock runs from
 * the last Permanence Panel since the plan turned red, or from when it turned red.
 */
export function ppRed({ state, settings }: RuleContext): DueItem | null {
  const streakStart = redStreakStart(state.ratings);
  if (streakStart === null) return null;
  const from = latestMeeting(state, 'pp', streakStart) ?? streakStart;
  return {
    kind: 'pp',
    date: plusWeeks(from, settings.ppRedWeeks),
    rule: 'pp-red-4-weekly',
    reason: `Plan rated red: Permanence Panel ${every(settings.ppRedWeeks, 'week')}`,
  };
}
