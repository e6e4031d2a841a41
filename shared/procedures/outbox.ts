import { z } from 'zod';
import { none, type ProcedureMap } from './common';

/**
 * A save that the team store would not take when the laptop's outbox sent it on (the item was
 * removed, the minutes were approved, someone else changed it first): kept on the laptop, with
 * its text, until the person has copied what they need and dismissed it.
 */
export const notShared = z.object({
  /** The id the laptop gave the save (what `outbox.dismiss` names). */
  id: z.string(),
  procedure: z.enum(['minutes.save', 'minutes.rate']),
  itemId: z.number().int(),
  /** What was being saved, in words (“Discussion”, “RAG rating”). */
  label: z.string(),
  /** What was typed, to copy. */
  text: z.string(),
  /** Why the team store did not take it, in its own sentence. */
  reason: z.string(),
  /** When it was saved on this laptop (ISO). */
  savedAt: z.string(),
});

/** What the laptop holds that the team store does not have yet. Always empty on a laptop's own file (nothing waits there). */
export const outboxStatus = z.object({
  /** Saves kept on this laptop, waiting to be sent when the team store can be reached. */
  waiting: z.number().int(),
  /** Saves the team store would not take, kept here for the person. */
  notShared: z.array(notShared),
});

/** The laptop's outbox in team mode: saves made while the team store could not be reached. */
export const outboxProcedures = {
  'outbox.status': { input: none, output: outboxStatus },
  /** The person has taken what they need from a save that was not shared: it is removed from this laptop. */
  'outbox.dismiss': { input: z.strictObject({ save: z.string().min(1, 'Say which save to dismiss.') }), output: outboxStatus },
} as const satisfies ProcedureMap;
