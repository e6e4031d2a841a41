import { z } from 'zod';
import { id, rowVersion, storedIsoDate } from './common';

/**
 * Possible mentions of other children in a child's extract, and a person's choice on each:
 * taken out, or kept because it is not that child. Filing waits until every one is chosen.
 */

export const EXTRACT_CHOICES = ['take_out', 'keep'] as const;
export const extractChoice = z.enum(EXTRACT_CHOICES, { error: 'Choose “take out” or “keep”.' });
export type ExtractChoice = z.infer<typeof extractChoice>;

/** How likely a possible mention is another child: the review shows the strongest first. */
export const MENTION_STRENGTHS = ['strong', 'possible', 'weak'] as const;
export type MentionStrength = (typeof MENTION_STRENGTHS)[number];

export const suspectChild = z.object({ id, name: z.string(), caseRef: z.string() });

export const possibleMention = z.object({
  key: z.string(),
  /** Where in the extract it is: 'Discussion', 'Actions agreed'. */
  where: z.string(),
  /** The words as typed. */
  phrase: z.string(),
  /** The sentence around it as it will be printed, split at the words. */
  sentence: z.object({ before: z.string(), match: z.string(), after: z.string() }),
  strength: z.enum(MENTION_STRENGTHS),
  /** Why it is listed, in words: 'The first name of a child in the register'. */
  why: z.string(),
  /** The children it may be, nearest first (a few), and how many more. */
  suspects: z.array(suspectChild),
  moreSuspects: z.number().int(),
  /** A member of staff whose name it also is. */
  staff: z.string().nullable(),
  choice: extractChoice.nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type PossibleMention = z.infer<typeof possibleMention>;

/** How an extract stands: what the redaction took out, what a person chose, what still waits. */
export const extractReviewCounts = z.object({
  /** Taken out without asking: references and full names from the register, first names of the children around this one. */
  automatic: z.number().int(),
  found: z.number().int(),
  takenOut: z.number().int(),
  kept: z.number().int(),
  unreviewed: z.number().int(),
  /** Who made the latest choice, and when. */
  lastBy: z.string().nullable(),
  lastAt: z.string().nullable(),
});
export type ExtractReviewCounts = z.infer<typeof extractReviewCounts>;

export const extractReview = z.object({
  meetingId: id,
  childId: id,
  childName: z.string(),
  caseRef: z.string(),
  typeName: z.string(),
  meetingDate: storedIsoDate,
  /** Strongest first. */
  mentions: z.array(possibleMention),
  counts: extractReviewCounts,
  /** Another child's extract on this meeting still waiting for review, to go on to. */
  next: z.object({ childId: id, name: z.string(), unreviewed: z.number().int() }).nullable(),
});
export type ExtractReview = z.infer<typeof extractReview>;

export const extractReviewInput = z.strictObject({ meetingId: id, childId: id });
export const extractDecideInput = z.strictObject({
  meetingId: id,
  childId: id,
  key: z.string({ error: 'Say which possible mention.' }).min(1, 'Say which possible mention.').max(64, 'That is not a possible mention of this extract.'),
  choice: extractChoice,
});

/** Whether siblings' names stay in a child's extract (a council's choice; they stay unless it says otherwise). */
export const SIBLING_NAME_CHOICES = ['keep', 'take_out'] as const;
export const extractSettings = z.object({ siblingNames: z.enum(SIBLING_NAME_CHOICES) });
export type ExtractSettings = z.infer<typeof extractSettings>;
/** The choice as read and as saved, with its version (0: never saved); a save sends the version it was based on. */
export const extractSettingsOutput = extractSettings.extend({ version: z.number().int().min(0) });
export const extractSettingsInput = z.strictObject({
  siblingNames: z.enum(SIBLING_NAME_CHOICES, { error: 'Choose whether siblings’ names stay in a child’s extract.' }),
  version: rowVersion,
});
export const DEFAULT_EXTRACT_SETTINGS: ExtractSettings = { siblingNames: 'keep' };
