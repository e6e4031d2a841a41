import { z } from 'zod';
import { meetingKind } from '../../../shared/schemas/child';
import { trackerResult, trackerRow } from '../../../shared/schemas/tracker';

/*
 * Cheaper variants of today's code, measured beside it so a recommended fix comes
 * with a number. None of this is used by the app.
 */

const isoPattern = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The tracker's output schema with dates checked by pattern only. The core wrote these
 * dates itself after checking them on the way in, so proving again that each is a real
 * calendar date (isIsoDate builds a Date) buys nothing on the way out.
 */
export const trackerResultPatternDates = trackerResult.extend({
  today: isoPattern,
  rows: z.array(
    trackerRow.extend({
      proceedingsIssued: isoPattern.nullable(),
      week26Date: isoPattern.nullable(),
      ragDate: isoPattern.nullable(),
      lastDiscussed: z.object({ kind: meetingKind, date: isoPattern }).nullable(),
      nextDue: z.object({ kind: meetingKind, date: isoPattern, reason: z.string() }).nullable(),
    }),
  ),
});

/** The tracker's row query with only the child ids selected: the first half of a paged tracker. */
export function idsOnly(sql: string): string | undefined {
  const out = sql.replace(/^select .*? from "children" as "c"/s, 'select "c"."id" from "children" as "c"');
  return out === sql ? undefined : out;
}
