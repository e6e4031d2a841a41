import { formatUkDate, type IsoDate } from '../../domain/dates';
import { daysFromTo, plusWeeks } from '../../domain/day-numbers';
import type { ReviewFlag } from '../types';
import type { RuleContext } from './context';
import { latestKeyDate } from './history';
import { plural } from './text';

/** How close week 26 must be before the tracker raises it. Not a council setting: it is how far ahead a chair can still act. */
export const WEEK_26_WARNING_DAYS = 28;

export interface Week26 {
  proceedingsIssued: IsoDate | null;
  week26Date: IsoDate | null;
  flag: ReviewFlag | null;
}

const STILL = { interim_care_order: 'under an interim care order', pre_proceedings: 'in pre-proceedings' } as const;

/**
 * The 26-week court timescale runs in calendar weeks from issue (Children Act
 * 1989, s.32(1)(a)), so it is never moved off a weekend. A week-26 date the
 * court has set and recorded wins, unless it belongs to earlier proceedings.
 */
export function week26({ state, settings, today }: RuleContext): Week26 {
  const issued = latestKeyDate(state, 'proceedings_issued');
  const recorded = latestKeyDate(state, 'week_26', issued);
  const date = recorded ?? (issued === null ? null : plusWeeks(issued, settings.week26Weeks));
  if (date === null) return { proceedingsIssued: issued, week26Date: null, flag: null };

  const status = state.legalStatus;
  if (status !== 'interim_care_order' && status !== 'pre_proceedings') return { proceedingsIssued: issued, week26Date: date, flag: null };
  const days = daysFromTo(today, date);
  if (days > WEEK_26_WARNING_DAYS) return { proceedingsIssued: issued, week26Date: date, flag: null };

  const label = `Week ${settings.week26Weeks}`;
  const when = days < 0 ? `was ${formatUkDate(date)}` : days === 0 ? `is today (${formatUkDate(date)})` : `is ${formatUkDate(date)}, in ${plural(days, 'day')}`;
  return {
    proceedingsIssued: issued,
    week26Date: date,
    flag: {
      rule: 'week-26',
      severity: 'alert',
      message: `${label} of care proceedings ${when}, and the child is still recorded as ${STILL[status]}`,
    },
  };
}
