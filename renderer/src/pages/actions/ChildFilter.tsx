import { personName } from '../../../../shared/domain/words';
import { useState } from 'react';
import { useProcedure } from '../../api/use-procedure';
import { focusSoon } from '../../components/focus-soon';
import { useDebounced } from '../tracker/use-debounced';

interface Chosen {
  id: number;
  label: string;
}

const INPUT_ID = 'actions-child';
const CLEAR_ID = 'actions-child-clear';

/**
 * Narrows the list to one child, found by name or case reference. Once chosen the child
 * is named with a button to remove them, and the keyboard moves between the two.
 */
export function ChildFilter({ childId, onChange }: { childId: number | null; onChange(id: number | null): void }) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Chosen>();
  const settled = useDebounced(text.trim(), 200);
  const results = useProcedure('children.search', { query: settled, limit: 8 });
  const found = settled.length >= 2 ? (results.data ?? []) : [];

  // Opened from a link (?child=12): the address has the id only, so look up the name to show.
  const linked = useProcedure('children.get', { id: childId ?? 0 }, { enabled: childId !== null && chosen?.id !== childId, keepPrevious: false });

  if (childId !== null) {
    const label = chosen?.id === childId ? chosen.label : linked.data ? `${personName(linked.data.child)} (${linked.data.child.caseRef})` : linked.error ? `child number ${childId}` : 'Loading…';
    return (
      <div className="filters__field actions-child">
        <span className="actions-child__label">Child</span>
        <span className="actions-child__chosen">
          <strong>{label}</strong>
          <button
            id={CLEAR_ID}
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              onChange(null);
              focusSoon(INPUT_ID);
            }}
          >
            Show every child<span className="visually-hidden">’s actions</span>
          </button>
        </span>
      </div>
    );
  }

  return (
    <div className="filters__field actions-child">
      <label htmlFor={INPUT_ID}>Child</label>
      <input
        id={INPUT_ID}
        className="input"
        type="search"
        autoComplete="off"
        placeholder="Name or case reference"
        aria-describedby="actions-child-hint"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <span id="actions-child-hint" className="visually-hidden">
        Type at least two letters, then choose the child from the list that follows.
      </span>
      {found.length > 0 ? (
        <ul className="plain-list actions-child__results" aria-label="Matching children">
          {found.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  setChosen({ id: c.id, label: `${personName(c)} (${c.caseRef})` });
                  setText('');
                  onChange(c.id);
                  focusSoon(CLEAR_ID);
                }}
              >
                <span className="visually-hidden">Show the actions for </span>
                {personName(c)} <span className="actions-child__ref">{c.caseRef}</span>
                {c.closed ? ' (closed)' : ''}
              </button>
            </li>
          ))}
        </ul>
      ) : settled.length >= 2 && !results.loading ? (
        <span className="muted" role="status">
          No child matches “{settled}”.
        </span>
      ) : null}
    </div>
  );
}
