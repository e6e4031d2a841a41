import { IMPORT_FIELD_LABELS, IMPORT_VALUE_FIELDS, type ImportValueColumn, type ImportValueField } from '../../../../shared/schemas/import';
import { plural } from '../../../../shared/domain/words';

const NOT_CHOSEN = '\u0000';

/**
 * "What the file's words mean": every wording under a column with a fixed list (legal
 * status, placement type...), what Panelroom will read it as, and a list to change it. A
 * wording nobody has matched is read as blank in an optional column (the row still imports)
 * and stops the row in a required one.
 */
export function ValuesStep({ columns, onChoose }: { columns: readonly ImportValueColumn[]; onChoose(field: ImportValueField, text: string, value: string): void }) {
  if (columns.length === 0) return null;
  return (
    <section className="section" aria-labelledby="import-step-values">
      <h2 id="import-step-values">What the file’s words mean</h2>
      <p className="lead">
        Case systems word things their own way (“Foster care - LA”, “Home with parents”). Panelroom has suggested what each means; change any that are wrong. A word left unmatched in a column
        that may be empty is imported as blank, with a warning on its row.
      </p>
      {columns.map((column) => {
        const unmatched = column.entries.filter((e) => e.value === null).length;
        const { vocabulary, blank } = IMPORT_VALUE_FIELDS[column.field];
        const labels = vocabulary.labels as Record<string, string>;
        return (
          <details key={column.field} className="import-values" open={unmatched > 0}>
            <summary>
              <strong>{IMPORT_FIELD_LABELS[column.field]}</strong> (column “{column.column}”): {plural(column.entries.length, 'wording', 'wordings')}
              {unmatched > 0 ? <span className="tag tag--red import-values__tag">{plural(unmatched, 'not matched', 'not matched')}</span> : null}
            </summary>
            <table className="table">
              <caption className="visually-hidden">Wordings in the column {column.column}</caption>
              <thead>
                <tr>
                  <th scope="col">In the file</th>
                  <th scope="col">Rows</th>
                  <th scope="col">Read as</th>
                </tr>
              </thead>
              <tbody>
                {column.entries.map((entry, i) => {
                  const id = `import-value-${column.field}-${i}`;
                  return (
                    <tr key={entry.text}>
                      <th scope="row">{entry.text}</th>
                      <td>{entry.rows.toLocaleString('en-GB')}</td>
                      <td>
                        <label className="visually-hidden" htmlFor={id}>
                          {IMPORT_FIELD_LABELS[column.field]}: read “{entry.text}” as
                        </label>
                        <select id={id} className={`select select--compact${entry.value === null ? ' select--attention' : ''}`} value={entry.value ?? NOT_CHOSEN} onChange={(e) => onChoose(column.field, entry.text, e.target.value)}>
                          {entry.value === null ? <option value={NOT_CHOSEN}>{blank ? 'Not matched: left blank' : 'Not matched: choose one'}</option> : null}
                          {blank ? <option value="">Leave blank</option> : null}
                          {vocabulary.values.map((v) => (
                            <option key={v} value={v}>
                              {labels[v]}
                            </option>
                          ))}
                        </select>
                        {entry.source === 'suggested' ? <span className="muted import-values__how"> suggested</span> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        );
      })}
    </section>
  );
}
