import { plusWeeks } from '../../domain/day-numbers';
import type { DueItem } from '../types';
import type { RuleContext } from './context';
import { latestKeyDate, latestLgp } from './history';

const STATUS_WORDS = { pre_proceedings: 'pre-proceedings', s20: 'Section 20' } as const;

/**
 * Walsall: "those cases where decision has been made to enter into pre-proceedings,
 * and those children subject to S20, will be reviewed at Legal Gateway every 12
 * weeks"; a child who came into care unplanned goes to "the first available Legal
 * Gateway Panel".
 */
export function lgpReview({ state, settings, today }: RuleContext): DueItem | null {
  const status = state.legalStatus;
  if (status !== 'pre_proceedings' && status !== 's20') return null;
  const words = STATUS_WORDS[status];
  const reason = `${settings.lgpReviewWeeks}-week Legal Gateway review (${words})`;

  const last = latestLgp(state);
  if (last !== null) return { kind: 'lgp', date: plusWeeks(last, settings.lgpReviewWeeks), rule: 'lgp-12-week-review', reason };

  // Pre-proceedings with no Legal Gateway on record: the PLO start stands in for the decision.
  const ploStart = status === 'pre_proceedings' ? latestKeyDate(state, 'plo_start') : null;
  if (ploStart !== null) return { kind: 'lgp', date: plusWeeks(ploStart, settings.lgpReviewWeeks), rule: 'lgp-12-week-review', reason };

  return {
    kind: 'lgp',
    date: today,
    rule: 'lgp-first-available',
    reason: `First available Legal Gateway Panel: no Legal Gateway on record (${words})`,
  };
}
