import { id, integer, nullable, text } from '../codecs';
import { table, type Row } from '../table';

export const cicReviews = table('cic_reviews', {
  id: id(),
  child_id: integer(),
  held_on: text(),
  /** Which review of the episode of care: 1 is the first. */
  ordinal: integer(),
  iro_id: nullable(integer()),
  iro_name: nullable(text()),
  notes: nullable(text()),
  /** Where the row came from ('recorded', 'demo', or an upgrade's 'key_date'): shown to nobody. */
  source: text(),
  created_at: text(),
  updated_at: text(),
  recorded_by: text(),
});
export type CicReviewRow = Row<typeof cicReviews>;
