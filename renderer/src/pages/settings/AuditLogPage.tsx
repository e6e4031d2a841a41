import { useState } from 'react';
import { saveFile } from '../../api/download';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { Notice } from '../../components/Notice';
import { useDebounced } from '../tracker/use-debounced';
import { describeTime } from './BackupList';

const PAGE = 100;

export function AuditLogPage() {
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<string>();
  const settled = useDebounced(search, 250);
  const page = useProcedure('audit.list', { search: settled, limit: PAGE, offset });
  const total = page.data?.total ?? 0;
  const exporting = useMutation({ fallback: 'The export failed.' });

  async function exportCsv() {
    const sent = await exporting.run('audit.exportCsv', { search: settled });
    if (!sent.ok) return setNotice(sent.error.message);
    saveFile(sent.value.fileName, sent.value.csv, 'text/csv;charset=utf-8');
    setNotice(`Exported to “${sent.value.fileName}”.`);
    // The export is itself in the log.
    void page.reload();
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Audit log</h1>
      <p className="lead">Every change and every export, with who made it and when. Entries cannot be edited or removed.</p>
      <Notice text={notice} />
      <div className="filters">
        <div className="filters__field">
          <label htmlFor="audit-search">Search</label>
          <input
            id="audit-search"
            className="input"
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setOffset(0);
            }}
          />
        </div>
        <button type="button" className="button button--secondary" onClick={() => void exportCsv()}>
          Export to CSV
        </button>
      </div>
      <p aria-live="polite">{page.data ? `${total} entries${total > PAGE ? `, showing ${offset + 1} to ${Math.min(offset + PAGE, total)}` : ''}` : 'Loading…'}</p>
      <table className="table">
        <caption className="visually-hidden">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {(page.data?.rows ?? []).map((r) => (
            <tr key={r.id}>
              <td>{describeTime(r.at)}</td>
              <td>{r.actor}</td>
              <td>
                {r.summary}
                {r.details.length > 0 ? (
                  <details className="audit__details">
                    <summary>What changed</summary>
                    <dl className="audit__lines">
                      {r.details.map((d, i) => (
                        <div key={i}>
                          <dt>{d.label}</dt>
                          <dd>{d.value}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          Newer entries
        </button>
        <button type="button" className="button button--secondary" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
          Older entries
        </button>
      </div>
    </section>
  );
}
