import { RAG } from '../../../../shared/domain/vocabulary';
import { ragRating } from '../../../../shared/schemas/child';
import { id, integer, nullable, oneOf, text } from '../codecs';
import { table, type Row } from '../table';

export const ragRatings = table('rag_ratings', {
  id: id(),
  child_id: integer(),
  rating: oneOf(RAG.values),
  reason: text(),
  rated_on: text(),
  source: oneOf(ragRating.shape.source.options),
  meeting_id: nullable(integer()),
  recorded_at: text(),
  recorded_by: text(),
});
export type RagRow = Row<typeof ragRatings>;
