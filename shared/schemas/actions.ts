import { z } from 'zod';
import { ACTION_REVIEW, ACTION_STATUS } from '../domain/minutes-vocabulary';
import { RAG } from '../domain/vocabulary';
import { SMART_ROW_KEY_MAX } from '../minutes/smart-plan';
import { id, isoDate, optionalId, optionalText, rowVersion, storedIsoDate } from './common';

const rag = z.enum(RAG.values, { error: 'Choose red, amber or green.' });

export const actionChild = z.object({ id, caseRef: z.string(), firstName: z.string(), lastName: z.string() });

/** An action as every screen shows it: what, who, by when, where it was agreed, and where it has got to. */
export const actionRow = z.object({
  id,
  meetingId: id,
  itemId: id,
  meetingDate: storedIsoDate,
  meetingTypeName: z.string(),
  children: z.array(actionChild),
  teamName: z.string().nullable(),
  text: z.string(),
  ownerId: id.nullable(),
  ownerName: z.string(),
  dueOn: storedIsoDate,
  status: z.enum(ACTION_STATUS.values),
  completedOn: storedIsoDate.nullable(),
  progressRag: rag.nullable(),
  /** Shropshire's Impact RAG: did it make the difference it was meant to. */
  impactRag: rag.nullable(),
  /** The newest progress note, if any. */
  lastNote: z.string().nullable(),
  updatedAt: z.string(),
  /** The key of the SMART plan row this action was made from, if it was made from one. */
  planRow: z.string().nullable(),
  /** Moves on with each change of what, who or when; an edit sends the version it was based on. */
  version: z.number().int().min(1),
});
export type ActionRow = z.infer<typeof actionRow>;

export const actionReview = z.object({
  outcome: z.enum(ACTION_REVIEW.values),
  note: z.string(),
  newDueOn: storedIsoDate.nullable(),
  /** When it was due as the meeting reviewed it: the minutes show this, not a date the review itself set. */
  dueBefore: storedIsoDate,
});

/** An earlier meeting's action as a later meeting sees it: with that meeting's review, once made. */
export const earlierAction = actionRow.extend({ review: actionReview.nullable() });
export type EarlierAction = z.infer<typeof earlierAction>;

const actionText = z.string({ error: 'Say what is to be done.' }).trim().min(3, 'Say what is to be done.').max(2000, 'Keep an action to 2,000 characters or fewer.');
const ownerName = optionalText(120, 'the owner’s name');

const ownerRequired = { path: ['ownerName'], message: 'Say who will do it: choose someone or type a name.' };

export const actionCreateInput = z
  .strictObject({
    itemId: id,
    text: actionText,
    ownerId: optionalId,
    ownerName,
    dueOn: isoDate,
    /** Made from this row of the item's SMART plan: the record shows which action came from which row. */
    planRow: z.string().min(1).max(SMART_ROW_KEY_MAX).nullable().optional().transform((v) => v ?? null),
  })
  .refine((v) => v.ownerId !== null || v.ownerName !== null, ownerRequired);

export const actionUpdateInput = z
  .strictObject({ id, text: actionText, ownerId: optionalId, ownerName, dueOn: isoDate, version: rowVersion })
  .refine((v) => v.ownerId !== null || v.ownerName !== null, ownerRequired);

/** A later meeting's review of an earlier action. A null outcome takes the review back. */
export const actionReviewInput = z
  .strictObject({
    actionId: id,
    itemId: id,
    outcome: z.enum(ACTION_REVIEW.values, { error: 'Choose done, carried forward or no longer needed.' }).nullable(),
    note: z.string().max(2000, 'Keep the note to 2,000 characters or fewer.'),
    newDueOn: isoDate.nullable().optional().transform((v) => v ?? null),
  })
  .refine((v) => v.outcome !== 'carried' || v.note.trim().length > 0, {
    path: ['note'],
    message: 'Say why it is carried forward (and give it a new due date if it has one).',
  });

export const actionProgressInput = z.strictObject({
  id,
  note: z.string().trim().min(3, 'Write the progress note.').max(2000, 'Keep the note to 2,000 characters or fewer.'),
  progressRag: rag.nullable().optional().transform((v) => v ?? null),
  impactRag: rag.nullable().optional().transform((v) => v ?? null),
});

/** Completing an action is when its impact is judged: the Impact RAG can be given then. Left out, the one it has stays. */
export const actionCompleteInput = z.strictObject({ id, completedOn: isoDate, note: optionalText(2000, 'the note'), impactRag: rag.nullable().optional() });

const ragFilter = z.enum(['red', 'amber', 'green', 'none'], { error: 'Choose red, amber, green or not rated.' });

export const actionQuery = z
  .strictObject({
    ownerId: optionalId,
    /** Free-text owners are matched by name. */
    ownerName: z.string().trim().max(120).optional(),
    teamId: optionalId,
    childId: optionalId,
    status: z.enum([...ACTION_STATUS.values, 'all'] as const).optional(),
    dueBy: isoDate.optional(),
    overdue: z.boolean().optional(),
    progressRag: ragFilter.optional(),
    impactRag: ragFilter.optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .optional()
  .transform((v) => ({
    ownerId: v?.ownerId ?? null,
    ownerName: v?.ownerName ? v.ownerName : null,
    teamId: v?.teamId ?? null,
    childId: v?.childId ?? null,
    status: v?.status ?? 'open',
    dueBy: v?.dueBy ?? null,
    overdue: v?.overdue ?? false,
    progressRag: v?.progressRag ?? null,
    impactRag: v?.impactRag ?? null,
    limit: v?.limit ?? 200,
    offset: v?.offset ?? 0,
  }));
export type ActionQuery = z.output<typeof actionQuery>;

export const actionPage = z.object({ rows: z.array(actionRow), total: z.number().int(), today: storedIsoDate });

export const actionHistoryEntry = z.object({
  at: z.string(),
  by: z.string(),
  kind: z.enum(['created', 'progress', 'completed', 'reopened', 'reviewed', 'changed']),
  note: z.string().nullable(),
  progressRag: rag.nullable(),
  impactRag: rag.nullable(),
});
