import { formatUkDate, type IsoDate } from '../../domain/dates';
import { plusWeeks } from '../../domain/day-numbers';
import type { Rag } from '../../domain/vocabulary';
import { panelWindowsAfterIssue } from '../intervals';
import type { DueItem, ReviewFlag } from '../types';
import type { RuleContext } from './context';
import { latestMeeting } from './history';
import { every, plural } from './text';

/** The latest Legal Gateway decision to issue proceedings, past or booked ahead. */
function latestIssueDecision({ state }: RuleContext): IsoDate | null {
  let best: IsoDate | null = null;
  for (const k of state.keyDates) {
    if (k.type === 'lgp' && k.decision === 'issue_proceedings' && (best === null || k.date > best)) best = k.date;
  }
  return best;
}


export interface AfterIssue {
  due: DueItem | null;
  /** Reviews whose window closed with no panel inside it. */
  missed: ReviewFlag[];
}

/**
 * Walsall: "where decisions are made at Legal Gateway Panel to initiate Care
 * Proceedings, the Team Managers ... attend Permanence Panel 4 weeks from the Legal
 * Gateway Panel taking place and again at 14 weeks". A panel counts as one of these
 * only inside a window around it (from `ppWindowWeeksBefore` weeks before it to
 * `ppWindowWeeksAfter` weeks after), so a panel four days after the decision
 * discharges neither. Each panel counts once, for the earliest review whose window it
 * falls in. A review whose window closed with no panel in it is reported as missed,
 * and the next one is due.
 */
export function ppAfterIssue(ctx: RuleContext): AfterIssue {
  const lgp = latestIssueDecision(ctx);
  if (lgp === null) return { due: null, missed: [] };
  const { settings, today } = ctx;
  const panels: IsoDate[] = [];
  for (const m of ctx.state.meetings) if (m.kind === 'pp' && m.date > lgp && m.date <= today) panels.push(m.date);
  panels.sort();
  const used = new Set<number>();
  const missed: ReviewFlag[] = [];
  const decided = formatUkDate(lgp);
  for (const { weeks, opensWeeks, closesWeeks } of panelWindowsAfterIssue(settings)) {
    const date = plusWeeks(lgp, weeks);
    const opens = plusWeeks(lgp, opensWeeks);
    const closes = plusWeeks(lgp, closesWeeks);
    const held = panels.findIndex((p, i) => !used.has(i) && p >= opens && p <= closes);
    if (held >= 0) {
      used.add(held);
      continue;
    }
    if (closes < today) {
      missed.push({
        rule: 'pp-after-issue-missed',
        severity: 'warning',
        message: `No Permanence Panel between ${formatUkDate(opens)} and ${formatUkDate(closes)} for the ${weeks}-week review after the decision to issue (${decided})`,
      });
      continue;
    }
    return {
      due: { kind: 'pp', date, rule: 'pp-after-issue', reason: `Permanence Panel ${plural(weeks, 'week')} after the Legal Gateway decision to issue (${decided})` },
      missed,
    };
  }
  // Every review held or missed: a missed one is worth saying only while proceedings are the live track.
  return { due: null, missed: ctx.state.legalStatus === 'interim_care_order' || ctx.state.legalStatus === 'pre_proceedings' ? missed : [] };
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
