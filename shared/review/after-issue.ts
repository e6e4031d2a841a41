import type { IsoDate } from '../domain/dates';
import { plusWeeks } from '../domain/day-numbers';
import type { ReviewSettings } from './types';

export interface AfterIssueMilestones {
  /** The Permanence Panels due after the decision (Walsall: at 4 and 14 weeks), soonest first. */
  panels: { weeks: number; date: IsoDate }[];
  /** Week 26 if the court issues proceedings on the day of the decision: the latest it can fall. */
  week26Weeks: number;
  week26: IsoDate;
}

/**
 * What a Legal Gateway decision to issue sets going, counted from the decision with the
 * council's review rules, so a decision record and the tracker use the same numbers.
 */
export function milestonesAfterIssueDecision(decidedOn: IsoDate, settings: Pick<ReviewSettings, 'ppAfterIssueWeeks' | 'week26Weeks'>): AfterIssueMilestones {
  const weeks = [...settings.ppAfterIssueWeeks].sort((a, b) => a - b);
  return {
    panels: weeks.map((w) => ({ weeks: w, date: plusWeeks(decidedOn, w) })),
    week26Weeks: settings.week26Weeks,
    week26: plusWeeks(decidedOn, settings.week26Weeks),
  };
}
