import { integer, text } from '../codecs';
import { table, type Row } from '../table';

/**
 * Each RAG rating with the day the child's next rating came: how long it was the child's latest.
 * Kept by the database's own triggers whenever a rating is added, changed or removed (migration
 * 21), so the figures' RAG over time reads the ratings that were the latest in a period from one
 * index, rather than seeking each child's ratings and ordering them on every request.
 */
export const ratingSpans = table('rating_spans', {
  rating_id: integer(),
  child_id: integer(),
  rating: text(),
  rated_on: text(),
  /** The day of the child's next rating; '9999-12-31' while this is the latest. */
  until: text(),
});
export type RatingSpanRow = Row<typeof ratingSpans>;
