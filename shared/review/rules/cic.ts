import { formatUkDate, type IsoDate } from '../../domain/dates';
import { afterInterval, REVIEW_INTERVALS } from '../intervals';
import type { DueItem, ReviewFlag } from '../types';
import type { RuleContext } from './context';
import { plural } from './text';

/*
 * Walsall: "An IRO will be appointed to each child within 5 working days of the child
 * coming in care; the initial review will be within 20 working days of the child being
 * in care, following by a second review within 3 months, and then subsequent reviews
 * being 6 monthly." Reviews are events: the second is counted from the first one held,
 * each later one from the one before, so a review that has not been held is overdue.
 * Working-day deadlines skip weekends and bank holidays; month deadlines are calendar
 * months and are never moved.
 */

/** The Child in Care reviews held in this episode of care (none before the child came into care), latest last. */
export function heldReviews({ state, today, inCareSince }: RuleContext): { date: IsoDate; ordinal: number }[] {
  if (inCareSince === null || !state.cicReviews) return [];
  return state.cicReviews.filter((r) => r.date >= inCareSince && r.date <= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.ordinal - b.ordinal));
}

/** When the first review is due: 20 working days after entering care. */
function firstDue({ settings, holidays }: RuleContext, inCareSince: IsoDate): IsoDate {
  return afterInterval(inCareSince, REVIEW_INTERVALS.cicFirst(settings), holidays);
}

/**
 * The second review, held or due: the date it was held, or 3 months after the first
 * (held, or else due). The permanence plan is due by then.
 */
export function secondReview(ctx: RuleContext): { date: IsoDate; held: boolean } | null {
  if (ctx.inCareSince === null) return null;
  const held = heldReviews(ctx);
  const second = held.find((r) => r.ordinal >= 2);
  if (second) return { date: second.date, held: true };
  const first = held.find((r) => r.ordinal === 1)?.date ?? firstDue(ctx, ctx.inCareSince);
  return { date: afterInterval(first, REVIEW_INTERVALS.cicSecond(ctx.settings), ctx.holidays), held: false };
}

/** The IRO appointment deadline, until an IRO is recorded on the child: past it, the appointment is overdue. */
export function iroAppointed({ state, settings, holidays, inCareSince }: RuleContext): DueItem | null {
  if (inCareSince === null || state.iroRecorded === true) return null;
  return {
    kind: 'cic_review',
    date: afterInterval(inCareSince, REVIEW_INTERVALS.iro(settings), holidays),
    rule: 'iro-appointed',
    reason: `IRO to be appointed within ${plural(settings.iroAppointedWorkingDays, 'working day')} of entering care (${formatUkDate(inCareSince)})`,
  };
}

/** The next Child in Care review, counted from the last one held; it can be in the past (overdue). */
export function nextCicReview(ctx: RuleContext): DueItem | null {
  const { settings, inCareSince } = ctx;
  if (inCareSince === null) return null;
  const held = heldReviews(ctx);
  const last = held[held.length - 1];
  if (!last) {
    return {
      kind: 'cic_review',
      date: firstDue(ctx, inCareSince),
      rule: 'cic-first-review',
      reason: `First Child in Care review within ${plural(settings.firstCicReviewWorkingDays, 'working day')} of entering care (${formatUkDate(inCareSince)})`,
    };
  }
  if (last.ordinal <= 1) {
    return {
      kind: 'cic_review',
      date: afterInterval(last.date, REVIEW_INTERVALS.cicSecond(settings), ctx.holidays),
      rule: 'cic-second-review',
      reason: `Second Child in Care review within ${plural(settings.secondCicReviewMonths, 'month')} of the first (${formatUkDate(last.date)}): the permanence plan is due by then`,
    };
  }
  return {
    kind: 'cic_review',
    date: afterInterval(last.date, REVIEW_INTERVALS.cicLater(settings), ctx.holidays),
    rule: 'cic-later-review',
    reason: `Child in Care review within ${plural(settings.laterCicReviewMonths, 'month')} of the last (${formatUkDate(last.date)})`,
  };
}

/** A review or an IRO appointment whose date has passed is overdue: the tracker says so, it never quietly moves on. */
export function cicOverdue(items: readonly (DueItem | null)[], today: IsoDate): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const item of items) {
    if (item === null || item.date >= today) continue;
    flags.push(
      item.rule === 'iro-appointed'
        ? { rule: 'iro-overdue', severity: 'alert', message: `No IRO recorded: one was to be appointed by ${formatUkDate(item.date)}` }
        : { rule: 'cic-review-overdue', severity: 'alert', message: `Overdue since ${formatUkDate(item.date)}: ${item.reason}` },
    );
  }
  return flags;
}

