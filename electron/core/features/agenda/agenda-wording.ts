import { LGP_BOOKING_REASON } from '../../../../shared/domain/vocabulary';
import type { AgendaItem } from '../../../../shared/schemas/agenda';

/**
 * The agenda is sent to the panel and the teams, so it names the kind of review, not the
 * review engine's sentence: "plan rated red" or the date of a decision to issue
 * proceedings is case detail, and stays on the screen and in the minutes.
 */
const REVIEW_BY_RULE: Record<string, string> = {
  'pp-after-issue': 'Permanence review',
  'pp-red-4-weekly': 'Permanence review',
  'lgp-12-week-review': '12-week review',
  'lgp-first-available': 'First available Legal Gateway',
  'cpm-6-weekly': 'Care Planning Meeting',
  'cpm-ltf-yearly': 'Care Planning Meeting',
};

export function agendaReason(item: Pick<AgendaItem, 'lgpReason' | 'dueRule' | 'reason'>): string {
  if (item.lgpReason) return LGP_BOOKING_REASON.labels[item.lgpReason];
  if (item.dueRule) return REVIEW_BY_RULE[item.dueRule] ?? 'Review';
  return item.reason;
}
