import { z } from 'zod';
import { id, isoDate, optionalId, optionalText, storedIsoDate } from './common';

/** A Child in Care review held: the next one counts from it. */
export const cicReview = z.object({
  id,
  childId: id,
  heldOn: storedIsoDate,
  /** Which review of the episode of care: 1 is the first. */
  ordinal: z.number().int(),
  iroId: id.nullable(),
  iroName: z.string().nullable(),
  notes: z.string().nullable(),
  recordedBy: z.string(),
});
export type CicReview = z.infer<typeof cicReview>;

export const cicReviewInput = z.strictObject({
  childId: id,
  heldOn: isoDate,
  /** Left out: the next one after those already held. */
  ordinal: z.number({ error: 'Choose which review this was.' }).int().min(1, 'Choose which review this was.').max(60).nullable().optional().transform((v) => v ?? null),
  iroId: optionalId,
  notes: optionalText(1000, 'the notes'),
});

/** A team manager's escalation to the Group Manager: on the child's timeline and the tracker until it is closed. */
export const escalation = z.object({
  id,
  childId: id,
  raisedOn: storedIsoDate,
  raisedBy: z.string(),
  groupManagerId: id.nullable(),
  groupManagerName: z.string().nullable(),
  reason: z.string(),
  /** The panel the child was brought to for it. */
  meeting: z.object({ id, date: storedIsoDate, typeName: z.string() }).nullable(),
  closedOn: storedIsoDate.nullable(),
  closedNote: z.string().nullable(),
});
export type Escalation = z.infer<typeof escalation>;

export const escalationInput = z.strictObject({
  childId: id,
  raisedOn: isoDate,
  /** The team manager escalating (from the people list); left out, the child's team manager. */
  raisedById: optionalId,
  groupManagerId: optionalId,
  reason: z.string({ error: 'Say why the child is escalated.' }).trim().min(3, 'Say why the child is escalated.').max(1000, 'Keep the reason to 1,000 characters or fewer.'),
});

export const escalationCloseInput = z.strictObject({ id, closedOn: isoDate, note: optionalText(1000, 'the note') });
