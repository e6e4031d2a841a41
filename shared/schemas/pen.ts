import { z } from 'zod';
import { id, timestamp } from './common';

/**
 * The pen for a meeting's minutes and who is viewing the meeting. On a laptop's own file one
 * person uses the app, so the pen is always theirs (`shared: false`); on a team store one person
 * holds it, on one laptop or window (its client id), and the others read the minutes live.
 */

/** The laptop's or window's own id (its client id), made by the page once and kept: the pen held on it survives a reconnect. */
export const client = z
  .string({ error: 'The window’s id is missing.' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'The window’s id is not in the expected form.');

export const penInput = z.strictObject({ meetingId: id, client });

/** Hands the pen to someone viewing the meeting now, named by how they sign in. */
export const penHandOverInput = z.strictObject({
  meetingId: id,
  client,
  to: z.string({ error: 'Choose who to hand the pen to.' }).trim().min(1, 'Choose who to hand the pen to.').max(200),
});

export const penViewer = z.object({
  /** How they sign in: what the pen is handed to. */
  login: z.string(),
  name: z.string(),
  you: z.boolean(),
  holdsPen: z.boolean(),
});
export type PenViewer = z.infer<typeof penViewer>;

export const penState = z.object({
  meetingId: id,
  /** false on a laptop's own file: one person, and the pen is always theirs. */
  shared: z.boolean(),
  holder: z
    .object({
      login: z.string(),
      name: z.string(),
      since: timestamp,
      /** The person asking holds it (in some window). */
      you: z.boolean(),
      /** ...in this very window (or laptop). */
      here: z.boolean(),
      /** They have the meeting open now. */
      viewing: z.boolean(),
    })
    .nullable(),
  /** May the person asking write the minutes now: they hold the pen, or nobody does. */
  mayWrite: z.boolean(),
  /** People with the meeting open now (each once), the person asking first. */
  viewing: z.array(penViewer),
  /** A sentence for a previous holder whose pen was taken over; null otherwise. */
  notice: z.string().nullable(),
});
export type PenState = z.infer<typeof penState>;
