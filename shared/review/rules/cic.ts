import { formatUkDate, type IsoDate } from '../../domain/dates';
import { plusMonths } from '../../domain/day-numbers';
import { addWorkingDays } from '../../domain/working-days';
import type { DueItem, ReviewSettings } from '../types';
import type { RuleContext } from './context';
import { every, plural } from './text';

/*
 * Walsall: "An IRO will be appointed to each child within 5 working days of the child
 * coming in care; the initial review will be within 20 working days of the child being
 * in care, following by a second review within 3 months, and then subsequent reviews
 * being 6 monthly." The months are counted from entering care (ReviewSettings says
 * so), which is never later than the regulations' "3 months after the first review".
 * Working-day deadlines skip weekends and bank holidays; month deadlines are calendar
 * months and are never moved.
 */

export function secondCicReviewDate(enteredCare: IsoDate, settings: ReviewSettings): IsoDate {
  return plusMonths(enteredCare, settings.secondCicReviewMonths);
}

/** While the first week in care runs, the IRO appointment deadline. */
export function iroAppointed({ settings, today, holidays, inCareSince }: RuleContext): DueItem | null {
  if (inCareSince === null) return null;
  const date = addWorkingDays(inCareSince, settings.iroAppointedWorkingDays, holidays);
  if (today > date) return null;
  return {
    kind: 'cic_review',
    date,
    rule: 'iro-appointed',
    reason: `IRO to be appointed within ${plural(settings.iroAppointedWorkingDays, 'working day')} of entering care (${formatUkDate(inCareSince)})`,
  };
}

/** The first later review on or after today: jumps straight to it, since a child may have been in care for years. */
function laterReviewOnOrAfter(second: IsoDate, months: number, today: IsoDate): IsoDate | null {
  if (months <= 0) return null;
  const monthsSince = (Number(today.slice(0, 4)) - Number(second.slice(0, 4))) * 12 + Number(today.slice(5, 7)) - Number(second.slice(5, 7));
  let k = Math.max(1, Math.floor(monthsSince / months));
  let date = plusMonths(second, k * months);
  while (date < today) date = plusMonths(second, ++k * months);
  return date;
}

/** The next statutory Child in Care review on or after today, by the timetable from entering care. */
export function nextCicReview({ settings, today, holidays, inCareSince }: RuleContext): DueItem | null {
  if (inCareSince === null) return null;
  const first = addWorkingDays(inCareSince, settings.firstCicReviewWorkingDays, holidays);
  const second = secondCicReviewDate(inCareSince, settings);
  const laterDate = laterReviewOnOrAfter(second, settings.laterCicReviewMonths, today);

  // Normally first < second < later, but settings could make the first review come last.
  let pick: 'first' | 'second' | 'later' | null = null;
  let date: IsoDate | null = null;
  if (first >= today) {
    pick = 'first';
    date = first;
  }
  if (second >= today && (date === null || second < date)) {
    pick = 'second';
    date = second;
  }
  if (laterDate !== null && (date === null || laterDate < date)) {
    pick = 'later';
    date = laterDate;
  }
  if (pick === null || date === null) return null;

  const entered = formatUkDate(inCareSince);
  switch (pick) {
    case 'first':
      return {
        kind: 'cic_review',
        date,
        rule: 'cic-first-review',
        reason: `First Child in Care review within ${plural(settings.firstCicReviewWorkingDays, 'working day')} of entering care (${entered})`,
      };
    case 'second':
      return {
        kind: 'cic_review',
        date,
        rule: 'cic-second-review',
        reason: `Second Child in Care review within ${plural(settings.secondCicReviewMonths, 'month')} of entering care (${entered}): the permanence plan is due by then`,
      };
    case 'later':
      return { kind: 'cic_review', date, rule: 'cic-later-review', reason: `Child in Care review ${every(settings.laterCicReviewMonths, 'month')} after the second` };
  }
}
