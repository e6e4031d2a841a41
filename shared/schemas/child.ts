import { z } from 'zod';
import { GENDER, KEY_DATE_TYPE, LEGAL_ORDER_SOUGHT, LEGAL_STATUS, LGP_DECISION, MEETING_KIND, PERMANENCE_OPTION, PLACEMENT_TYPE, RAG } from '../domain/vocabulary';
import { cicReview, escalation } from './child-events';
import { id, isoDate, nameField, optionalId, optionalIsoDate, optionalText, rowVersion, timestamp } from './common';

export const legalStatus = z.enum(LEGAL_STATUS.values, { error: 'Choose a legal status from the list.' });
export const permanenceOption = z.enum(PERMANENCE_OPTION.values, { error: 'Choose a permanence option from the list.' });
export const legalOrderSought = z.enum(LEGAL_ORDER_SOUGHT.values, { error: 'Choose the legal order sought from the list.' });
export const keyDateType = z.enum(KEY_DATE_TYPE.values, { error: 'Choose the kind of date from the list.' });
export const lgpDecision = z.enum(LGP_DECISION.values, { error: 'Choose the Legal Gateway decision from the list.' });
export const rag = z.enum(RAG.values, { error: 'Choose red, amber or green.' });
export const gender = z.enum(GENDER.values, { error: 'Choose a gender from the list.' });
export const placementType = z.enum(PLACEMENT_TYPE.values, { error: 'Choose a placement type from the list.' });
export const meetingKind = z.enum(MEETING_KIND.values);

/** The council's case-system ID: kept exactly as that system writes it. */
export const caseRef = z
  .string({ error: 'Enter the case reference.' })
  .trim()
  .min(1, 'Enter the case reference.')
  .max(40, 'Keep the case reference to 40 characters or fewer.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9\-/_.]*$/, 'A case reference can only contain letters, numbers and - / _ . (no spaces).');

export const child = z.object({
  id,
  caseRef: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: isoDate.nullable(),
  isUnborn: z.boolean(),
  gender: gender.nullable(),
  ethnicity: z.string().nullable(),
  teamId: id.nullable(),
  socialWorkerId: id.nullable(),
  teamManagerId: id.nullable(),
  iroId: id.nullable(),
  legalStatus,
  dateEnteredCare: isoDate.nullable(),
  placementType: placementType.nullable(),
  siblingGroupId: id.nullable(),
  closedOn: isoDate.nullable(),
  closedReason: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Moves on with each save; an edit sends the version it was based on. */
  version: z.number().int().min(1),
});
export type Child = z.infer<typeof child>;

export const childFields = z.strictObject({
  caseRef,
  firstName: nameField('the first name'),
  lastName: nameField('the last name'),
  dateOfBirth: optionalIsoDate,
  isUnborn: z.boolean().optional().transform((v) => v ?? false),
  gender: gender.nullable().optional().transform((v) => v ?? null),
  ethnicity: optionalText(80, 'ethnicity'),
  teamId: optionalId,
  socialWorkerId: optionalId,
  teamManagerId: optionalId,
  iroId: optionalId,
  legalStatus,
  dateEnteredCare: optionalIsoDate,
  placementType: placementType.nullable().optional().transform((v) => v ?? null),
});
export type ChildFieldsInput = z.input<typeof childFields>;
export type ChildFields = z.output<typeof childFields>;

/** Cross-field rules, shared by the form, the import and the core. `today` is the caller's local date. */
export function childFieldProblems(fields: ChildFields, today: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (fields.dateOfBirth && !fields.isUnborn && fields.dateOfBirth > today) {
    problems.dateOfBirth = 'The date of birth is in the future. For an unborn baby, tick “Unborn” and give the expected date of delivery.';
  }
  if (fields.isUnborn && fields.dateEnteredCare) problems.dateEnteredCare = 'An unborn baby cannot have entered care yet.';
  if (fields.dateEnteredCare && fields.dateEnteredCare > today) problems.dateEnteredCare = 'The date entered care is in the future.';
  if (fields.dateEnteredCare && fields.dateOfBirth && fields.dateEnteredCare < fields.dateOfBirth) {
    problems.dateEnteredCare = 'The date entered care is before the date of birth.';
  }
  return problems;
}

export const childCreateInput = childFields;
export const childUpdateInput = childFields.extend({ id, version: rowVersion });

export const childCloseInput = z.strictObject({
  id,
  closedOn: optionalIsoDate,
  closedReason: optionalText(200, 'the reason'),
});

export const permanencePlan = z.object({
  id,
  childId: id,
  primaryOption: permanenceOption.nullable(),
  parallelOptions: z.array(permanenceOption),
  legalOrderSought: legalOrderSought.nullable(),
  ratifiedOn: isoDate.nullable(),
  ratifiedAt: z.string().nullable(),
  notes: z.string().nullable(),
  recordedAt: timestamp,
  recordedBy: z.string(),
  /** The day it was agreed: the meeting's date for a meeting's outcome, else the day it was recorded. */
  agreedOn: isoDate.nullable(),
  /** Since when these options have stood. */
  optionsSince: isoDate.nullable(),
  /** These options replaced different ones. */
  changedOption: z.boolean(),
  /** The Care Planning Meeting whose agreed plan this is. */
  meetingId: id.nullable(),
  /** The Group Manager's ratification of the final plan. */
  gmRatifiedBy: z.string().nullable(),
  gmRatifiedOn: isoDate.nullable(),
});
export type PermanencePlan = z.infer<typeof permanencePlan>;

export const planInput = z
  .strictObject({
    childId: id,
    primaryOption: permanenceOption.nullable(),
    parallelOptions: z.array(permanenceOption).max(3, 'There are only four permanence options.'),
    legalOrderSought: legalOrderSought.nullable().optional().transform((v) => v ?? null),
    ratifiedOn: optionalIsoDate,
    ratifiedAt: optionalText(120, 'where it was ratified'),
    notes: optionalText(2000, 'the notes'),
  })
  .superRefine((plan, ctx) => {
    if (plan.primaryOption && plan.parallelOptions.includes(plan.primaryOption)) {
      ctx.addIssue({ code: 'custom', path: ['parallelOptions'], message: 'A parallel option cannot be the same as the primary option.' });
    }
    if (new Set(plan.parallelOptions).size !== plan.parallelOptions.length) {
      ctx.addIssue({ code: 'custom', path: ['parallelOptions'], message: 'Each parallel option can be chosen once.' });
    }
    if (!plan.primaryOption && plan.parallelOptions.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['primaryOption'], message: 'Choose the primary option before any parallel ones.' });
    }
    if (plan.ratifiedAt && !plan.ratifiedOn) {
      ctx.addIssue({ code: 'custom', path: ['ratifiedOn'], message: 'Enter the date the plan was ratified.' });
    }
  });

/** The Group Manager ratifies the final plan before the final evidence goes to court: who, and when. */
export const planRatifyInput = z.strictObject({
  childId: id,
  planId: id,
  ratifiedBy: nameField('the Group Manager’s name'),
  ratifiedOn: isoDate,
});

export const keyDate = z.object({
  id,
  childId: id,
  type: keyDateType,
  date: isoDate,
  label: z.string().nullable(),
  decision: lgpDecision.nullable(),
  notes: z.string().nullable(),
});
export type KeyDate = z.infer<typeof keyDate>;

const keyDateFields = {
  type: keyDateType,
  date: isoDate,
  label: optionalText(120, 'the description'),
  decision: lgpDecision.nullable().optional().transform((v) => v ?? null),
  notes: optionalText(1000, 'the notes'),
};
function keyDateRules(kd: { type: string; label: string | null; decision: string | null }, ctx: z.RefinementCtx) {
  if (kd.type === 'other' && !kd.label) ctx.addIssue({ code: 'custom', path: ['label'], message: 'Say what this date is.' });
  if (kd.decision && kd.type !== 'lgp') ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Only a Legal Gateway Panel date has a decision.' });
}
export const keyDateCreateInput = z.strictObject({ childId: id, ...keyDateFields }).superRefine(keyDateRules);
export const keyDateUpdateInput = z.strictObject({ id, ...keyDateFields }).superRefine(keyDateRules);

export const ragRating = z.object({
  id,
  childId: id,
  rating: rag,
  reason: z.string(),
  ratedOn: isoDate,
  source: z.enum(['meeting', 'manual', 'import', 'demo']),
  meetingId: id.nullable(),
  recordedBy: z.string(),
});
export type RagRating = z.infer<typeof ragRating>;

/** A RAG rating always carries a reason: it is what makes the rating useful months later. */
export const ragReason = z
  .string({ error: 'Give the reason for the rating.' })
  .trim()
  .min(3, 'Give the reason for the rating.')
  .max(2000, 'Keep the reason to 2,000 characters or fewer.');

export const ragCreateInput = z.strictObject({ childId: id, rating: rag, reason: ragReason, ratedOn: isoDate });

export const siblingLinkInput = z.strictObject({ childId: id, siblingId: id }).refine((v) => v.childId !== v.siblingId, { message: 'A child cannot be their own sibling.', path: ['siblingId'] });
export const siblingUnlinkInput = z.strictObject({ childId: id });

export const meetingHistoryEntry = z.object({ kind: meetingKind, date: isoDate, source: z.string() });

export const childDetail = z.object({
  child,
  plan: permanencePlan.nullable(),
  planHistory: z.array(permanencePlan),
  keyDates: z.array(keyDate),
  ratings: z.array(ragRating),
  siblings: z.array(z.object({ id, caseRef: z.string(), firstName: z.string(), lastName: z.string() })),
  meetings: z.array(meetingHistoryEntry),
  cicReviews: z.array(cicReview),
  escalations: z.array(escalation),
  /** The review engine's answer for this child today. */
  review: z.object({
    due: z.array(z.object({ kind: meetingKind, date: isoDate, rule: z.string(), reason: z.string() })),
    flags: z.array(z.object({ rule: z.string().optional(), severity: z.enum(['warning', 'alert']), message: z.string() })),
    proceedingsIssued: isoDate.nullable(),
    week26Date: isoDate.nullable(),
    today: isoDate,
  }),
});
export type ChildDetail = z.infer<typeof childDetail>;
