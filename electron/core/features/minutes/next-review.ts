import type { IsoDate } from '../../../../shared/domain/dates';
import { plusDays } from '../../../../shared/domain/day-numbers';
import type { MeetingKind, Rag } from '../../../../shared/domain/vocabulary';
import { nextWorkingDay } from '../../../../shared/domain/working-days';
import { reviewChild } from '../../../../shared/review/engine';
import type { ChildReviewState } from '../../../../shared/review/types';
import type { MeetingRow } from '../../db/schema';
import type { SettingValue } from '../../data/tables/settings';

export interface ItemForReview {
  itemId: number;
  childIds: number[];
  /** The rating being recorded now, which can itself bring a child back sooner (red: every 4 weeks). */
  ratings: Map<number, Rag | null>;
}

/**
 * The review engine's answer to "when next?", asked as if this meeting had already been
 * held with the ratings being recorded: the soonest date any of the item's children is
 * due at this kind of meeting again, from the children's review states already read.
 */
export function suggestedReviewsFrom(
  states: ReadonlyMap<number, ChildReviewState>,
  meeting: MeetingRow,
  kind: MeetingKind | null,
  items: readonly ItemForReview[],
  rules: { settings: SettingValue<'review'>; holidays: ReadonlySet<IsoDate> },
): Map<number, IsoDate | null> {
  const out = new Map<number, IsoDate | null>();
  if (kind === null) return out;
  const { settings, holidays } = rules;
  for (const item of items) {
    let soonest: IsoDate | null = null;
    for (const childId of item.childIds) {
      const state = states.get(childId);
      if (!state) continue;
      const rating = item.ratings.get(childId) ?? null;
      const held = {
        ...state,
        meetings: [...state.meetings.filter((m) => !(m.kind === kind && m.date === meeting.date)), { kind, date: meeting.date }],
        ratings: rating === null ? state.ratings : [...state.ratings.filter((r) => r.date !== meeting.date), { date: meeting.date, rating }],
      };
      const due = reviewChild(held, settings, meeting.date, holidays).due.find((d) => d.kind === kind && d.date > meeting.date);
      if (due && (soonest === null || due.date < soonest)) soonest = due.date;
    }
    out.set(item.itemId, soonest);
  }
  return out;
}

/** Four weeks on, or the working day before the next review if that comes sooner (but never within a week). */
export function defaultActionDue(meetingDate: IsoDate, nextReview: IsoDate | null, holidays: ReadonlySet<IsoDate>): IsoDate {
  const fourWeeks = plusDays(meetingDate, 28);
  const beforeReview = nextReview === null ? null : plusDays(nextReview, -1);
  const pick = beforeReview !== null && beforeReview < fourWeeks && beforeReview >= plusDays(meetingDate, 7) ? beforeReview : fourWeeks;
  return nextWorkingDay(pick, holidays);
}
