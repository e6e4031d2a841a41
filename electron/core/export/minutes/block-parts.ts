import { formatUkDate } from '../../../../shared/domain/dates';
import { ACTION_REVIEW } from '../../../../shared/domain/minutes-vocabulary';
import type { MeetingForm } from '../../../../shared/domain/vocabulary';
import { fieldLabel, type TextField } from '../../../../shared/minutes/fields';
import type { ReviewSettings } from '../../../../shared/review/types';
import type { ActionRow, EarlierAction } from '../../../../shared/schemas/actions';
import type { Papers } from '../../../../shared/schemas/agenda';
import type { MinuteItem, MinuteValues } from '../../../../shared/schemas/minutes';
import type { RecordDetails } from '../../../../shared/schemas/record-details';
import type { DocBlock, DocCell } from './model';

/** Printed in a section the record always has, so a reader knows it was considered and left empty, not lost. */
export const NOT_RECORDED = 'Nothing recorded.';

export interface ItemSource {
  form: MeetingForm;
  item: MinuteItem;
  /** Each child's name by id, for the ratings table. */
  names: ReadonlyMap<number, string>;
  /** The papers as booked: what the minutes show when the minute-taker never changed them. */
  bookedPapers: Papers | null;
  /** ISO: ages and what is still to come are worked out on the meeting's day. */
  meetingDate: string;
  /** Each child's record as it stood at the meeting, by child id. */
  records: ReadonlyMap<number, RecordDetails>;
  /** The council's review rules, for what a decision to issue sets going. */
  reviewSettings: Pick<ReviewSettings, 'ppAfterIssueWeeks' | 'week26Weeks'>;
}

export function text(values: MinuteValues, field: TextField, always: boolean, label: string = fieldLabel(field)): DocBlock[] {
  const value = (values[field] ?? '').trim();
  if (!value && !always) return [];
  return [{ kind: 'text', label, text: value || NOT_RECORDED }];
}

/** An earlier action's outcome at this meeting, in words that stand on their own in a case record. */
export function reviewWords(action: EarlierAction): string {
  const review = action.review;
  if (!review) return 'Not reviewed at this meeting';
  const note = review.note.trim();
  const base = review.outcome === 'carried' && review.newDueOn ? `Carried forward, now due ${formatUkDate(review.newDueOn)}` : ACTION_REVIEW.labels[review.outcome];
  return note ? `${base}: ${note}` : base;
}

export function earlierActions(item: MinuteItem): DocBlock {
  return {
    kind: 'table',
    label: 'Previous actions and their outcomes',
    columns: [
      { heading: 'Action', weight: 36 },
      { heading: 'Owner', weight: 17 },
      { heading: 'Due', weight: 15 },
      { heading: 'Outcome', weight: 32 },
    ],
    rows: item.earlierActions.map((a) => [a.text, a.ownerName, formatUkDate(a.review?.dueBefore ?? a.dueOn), reviewWords(a)]),
    empty: 'No earlier actions were open.',
  };
}

/** The first words of a plan row's outcome, to name the row an action came from. */
export function rowName(outcome: string): string {
  const oneLine = outcome.trim().replace(/\s+/g, ' ');
  if (!oneLine) return 'a row without an outcome';
  return oneLine.length <= 70 ? `“${oneLine}”` : `“${oneLine.slice(0, 67).replace(/\s+\S*$/, '')}…”`;
}

/** An action, and where it came from when it was made from a row of the SMART plan. */
function actionCell(action: ActionRow, rows: NonNullable<MinuteValues['smartPlan']>): DocCell {
  if (action.planRow === null) return action.text;
  const row = rows.find((r) => r.key === action.planRow);
  return { text: action.text, note: row ? `From the plan: ${rowName(row.outcome)}` : 'From a row of the plan since removed' };
}

export function newActions(item: MinuteItem): DocBlock {
  const rows = item.values.smartPlan ?? [];
  return {
    kind: 'table',
    label: 'Actions agreed',
    columns: [
      { heading: 'Action', weight: 60 },
      { heading: 'Owner', weight: 25 },
      { heading: 'Due', weight: 15 },
    ],
    rows: item.actions.map((a) => [actionCell(a, rows), a.ownerName, formatUkDate(a.dueOn)]),
    empty: 'No new actions.',
  };
}

export function ratings(source: ItemSource): DocBlock {
  return {
    kind: 'ratings',
    ratings: source.item.ratings.map((r) => ({ child: source.names.get(r.childId) ?? '', rating: r.rating, reason: r.reason.trim() })),
  };
}

export const nextReview = (values: MinuteValues): DocBlock => ({
  kind: 'facts',
  lines: [{ label: 'Next review', value: values.nextReview ? formatUkDate(values.nextReview) : 'Not set at this meeting' }],
});
