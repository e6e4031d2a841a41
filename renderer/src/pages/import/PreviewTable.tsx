import { useState } from 'react';
import type { ImportPreviewRow } from '../../../../shared/schemas/import';
import { plural } from '../../../../shared/domain/words';
import { Checkbox } from '../../components/fields';

const PAGE = 100;

/** The rows of the file: what will happen to each, and the problems in words. Large files are shown a hundred rows at a time. */
export function PreviewTable({ rows, excluded, onExclude }: { rows: readonly ImportPreviewRow[]; excluded: ReadonlySet<number>; onExclude(line: number, exclude: boolean): void }) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const visible = onlyProblems ? rows.filter((r) => r.action === 'invalid') : rows;
  const page = visible.slice(0, shown);

  return (
    <div>
      <div className="toolbar">
        <Checkbox id="import-only-problems" label="Show only rows with problems" checked={onlyProblems} onChange={setOnlyProblems} />
      </div>
      <table className="table" aria-describedby="import-table-count">
        <caption className="visually-hidden">Rows in the file</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Case reference</th>
            <th scope="col">Name</th>
            <th scope="col">What will happen</th>
            <th scope="col">Problems</th>
            <th scope="col">Exclude</th>
          </tr>
        </thead>
        <tbody>
          {page.map((row) => (
            <PreviewRow key={row.line} row={row} excluded={excluded.has(row.line)} onExclude={onExclude} />
          ))}
        </tbody>
      </table>
      <p id="import-table-count" className="muted">
        Showing {plural(page.length, 'row', 'rows')} of {visible.length.toLocaleString('en-GB')}
        {onlyProblems ? ' with problems' : ''}.
      </p>
      {page.length < visible.length ? (
        <button type="button" className="button button--secondary" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, visible.length - page.length)} more rows
        </button>
      ) : null}
    </div>
  );
}

function PreviewRow({ row, excluded, onExclude }: { row: ImportPreviewRow; excluded: boolean; onExclude(line: number, exclude: boolean): void }) {
  const checkboxId = `import-exclude-${row.line}`;
  return (
    <tr>
      <td>{row.line}</td>
      <th scope="row">{row.caseRef || <span className="muted">(none)</span>}</th>
      <td>{row.name || <span className="muted">(no name)</span>}</td>
      <td>
        <Outcome row={row} excluded={excluded} />
      </td>
      <td>
        {row.problems.length + row.warnings.length > 0 ? (
          <ul className="plain-list">
            {row.problems.map((p, i) => (
              <li key={i} className={excluded ? undefined : 'field__error'}>
                {p.message}
              </li>
            ))}
            {row.warnings.map((w, i) => (
              <li key={`w${i}`} className="import-warning">
                <span className="visually-hidden">Warning: </span>
                {w.message}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">None</span>
        )}
      </td>
      <td>
        {row.action === 'invalid' ? (
          <div className="checkbox">
            <input id={checkboxId} type="checkbox" checked={excluded} onChange={(e) => onExclude(row.line, e.target.checked)} />
            <label htmlFor={checkboxId}>
              Exclude<span className="visually-hidden"> line {row.line}{row.caseRef ? ` (${row.caseRef})` : ''}</span>
            </label>
          </div>
        ) : null}
      </td>
    </tr>
  );
}

function Outcome({ row, excluded }: { row: ImportPreviewRow; excluded: boolean }) {
  if (row.action === 'invalid') return excluded ? <span className="tag tag--grey">Left out</span> : <span className="tag tag--red">Cannot import yet</span>;
  if (row.action === 'unchanged') return <span className="tag tag--grey">No change</span>;
  const also =
    row.changes.length > 0 ? (
      <div className="muted">
        {row.action === 'create' ? 'With: ' : 'Changes: '}
        {row.changes.join(', ')}
      </div>
    ) : null;
  return (
    <>
      <span className={`tag ${row.action === 'create' ? 'tag--green' : 'tag--blue'}`}>{row.action === 'create' ? 'Add new child' : 'Update'}</span>
      {also}
    </>
  );
}
