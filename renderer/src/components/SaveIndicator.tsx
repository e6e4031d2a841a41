import { useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../../shared/contract';
import { useProcedure } from '../api/use-procedure';
import { procedureKey, queryClient } from '../api/query-client';
import { saveIndicatorWords } from './save-indicator-words';
import { useAutosaveStore, useSaveStatus } from './use-autosave';

type OutboxStatus = ProcedureOutput<'outbox.status'>;

/** How often the laptop's outbox is asked whether it has shared what it holds. */
const OUTBOX_CHECK_MS = 1500;

/** The heading of the list of saves not shared (NotSharedPanel): where "Go to" puts the keyboard. */
export const NOT_SHARED_TITLE_ID = 'not-shared-title';

/**
 * The page's one word on its saves, and it tells the truth: "Saving…" while anything typed is
 * not yet durable, "Saved on this laptop, not yet shared" while the team store cannot be reached
 * and a save waits in the laptop's outbox, "1 change not shared" while a save the outbox sent on
 * was not taken (until the person dismisses it), "All changes saved" only once everything is,
 * and the core's own reason when a save failed. Both regions are always present so screen
 * readers announce each change; a failure is announced at once, progress politely.
 */
export function SaveIndicator() {
  const store = useAutosaveStore();
  const status = useSaveStatus();
  const outbox = useOutboxStatus(status.state === 'held' ? status.at.getTime() : null, store.markShared.bind(store));
  const error = status.state === 'error' ? status : undefined;
  const words = saveIndicatorWords(status, outbox && { waiting: outbox.waiting, notShared: outbox.notShared.length });
  const kept = outbox?.notShared.length ?? 0;
  return (
    <div className={`save-indicator save-indicator--${words.tone}`}>
      <p role="status" aria-live="polite" className="save-indicator__text">
        {words.text}
      </p>
      {words.tone === 'not-shared' ? (
        <button type="button" className="button button--small button--secondary save-indicator__go" onClick={() => document.getElementById(NOT_SHARED_TITLE_ID)?.focus()}>
          {kept === 1 ? 'Go to the change not shared' : 'Go to the changes not shared'}
        </button>
      ) : null}
      <p role="alert" className="save-indicator__error">
        {error ? `Not saved: ${error.message}${error.retrying ? ' — retrying' : ''}` : ''}
      </p>
    </div>
  );
}

/**
 * What the laptop's outbox holds. Read when the page opens (a reload forgets what this page was
 * told), and while anything is held, waits or is kept as not shared: once the outbox has sent it
 * all on, the held saves are shared (or kept, if the team store would not take them). Read afresh
 * for each newest held save, so an answer from before it can never say it is shared; the read
 * stays keyed to that save afterwards, so an older answer (from before the replay) is never
 * shown again in its place. Each answer is handed to the list of saves not shared, so the two
 * never disagree.
 */
function useOutboxStatus(heldSince: number | null, markShared: () => void): OutboxStatus | undefined {
  const [lastHeld, setLastHeld] = useState<number | null>(heldSince);
  if (heldSince !== null && heldSince !== lastHeld) setLastHeld(heldSince);
  const outbox = useProcedure('outbox.status', undefined, {
    readAgainOn: lastHeld,
    keepPrevious: false,
    poll: (data) => (heldSince !== null || (data?.waiting ?? 0) > 0 || (data?.notShared.length ?? 0) > 0 ? OUTBOX_CHECK_MS : false),
  });
  const sent = heldSince !== null && outbox.data !== undefined && outbox.data.waiting === 0;
  useEffect(() => {
    if (sent) markShared();
    // markShared is a fresh bind each draw; the store behind it does not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sent, outbox.answeredAt]);
  useEffect(() => {
    // Only the list's own read (the bare key; this one is keyed by `lastHeld`) is told: telling this read would answer it again, and again.
    if (outbox.data) queryClient.setQueryData(procedureKey('outbox.status'), outbox.data);
  }, [outbox.data, outbox.answeredAt]);
  return outbox.data;
}
