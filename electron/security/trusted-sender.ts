import type { ApiResult } from '../../shared/errors';
import { isAppUrl } from './origin';

export interface SenderFacts {
  /** id of the WebContents that sent the message */
  senderId: number;
  /** URL of the frame that sent it (null if the frame is gone) */
  frameUrl: string | null | undefined;
  /** true when the sending frame is the top frame */
  isMainFrame: boolean;
}

/**
 * An IPC call is served only when it comes from the top frame of a window this
 * app created, showing one of the app's own pages. Anything else is refused
 * before the router sees it.
 */
export function isTrustedSender(facts: SenderFacts, ownWindows: ReadonlySet<number>): boolean {
  return ownWindows.has(facts.senderId) && facts.isMainFrame && isAppUrl(facts.frameUrl);
}

/** The slice of an IPC event this module reads: typed structurally so tests can hand in a stand-in. */
export interface SenderEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/** Whether an IPC event came from a trusted sender: one rule for every channel. */
export function isTrustedEvent(event: SenderEvent, ownWindows: ReadonlySet<number>): boolean {
  const frame = event.senderFrame;
  // A frame with no parent is the top frame (WebFrameMain objects are not guaranteed to be the same object twice).
  return isTrustedSender({ senderId: event.sender.id, frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null }, ownWindows);
}

/** What every channel answers an untrusted sender. */
export const REFUSED_SENDER: ApiResult<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not come from a Panelroom window and was refused.' } };
