import { useState } from 'react';
import type { ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { procedureKey, queryClient } from '../../api/query-client';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { NOT_SHARED_TITLE_ID } from '../../components/SaveIndicator';

type NotShared = ProcedureOutput<'outbox.status'>['notShared'][number];

/** How often the page looks for saves the team store would not take (they come back from the outbox in the background). */
const CHECK_MS = 5000;

function when(iso: string): string {
  const d = new Date(iso);
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return todayIso(d) === todayIso() ? `at ${time}` : `on ${formatUkDate(todayIso(d))} at ${time}`;
}

/**
 * Saves made while the team store could not be reached that it would not take when they were
 * sent on (the item was removed, the minutes were approved, someone else changed it first).
 * Nothing typed is dropped: each is shown with why, and its text to copy, until the person
 * dismisses it.
 */
export function NotSharedPanel() {
  const outbox = useProcedure('outbox.status', undefined, { poll: CHECK_MS });
  const mutation = useMutation();
  const [said, setSaid] = useState('');
  const kept = outbox.data?.notShared ?? [];

  const copy = (n: NotShared) => {
    void navigator.clipboard.writeText(n.text).then(
      () => setSaid(`The text of “${n.label}” is copied.`),
      () => setSaid('The text could not be copied: select it in the box and copy it from there.'),
    );
  };
  const dismiss = async (n: NotShared) => {
    const sent = await mutation.run('outbox.dismiss', { save: n.id });
    if (sent.ok) {
      // Every read of the outbox is told at once (the save indicator's too): the page never says two things.
      // A read already on its way (from before the dismissal) is dropped, so it cannot bring the save back.
      await queryClient.cancelQueries({ queryKey: procedureKey('outbox.status') });
      queryClient.setQueriesData({ queryKey: procedureKey('outbox.status') }, sent.value);
      setSaid(`“${n.label}” is dismissed.`);
    } else {
      setSaid(sent.error.message);
      void outbox.reload();
    }
  };

  return (
    <>
      <p role="status" aria-live="polite" className="visually-hidden">
        {said}
      </p>
      {kept.length === 0 ? null : (
        <section className="warning-box not-shared" aria-labelledby={NOT_SHARED_TITLE_ID} role="region">
          {/* Reachable from the save indicator's "Go to the change not shared". */}
          <h2 id={NOT_SHARED_TITLE_ID} tabIndex={-1}>Not shared with the team store</h2>
          <p>
            {kept.length === 1 ? 'One save' : `${kept.length} saves`} made while the team store could not be reached {kept.length === 1 ? 'was' : 'were'} not taken when
            {kept.length === 1 ? ' it was' : ' they were'} sent on. The text is kept on this laptop: copy what you need into the minutes, then dismiss it.
          </p>
          <ul className="not-shared__list">
            {kept.map((n) => (
              <li key={n.id}>
                <h3 id={`not-shared-${n.id}`}>Not shared: {n.label}</h3>
                <p>
                  Saved on this laptop {when(n.savedAt)}. Why: {n.reason}
                </p>
                <label className="visually-hidden" htmlFor={`not-shared-text-${n.id}`}>
                  Text of {n.label}
                </label>
                <textarea id={`not-shared-text-${n.id}`} readOnly value={n.text} rows={Math.min(8, Math.max(2, n.text.split('\n').length))} />
                <div className="button-row">
                  <button type="button" className="button" onClick={() => copy(n)} aria-describedby={`not-shared-${n.id}`}>
                    Copy text
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => void dismiss(n)} aria-describedby={`not-shared-${n.id}`}>
                    Dismiss
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
