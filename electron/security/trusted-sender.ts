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
