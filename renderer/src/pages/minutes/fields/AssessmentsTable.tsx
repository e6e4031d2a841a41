import { LGP_ASSESSMENT, type LgpAssessment } from '../../../../../shared/domain/minutes-vocabulary';
import type { MinuteValues } from '../../../../../shared/schemas/minutes';
import { DateField } from '../../../components/DateField';
import { useMinutesContext } from '../minutes-context';
import { useMinuteField } from '../use-minute-field';
import { fieldId } from './MinuteText';
import { RemoveRowCell } from './RemoveRowCell';
import { focusNewRow } from './row-buttons';
import { useRows } from './use-rows';
import { formatUkDate } from '../../../../../shared/domain/dates';

type Row = NonNullable<MinuteValues['assessments']>[number];

/** The assessments the Legal Gateway Panel agreed, each with the date it is due by. */
export function AssessmentsTable({ itemId, label, fromCore }: { itemId: number; label: string; fromCore: Row[] | null | undefined }) {
  const { readOnly } = useMinutesContext();
  const field = useMinuteField<Row[] | null>(itemId, 'assessments', fromCore, null);
  const table = useRows<Row>(field.value ?? [], (rows, immediate) => field.set(rows, immediate));
  const base = fieldId(itemId, 'assessments');
  const removeIds = table.rows.map((r) => `${base}-remove-${r.key}`);
  return (
    <div role="group" className="minutes-table" aria-labelledby={`${base}-title`} onBlur={() => void field.flush()}>
      <p id={`${base}-title`} className="field__label">
        {label}
      </p>
      {field.error ? <p className="field__error">{field.error}</p> : null}
      {table.rows.length === 0 ? <p className="muted">None recorded.</p> : null}
      {table.rows.length > 0 ? (
        <table className="table minutes-table__table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">Assessment</th>
              <th scope="col">Detail</th>
              <th scope="col">Due by</th>
              {readOnly ? null : (
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {table.rows.map(({ key, row }, index) => (
              <tr key={key}>
                <td>
                  <select
                    id={`${base}-kind-${key}`}
                    className="select select--compact"
                    aria-label={`Assessment ${index + 1}`}
                    value={row.kind}
                    disabled={readOnly}
                    onChange={(e) => table.change(key, { kind: e.target.value as LgpAssessment }, true)}
                  >
                    {LGP_ASSESSMENT.values.map((v) => (
                      <option key={v} value={v}>
                        {LGP_ASSESSMENT.labels[v]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <textarea
                    className="textarea minutes-text minutes-text--cell"
                    aria-label={`Detail of assessment ${index + 1}`}
                    rows={1}
                    value={row.detail}
                    readOnly={readOnly}
                    maxLength={500}
                    onChange={(e) => table.change(key, { detail: e.target.value })}
                  />
                </td>
                <td>
                  {readOnly ? (
                    formatUkDate(row.dueOn)
                  ) : (
                    <DateField
                      id={`${base}-due-${key}`}
                      label={`Due by (assessment ${index + 1})`}
                      hint="dd/mm/yyyy"
                      value={row.dueOn ?? ''}
                      onChange={(iso) => {
                        if (iso !== undefined) table.change(key, { dueOn: iso || null });
                      }}
                    />
                  )}
                </td>
                {readOnly ? null : <RemoveRowCell removeIds={removeIds} index={index} addId={`${base}-add`} label={`Remove assessment ${index + 1}`} onRemove={() => table.remove(key)} />}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {readOnly ? null : (
        <button
          id={`${base}-add`}
          type="button"
          className="button button--small button--secondary"
          onClick={() => focusNewRow(`${base}-kind-${table.add({ kind: 'fgc', detail: '', dueOn: null })}`)}
        >
          Add an assessment
        </button>
      )}
    </div>
  );
}
