import type { z } from 'zod';
import type { actionHistoryEntry, ActionRow } from '../../../../shared/schemas/actions';
import { useProcedure } from '../../api/use-procedure';
import { RagTag } from '../../components/RagTag';
import { formatDateTime, shortText } from './action-words';

type Entry = z.infer<typeof actionHistoryEntry>;

const KIND_WORDS: Record<Entry['kind'], string> = {
  created: 'Agreed',
  progress: 'Progress noted',
  completed: 'Completed',
  reopened: 'Reopened',
  reviewed: 'Reviewed at a meeting',
  changed: 'Changed',
};

/** Everything that has happened to an action, oldest first, as the core records it; read again whenever the action changes. */
export function ActionHistory({ row, onClose }: { row: ActionRow; onClose(): void }) {
  const history = useProcedure('actions.history', { id: row.id }, { readAgainOn: row.updatedAt, fallback: 'The history could not be loaded. Please try again.' });
  const entries = history.data;

  return (
    <section className="panel panel--wide actions__panel" aria-labelledby="history-title">
      <h2 id="history-title" className="actions__panel-title">
        History: {shortText(row.text, 90)}
      </h2>
      {history.error ? (
        <p className="field__error" role="alert">
          {history.error.message}
        </p>
      ) : entries === undefined ? (
        <p aria-live="polite">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline actions__history">
          {entries.map((e, i) => (
            <li key={i}>
              <span className="timeline__date">{formatDateTime(e.at)}</span>
              <strong>{KIND_WORDS[e.kind]}</strong> by {e.by}
              {e.progressRag ? (
                <>
                  {' '}
                  progress <RagTag rating={e.progressRag} small />
                </>
              ) : null}
              {e.impactRag ? (
                <>
                  {' '}
                  impact <RagTag rating={e.impactRag} small />
                </>
              ) : null}
              {e.note ? <span className="actions__history-note">{e.note}</span> : null}
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button button--secondary button--small" onClick={onClose}>
        Close history
      </button>
    </section>
  );
}
