import { ROLE_LABELS } from '../../../../shared/roles';
import type { ImportPreview } from '../../../../shared/schemas/import';
import type { Person } from '../../../../shared/schemas/person';
import { plural } from '../../../../shared/domain/words';
import { Combobox } from '../../components/Combobox';
import { personOptions } from '../../components/PersonField';
import { PreviewTable } from './PreviewTable';

interface Props {
  preview: ImportPreview;
  people: readonly Person[];
  onPerson(name: string, choice: number | 'new'): void;
  excluded: ReadonlySet<number>;
  onExclude(line: number, exclude: boolean): void;
  onExcludeAll(exclude: boolean): void;
}

/** Step 3: what the import will do, row by row, before anything is written. */
export function PreviewStep({ preview, people, onPerson, excluded, onExclude, onExcludeAll }: Props) {
  const { counts } = preview;
  const invalid = preview.rows.filter((r) => r.action === 'invalid');
  const stillBad = invalid.filter((r) => !excluded.has(r.line)).length;

  return (
    <section className="section" aria-labelledby="import-step-preview">
      <h2 id="import-step-preview">Check the preview</h2>
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
      {Object.keys(preview.people).length > 0 ? (
        <div className="panel panel--wide">
          <h3>People who will be added</h3>
          <p>
            These names are not in Settings yet. Each is added with the role their column implies (you can change it in Settings afterwards), unless you say they are someone who is already
            there (“Newperson, Jamie” may be your Jamie Newperson).
          </p>
          <table className="table">
            <caption className="visually-hidden">Names in the file who are not in Settings</caption>
            <thead>
              <tr>
                <th scope="col">In the file</th>
                <th scope="col">Who they are</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(preview.people).map(([name, choice], i) => {
                const adding = preview.peopleToAdd.find((p) => p.name === name);
                return (
                  <tr key={name}>
                    <th scope="row">
                      {name}
                      {adding ? (
                        <span className="muted import-person__detail">
                          {ROLE_LABELS[adding.role]}
                          {adding.teamName ? `, ${adding.teamName}` : ''} (named on {plural(adding.rows, 'row', 'rows')})
                        </span>
                      ) : null}
                    </th>
                    <td>
                      <Combobox
                        id={`import-person-${i}`}
                        className="combobox--compact"
                        ariaLabel={`Who “${name}” is`}
                        options={[{ value: 'new', label: 'Add as a new person' }, ...personOptions(people)]}
                        value={String(choice)}
                        onChange={(v) => onPerson(name, v === null || v === 'new' ? 'new' : Number(v))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
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
