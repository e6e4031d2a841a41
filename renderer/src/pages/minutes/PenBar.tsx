import { useId, useRef, useState } from 'react';
import { andList } from '../../../../shared/domain/words';
import type { PenState } from '../../../../shared/schemas/pen';
import type { JournalEntry } from '../../components/unsaved-journal';

function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

export interface PenActions {
  take(): Promise<string | undefined>;
  takeOver(): Promise<string | undefined>;
  release(): Promise<string | undefined>;
  handOver(to: string): Promise<string | undefined>;
}

/**
 * Who holds the pen for these minutes, on a team store: the person writing them, everyone else
 * reading them live. The holder can hand the pen to someone viewing; anyone who may write the
 * minutes can take it over, after saying so. Nothing shows on a laptop's own file.
 */
export function PenBar({ pen, actions, mayHold, kept, announce }: { pen: PenState | undefined; actions: PenActions; mayHold: boolean; kept: readonly JournalEntry[]; announce(message: string): void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [to, setTo] = useState('');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const takeOverRef = useRef<HTMLButtonElement>(null);
  const handId = useId();
  if (!pen?.shared) return null;

  const { holder } = pen;
  const others = pen.viewing.filter((v) => !v.you);
  const done = (message: string) => (failed: string | undefined) => {
    setError(failed);
    if (!failed) announce(message);
  };

  let status: string;
  if (!holder) status = 'Nobody holds the pen for these minutes.';
  else if (holder.here) status = 'You hold the pen: what you type is saved and shown to everyone viewing.';
  else if (holder.you) status = 'You hold the pen in another window or on another laptop. Take it here to write in this one.';
  else status = `${holder.name} holds the pen (since ${clock(holder.since)}${holder.viewing ? '' : '; not viewing now'}). The minutes are read-only here and follow what they type.`;

  const viewing = pen.viewing.map((v) => {
    const notes = [v.you ? 'you' : null, v.holdsPen ? 'holding the pen' : null].filter(Boolean);
    return notes.length > 0 ? `${v.name} (${notes.join(', ')})` : v.name;
  });

  return (
    <section className="pen-bar" aria-labelledby="pen-title">
      <h2 id="pen-title" className="pen-bar__title">
        The pen
      </h2>
      {pen.notice ? (
        <p className="warning-box pen-bar__notice" role="alert">
          {pen.notice}
        </p>
      ) : null}
      <p className="pen-bar__status" id="pen-status">
        {status}
      </p>
      <p className="pen-bar__viewing">Viewing now: {viewing.length > 0 ? andList(viewing) : 'nobody else'}.</p>
      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}
      {mayHold ? (
        <div className="button-row pen-bar__actions">
          {!holder || (holder.you && !holder.here) ? (
            <button type="button" className="button" onClick={() => void actions.take().then(done('You hold the pen.'))}>
              {holder ? 'Take the pen here' : 'Take the pen'}
            </button>
          ) : null}
          {holder && !holder.you && !confirming ? (
            <button
              type="button"
              className="button button--secondary"
              ref={takeOverRef}
              onClick={() => {
                setConfirming(true);
                requestAnimationFrame(() => confirmRef.current?.focus());
              }}
            >
              Take over the pen
            </button>
          ) : null}
          {holder?.here ? (
            <>
              {others.length > 0 ? (
                <span className="pen-bar__hand">
                  <label htmlFor={handId}>Hand over the pen to…</label>
                  <select id={handId} className="select" value={to} onChange={(e) => setTo(e.target.value)}>
                    <option value="">Choose someone viewing</option>
                    {others.map((v) => (
                      <option key={v.login} value={v.login}>
                        {v.name}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      const chosen = others.find((v) => v.login === to);
                      if (!chosen) return setError('Choose who to hand the pen to.');
                      void actions.handOver(chosen.login).then(done(`You handed the pen to ${chosen.name}. The minutes are now read-only here.`));
                    }}
                  >
                    Hand over
                  </button>
                </span>
              ) : (
                <span className="field__hint">Nobody else is viewing this meeting now, so there is nobody to hand the pen to.</span>
              )}
              <button type="button" className="button button--secondary" onClick={() => void actions.release().then(done('You let go of the pen. Anyone who may write the minutes can take it.'))}>
                Let go of the pen
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {confirming && holder && !holder.you ? (
        <div className="warning-box pen-bar__confirm" role="group" aria-labelledby="pen-confirm-text">
          <p id="pen-confirm-text">
            Take the pen from {holder.name}? Their minutes become read-only at once; anything they had not saved stays on their screen for them to copy.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              ref={confirmRef}
              onClick={() => {
                setConfirming(false);
                void actions.takeOver().then(done(`You took over the pen from ${holder.name}. You can write the minutes now.`));
              }}
            >
              Take over the pen
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => takeOverRef.current?.focus());
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {kept.length > 0 && !pen.mayWrite ? <KeptText entries={kept} /> : null}
    </section>
  );
}

/** What this person had typed that was not saved when the pen went elsewhere: kept here, to copy. */
function KeptText({ entries }: { entries: readonly JournalEntry[] }) {
  return (
    <div className="pen-bar__kept" role="region" aria-labelledby="pen-kept-title">
      <h3 id="pen-kept-title">What you had typed that was not saved</h3>
      <p className="field__hint">It is kept on this computer. Copy what you need; if the pen comes back to you, you can put it back.</p>
      {entries.map((e, i) => (
        <label key={e.key} className="pen-bar__kept-entry">
          <span>Unsaved text {i + 1}</span>
          <textarea className="textarea" readOnly rows={3} value={textOf(e.value)} />
        </label>
      ))}
    </div>
  );
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return Object.values(value).filter((v) => typeof v === 'string' && v).join('\n');
  return '';
}
