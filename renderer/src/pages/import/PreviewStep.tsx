import { ROLE_LABELS } from '../../../../shared/roles';
import type { ImportPreview } from '../../../../shared/schemas/import';
import { PreviewTable } from './PreviewTable';
import { plural } from './words';

interface Props {
  preview: ImportPreview;
  excluded: ReadonlySet<number>;
  onExclude(line: number, exclude: boolean): void;
  onExcludeAll(exclude: boolean): void;
}

/** Step 3: what the import will do, row by row, before anything is written. */
export function PreviewStep({ preview, excluded, onExclude, onExcludeAll }: Props) {
  const { counts } = preview;
  const invalid = preview.rows.filter((r) => r.action === 'invalid');
  const stillBad = invalid.filter((r) => !excluded.has(r.line)).length;

  return (
    <section className="section" aria-labelledby="import-step-preview">
      <h2 id="import-step-preview">3. Check the preview</h2>
      {preview.fileProblems.length > 0 ? (
        <div className="error-summary" role="alert" aria-labelledby="import-file-problems-title">
          <h3 id="import-file-problems-title" className="error-summary__title">
            The file cannot be imported yet
          </h3>
          <ul className="error-summary__list">
            {preview.fileProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.rows.length > 0 ? (
        <>
          <p>Nothing is saved until you choose Import. The file has {plural(preview.rows.length, 'row', 'rows')} of children:</p>
          <ul>
            <li>{plural(counts.create, 'new child', 'new children')} to add</li>
            <li>{plural(counts.update, 'child', 'children')} to update</li>
            <li>{plural(counts.unchanged, 'child', 'children')} already up to date</li>
            <li>
              {plural(counts.invalid, 'row', 'rows')} with problems{excluded.size > 0 ? ` (${excluded.size.toLocaleString('en-GB')} excluded)` : ''}
            </li>
          </ul>
        </>
      ) : null}
      {preview.peopleToAdd.length > 0 ? (
        <div className="panel panel--wide">
          <h3>People who will be added</h3>
          <p>These names are not in Settings yet. They will be added with the role their column implies; you can change them in Settings afterwards.</p>
          <ul className="plain-list">
            {preview.peopleToAdd.map((p) => (
              <li key={p.name}>
                <strong>{p.name}</strong>: {ROLE_LABELS[p.role]}
                {p.teamName ? `, ${p.teamName}` : ''} (named on {plural(p.rows, 'row', 'rows')})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {invalid.length > 0 ? (
        <div className="warning-box">
          <h3>{plural(invalid.length, 'row has', 'rows have')} problems</h3>
          <p>
            Fix them in the file and choose it again, or exclude them and import the rest.{' '}
            {stillBad > 0 ? `${plural(stillBad, 'row', 'rows')} still to fix or exclude.` : 'All of them are excluded.'}
          </p>
          <div className="button-row">
            {/* One button whose job flips, so focus stays on it after a press. */}
            <button type="button" className="button button--secondary" onClick={() => onExcludeAll(stillBad > 0)}>
              {stillBad > 0 ? 'Exclude all rows with problems' : 'Include the rows with problems again'}
            </button>
          </div>
        </div>
      ) : null}
      {preview.rows.length > 0 ? <PreviewTable rows={preview.rows} excluded={excluded} onExclude={onExclude} /> : null}
    </section>
  );
}
