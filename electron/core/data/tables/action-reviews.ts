import { z } from 'zod';
import { ACTION_REVIEW, ACTION_STATUS } from '../../../../shared/domain/minutes-vocabulary';
import { id, integer, json, nullable, oneOf, text } from '../codecs';
import { table, type Row } from '../table';

/** The action as it stood before a review changed it, so changing or taking back the review restores it exactly. */
export const actionBefore = z.object({
  status: z.enum(ACTION_STATUS.values),
  due_on: z.string(),
  completed_on: z.string().nullable(),
  last_note: z.string().nullable(),
});
export type ActionBefore = z.infer<typeof actionBefore>;

/** What a later meeting decided about an earlier meeting's action: once per action per item. */
export const actionReviews = table('action_reviews', {
  id: id(),
  action_id: integer(),
  item_id: integer(),
  meeting_id: integer(),
  outcome: oneOf(ACTION_REVIEW.values),
  note: text(),
  new_due_on: nullable(text()),
  before: json(actionBefore),
  reviewed_at: text(),
  reviewed_by: text(),
});
export type ActionReviewRow = Row<typeof actionReviews>;
