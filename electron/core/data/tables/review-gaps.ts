import { bool, integer, nullable, text } from '../codecs';
import { table, type Row } from '../table';

/**
 * Each child's review deadlines as they stood, one row per deadline: what the figures' timeliness
 * counts, worked out by the tracker's refresh for the children it works out (from the same rules and
 * the same histories, on the same day) and kept beside the tracker's cache, so a year's timeliness
 * for every team is a filter over these rows rather than ten years of histories walked per request.
 */
export const reviewGaps = table('review_gaps', {
  child_id: integer(),
  /** Which timeliness measure: 'cpm', 'cic', or 'pp' with the window's weeks ('pp4', 'pp14'). */
  measure: text(),
  /** What is counted, unique within the measure: the child with the day the deadline ran from (and the review's ordinal, or the window). */
  unit: text(),
  /** The day the next meeting was held (a panel: the one that took this window), or null when none has been held by the day worked out for. */
  next: nullable(text()),
  /** The deadline (a panel: the day its window closes). */
  due_on: nullable(text()),
  /** Whether, with no meeting held after it, the deadline counts as missed: the child was in care and not closed when it fell due. Always true for a panel's window, which counts by its own rule (`windowed`). */
  missing_counts: bool(),
  /** A panel's window (counted when a panel was held in it, or when it closed with none), rather than a run from one meeting to the next. */
  windowed: bool(),
});
export type ReviewGapRow = Row<typeof reviewGaps>;
