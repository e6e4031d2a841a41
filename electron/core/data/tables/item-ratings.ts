import { RAG } from '../../../../shared/domain/vocabulary';
import { integer, nullable, oneOf, text } from '../codecs';
import { table, type Row } from '../table';

/** A rating in the making, per child of an item: chosen before its reason is typed. */
export const itemRatings = table('item_ratings', {
  item_id: integer(),
  child_id: integer(),
  rating: nullable(oneOf(RAG.values)),
  reason: text(),
  updated_at: text(),
});
export type ItemRatingRow = Row<typeof itemRatings>;
