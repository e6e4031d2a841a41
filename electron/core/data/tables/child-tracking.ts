import { z } from 'zod';
import { MEETING_KIND, PERMANENCE_OPTION, RAG } from '../../../../shared/domain/vocabulary';
import { RULE_IDS } from '../../../../shared/review/types';
import { integer, json, nullable, oneOf, text } from '../codecs';
import { table, type NewRow, type Row } from '../table';

const meetingKind = z.enum(MEETING_KIND.values);
const rule = z.enum(RULE_IDS);
const dueItem = z.object({ kind: meetingKind, date: z.string(), rule, reason: z.string() });
const flag = z.object({ rule, severity: z.enum(['warning', 'alert']), message: z.string() });

/** The tracker's cache of the review engine's answer for each child, as computed for `computed_for`. */
export const childTracking = table('child_tracking', {
  child_id: integer(),
  /** The day the answer is for; another day (or '0000-00-00', marked stale by a change) means it must be worked out again before it is read. */
  computed_for: text(),
  next_due_kind: nullable(oneOf(MEETING_KIND.values)),
  next_due_date: nullable(text()),
  next_due_reason: nullable(text()),
  proceedings_issued: nullable(text()),
  week26_date: nullable(text()),
  last_discussed_kind: nullable(oneOf(MEETING_KIND.values)),
  last_discussed_date: nullable(text()),
  primary_plan: nullable(oneOf(PERMANENCE_OPTION.values)),
  parallel_plans: json(z.array(z.enum(PERMANENCE_OPTION.values))),
  rag: nullable(oneOf(RAG.values)),
  rag_reason: nullable(text()),
  rag_date: nullable(text()),
  /** The last three ratings, oldest first. */
  trend: json(z.array(z.enum(RAG.values))),
  flags: json(z.array(flag)),
  due: json(z.array(dueItem)),
});
export type TrackingRow = Row<typeof childTracking>;
export type NewTrackingRow = NewRow<typeof childTracking>;
