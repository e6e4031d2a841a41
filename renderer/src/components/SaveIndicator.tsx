import { useEffect } from 'react';
import { useProcedure } from '../api/use-procedure';
import { useAutosaveStore, useSaveStatus } from './use-autosave';

const clock = (at: Date) => at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** How often the laptop's outbox is asked whether it has shared what it holds. */
const OUTBOX_CHECK_MS = 1500;

/**
 * The page's one word on its saves, and it tells the truth: "Saving…" while anything typed is
 * not yet durable, "Saved on this laptop, not yet shared" while the team store cannot be reached
 * and a save waits in the laptop's outbox, "All changes saved" only once everything is, and the
 * core's own reason when a save failed. Both regions are always present so screen readers
 * announce each change; a failure is announced at once, progress politely.
 */
export function SaveIndicator() {
  const store = useAutosaveStore();
  const status = useSaveStatus();
  const waiting = useOutboxWaiting(status.state === 'held' ? status.at.getTime() : null, store.markShared.bind(store));
  const error = status.state === 'error' ? status : undefined;
  let text = '';
  if (status.state === 'saving') text = 'Saving…';
  // Held here, or (after a reload) still waiting in the outbox from before: not called saved until shared.
  else if (status.state === 'held' || waiting) text = 'Saved on this laptop, not yet shared';
  else if (status.state === 'saved') text = `All changes saved at ${clock(status.at)}`;
  else if (status.state === 'idle') text = 'All changes saved';
  return (
    <div className={`save-indicator save-indicator--${status.state === 'error' || status.state === 'saving' || !waiting ? status.state : 'held'}`}>
      <p role="status" aria-live="polite" className="save-indicator__text">
        {text}
      </p>
      <p role="alert" className="save-indicator__error">
        {error ? `Not saved: ${error.message}${error.retrying ? ' — retrying' : ''}` : ''}
      </p>
    </div>
  );
}

/**
 * Whether the laptop's outbox still holds saves. Read when the page opens (a reload forgets what
 * this page was told), and while anything is held, until the outbox has sent it all on: then the
 * held saves are shared. Read afresh for each newest held save, so an answer from before it can
 * never say it is shared.
 */
function useOutboxWaiting(heldSince: number | null, markShared: () => void): boolean {
  const outbox = useProcedure('outbox.status', undefined, {
    readAgainOn: heldSince,
    keepPrevious: false,
    poll: (data) => (heldSince !== null || (data?.waiting ?? 0) > 0 ? OUTBOX_CHECK_MS : false),
  });
  const sent = heldSince !== null && outbox.data !== undefined && outbox.data.waiting === 0;
  useEffect(() => {
    if (sent) markShared();
    // markShared is a fresh bind each draw; the store behind it does not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sent, outbox.answeredAt]);
  return (outbox.data?.waiting ?? 0) > 0;
}
