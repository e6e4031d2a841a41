import { useState } from 'react';
import { personName } from '../../../../shared/domain/words';
import type { ChildDetail } from '../../../../shared/schemas/child';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { useDebounced } from '../tracker/use-debounced';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useMay } from '../../team-mode';

export function SiblingsSection({ detail, onChanged }: { detail: ChildDetail; onChanged(message: string): void }) {
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 200);
  const results = useProcedure('children.search', { query: settled, limit: 8 });
  const already = new Set([detail.child.id, ...detail.siblings.map((s) => s.id)]);
  const candidates = settled ? (results.data ?? []).filter((c) => !already.has(c.id)) : [];

  const change = useMutation();
  // Linking siblings changes the children's records: the coordinator's with a team store (the page says why beside its buttons).
  const editChildren = useMay('editChildren');

  async function link(siblingId: number) {
    const sent = await change.run('siblings.link', { childId: detail.child.id, siblingId }, 'The sibling could not be linked.');
    if (!sent.ok) return;
    setQuery('');
    onChanged('Sibling linked.');
  }

  async function unlink() {
    const sent = await change.run('siblings.unlink', { childId: detail.child.id }, 'The sibling link could not be removed.');
    if (!sent.ok) return;
    onChanged('Removed from the sibling group.');
    requestAnimationFrame(() => document.getElementById('sibling-search')?.focus());
  }

  return (
    <section aria-labelledby="siblings-title" className="section">
      <h2 id="siblings-title">Siblings</h2>
      {detail.siblings.length === 0 ? (
        <p className="muted">No siblings linked.</p>
      ) : (
        <ul className="plain-list">
          {detail.siblings.map((s) => (
            <li key={s.id}>
              <a href={`#/children/${s.id}`}>{personName(s)}</a>{' '}
              <span className="muted">{s.caseRef}</span>
            </li>
          ))}
        </ul>
      )}
      {editChildren.allowed ? (
        <>
          {detail.siblings.length > 0 ? (
            <button type="button" className="button button--secondary button--small" onClick={() => void unlink()}>
              Remove {detail.child.firstName} from this sibling group
            </button>
          ) : null}
          <div className="field sibling-search">
            <label htmlFor="sibling-search" className="field__label">
              Link a sibling
            </label>
            <p className="field__hint" id="sibling-search-hint">
              Search by name or case reference, then choose the child.
            </p>
            <input id="sibling-search" className="input" type="search" aria-describedby="sibling-search-hint" value={query} onChange={(e) => setQuery(e.target.value)} />
            <ErrorMessage text={change.error?.message} />
            {candidates.length > 0 ? (
              <ul className="plain-list" aria-label="Matching children">
                {candidates.map((c) => (
                  <li key={c.id}>
                    <button type="button" className="button button--small button--secondary" onClick={() => void link(c.id)}>
                      Link {personName(c)} ({c.caseRef})
                    </button>
                  </li>
                ))}
              </ul>
            ) : settled && results.data ? (
              <p className="muted">No other child matches “{settled}”.</p>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
