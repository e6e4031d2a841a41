import { z } from 'zod';
import { EXTRACT_CHOICES, suspectChild } from '../../../../shared/schemas/extract-review';
import { id, integer, json, oneOf, text } from '../codecs';
import { table } from '../table';

/** A person's choice on one possible mention of another child in a child's extract, with what they saw. */
export const extractReviews = table('extract_reviews', {
  id: id(),
  meeting_id: integer(),
  child_id: integer(),
  mention_key: text(),
  phrase: text(),
  sentence: text(),
  suspects: json(z.array(suspectChild)),
  choice: oneOf(EXTRACT_CHOICES),
  decided_at: text(),
  decided_by: text(),
});
