import { z } from 'zod';

/**
 * What the core tells the app's pages as it happens: which records changed (ids only,
 * never what they say) and, with a team store, whether this laptop is hearing from the
 * server and when it last did. Pages read what changed again, under their own permissions.
 */

/** The kind named when anything at all may have changed (after a reconnect, or while only polling): every page reads again. */
export const EVERYTHING = '*';

export const liveChangeSchema = z.object({
  entity: z.string().min(1).max(64),
  ids: z.array(z.number().int()).max(10_000),
});

/** With a team store: whether its changes are heard as they happen, and when the server last answered (ISO time). */
export const serverLinkSchema = z.object({
  listening: z.boolean(),
  lastHeardAt: z.string().nullable(),
});

export const liveMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('changes'), events: z.array(liveChangeSchema).max(1000) }),
  // null: the data is on this laptop, with no server to hear from.
  z.object({ kind: z.literal('link'), link: serverLinkSchema.nullable() }),
]);

export type LiveChange = z.infer<typeof liveChangeSchema>;
export type ServerLink = z.infer<typeof serverLinkSchema>;
export type LiveMessage = z.infer<typeof liveMessageSchema>;

/** Everything may have changed: what a page is told after it could have missed something. */
export function everythingChanged(): LiveMessage {
  return { kind: 'changes', events: [{ entity: EVERYTHING, ids: [] }] };
}
