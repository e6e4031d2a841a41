import type { SaveSnapshot } from './autosave-store';

/** What the laptop's outbox last said: saves waiting to be sent, and saves the team store would not take. */
export interface OutboxCounts {
  waiting: number;
  notShared: number;
}

/** The indicator's words, and the look that goes with them. */
export interface IndicatorWords {
  text: string;
  tone: 'idle' | 'saving' | 'saved' | 'held' | 'not-shared' | 'error';
}

export const HELD_WORDS = 'Saved on this laptop, not yet shared';

const clock = (at: Date) => at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "1 change not shared" / "2 changes not shared": saves the team store would not take, listed above the bar. */
export function notSharedWords(count: number): string {
  return `${count === 1 ? '1 change' : `${count} changes`} not shared: see above`;
}

/**
 * What the save indicator says, from the page's saves and the outbox's last answer (undefined
 * until it has answered). It never claims more than is true: nothing is called saved while a
 * save waits in the outbox, or while one it sent on was not taken (kept for the person to copy
 * or dismiss), or before the outbox has answered at all.
 */
export function saveIndicatorWords(status: SaveSnapshot, outbox: OutboxCounts | undefined): IndicatorWords {
  if (status.state === 'saving') return { text: 'Saving…', tone: 'saving' };
  // Held here, or (after a reload) still waiting in the outbox from before: not called saved until shared.
  if (status.state === 'held' || (outbox?.waiting ?? 0) > 0) return { text: HELD_WORDS, tone: status.state === 'error' ? 'error' : 'held' };
  if ((outbox?.notShared ?? 0) > 0) return { text: notSharedWords(outbox!.notShared), tone: status.state === 'error' ? 'error' : 'not-shared' };
  // A failure is said in the alert beside this; and until the outbox has answered, "saved" would be a guess.
  if (status.state === 'error' || outbox === undefined) return { text: '', tone: status.state };
  if (status.state === 'saved') return { text: `All changes saved at ${clock(status.at)}`, tone: 'saved' };
  return { text: 'All changes saved', tone: 'idle' };
}
