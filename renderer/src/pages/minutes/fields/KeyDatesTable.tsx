import { formatUkDate } from '../../../../../shared/domain/dates';
import type { MinuteValues } from '../../../../../shared/schemas/minutes';
import { DateField } from '../../../components/DateField';
import { useMinutesContext } from '../minutes-context';
import { useMinuteField } from '../use-minute-field';
import { fieldId } from './MinuteText';
import { RemoveRowCell } from './RemoveRowCell';
import { focusNewRow } from './row-buttons';
import { useRows } from './use-rows';

type Row = NonNullable<MinuteValues['keyDates']>[number];

/** Hearings, applications and assessments the Care Planning Meeting noted, each with its date. */
export function KeyDatesTable({ itemId, label, fromCore }: { itemId: number; label: string; fromCore: Row[] | null | undefined }) {
  const { readOnly } = useMinutesContext();
  const field = useMinuteField<Row[] | null>(itemId, 'keyDates', fromCore, null);
  const table = useRows<Row>(field.value ?? [], (rows, immediate) => field.set(rows, immediate));
  const base = fieldId(itemId, 'keyDates');
  const removeIds = table.rows.map((r) => `${base}-remove-${r.key}`);
  return (
    <div role="group" className="minutes-table" aria-labelledby={`${base}-title`} onBlur={() => void field.flush()}>
      <p id={`${base}-title`} className="field__label">
        {label}
      </p>
      <p className="field__hint">Hearings, applications, assessments: what and when.</p>
      {field.error ? <p className="field__error">{field.error}</p> : null}
      {table.rows.length === 0 ? <p className="muted">None recorded.</p> : null}
      {table.rows.length > 0 ? (
        <table className="table minutes-table__table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Date</th>
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
                  <textarea
                    id={`${base}-what-${key}`}
                    className="textarea minutes-text minutes-text--cell"
                    aria-label={`Key date ${index + 1}: what`}
                    rows={1}
                    maxLength={200}
                    value={row.what}
                    readOnly={readOnly}
                    onChange={(e) => table.change(key, { what: e.target.value })}
                  />
                </td>
                <td>
                  {readOnly ? (
                    formatUkDate(row.date)
                  ) : (
                    <DateField
                      id={`${base}-date-${key}`}
                      label={`Key date ${index + 1}: date`}
                      hint="dd/mm/yyyy"
                      value={row.date ?? ''}
                      onChange={(iso) => {
                        if (iso !== undefined) table.change(key, { date: iso || null });
                      }}
                    />
                  )}
                </td>
                {readOnly ? null : <RemoveRowCell removeIds={removeIds} index={index} addId={`${base}-add`} label={`Remove key date ${index + 1}`} onRemove={() => table.remove(key)} />}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {readOnly ? null : (
        <button id={`${base}-add`} type="button" className="button button--small button--secondary" onClick={() => focusNewRow(`${base}-what-${table.add({ what: '', date: null })}`)}>
          Add a key date
        </button>
      )}
    </div>
  );
}
