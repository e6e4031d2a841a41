import { expect } from 'vitest';
import { ENGLAND_WALES_HOLIDAY_SET } from '../../../shared/domain/bank-holidays';
import type { IsoDate } from '../../../shared/domain/dates';
import { reviewChild } from '../../../shared/review/engine';
import { type ChildReviewState, type ReviewResult, type ReviewSettings, type RuleId, WALSALL_DEFAULTS } from '../../../shared/review/types';

/** The review engine's tests: a child's state built from what is given, reviewed on a fixed day. */

/** A fixed "today" (a Monday), never the real clock. */
export const TODAY = '2026-11-23';
export const S = WALSALL_DEFAULTS;
export const H = ENGLAND_WALES_HOLIDAY_SET;

export function child(over: Partial<ChildReviewState> = {}): ChildReviewState {
  return { legalStatus: 'none', dateEnteredCare: null, plan: null, keyDates: [], meetings: [], ratings: [], ...over };
}

export function review(c: ChildReviewState, today: IsoDate = TODAY, settings: ReviewSettings = S): ReviewResult {
  return reviewChild(c, settings, today, H);
}

/** The one due item a rule gives, or none; a rule never gives two. */
export function dueFor(r: ReviewResult, rule: RuleId) {
  const items = r.due.filter((d) => d.rule === rule);
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0] ?? null;
}

export function flagFor(r: ReviewResult, rule: RuleId) {
  return r.flags.find((f) => f.rule === rule) ?? null;
}
