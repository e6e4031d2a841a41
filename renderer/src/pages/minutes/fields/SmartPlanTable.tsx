import type { MinuteValues } from '../../../../../shared/schemas/minutes';
import { useMinutesContext } from '../minutes-context';
import { useMinuteField } from '../use-minute-field';
import { fieldId } from './MinuteText';
import { RemoveRowCell } from './RemoveRowCell';
import { focusNewRow } from './row-buttons';
import { useRows } from './use-rows';

type Row = NonNullable<MinuteValues['smartPlan']>[number];

/** Newham's SMART plan columns, in their order, with the most each cell may hold. */
const COLUMNS: { key: keyof Row; label: string; max: number }[] = [
  { key: 'outcome', label: 'Planned outcome for the child', max: 2000 },
  { key: 'measure', label: 'Measure of progress', max: 2000 },
  { key: 'actions', label: 'Actions', max: 2000 },
  { key: 'byWhom', label: 'By whom', max: 300 },
  { key: 'timescale', label: 'Timescale', max: 300 },
];

const EMPTY: Row = { outcome: '', measure: '', actions: '', byWhom: '', timescale: '' };

/**
 * The plan written SMART. Every cell is free text that wraps and grows ("Within 6 weeks by
 * 14th February"), so a row is as tall as its longest cell.
 */
export function SmartPlanTable({ itemId, label, fromCore }: { itemId: number; label: string; fromCore: Row[] | null | undefined }) {
  const { readOnly } = useMinutesContext();
  const field = useMinuteField<Row[] | null>(itemId, 'smartPlan', fromCore, null);
  const table = useRows<Row>(field.value ?? [], (rows, immediate) => field.set(rows, immediate));
  const base = fieldId(itemId, 'smartPlan');
  const removeIds = table.rows.map((r) => `${base}-remove-${r.key}`);
  return (
    <div role="group" className="minutes-table" aria-labelledby={`${base}-title`} onBlur={() => void field.flush()}>
      <p id={`${base}-title`} className="field__label">
        {label}
      </p>
      <p className="field__hint">One row for each outcome: how progress will be measured, what will be done, by whom and by when.</p>
      {field.error ? <p className="field__error">{field.error}</p> : null}
      {table.rows.length === 0 ? <p className="muted">No rows yet.</p> : null}
      {table.rows.length > 0 ? (
        <table className="table smart-plan">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className={`smart-plan__${c.key}`}>
                  {c.label}
                </th>
              ))}
              {readOnly ? null : (
                <th scope="col" className="smart-plan__remove">
                  <span className="visually-hidden">Remove</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {table.rows.map(({ key, row }, index) => (
              <tr key={key}>
                {COLUMNS.map((c) => (
                  <td key={c.key}>
                    <textarea
                      id={`${base}-${c.key}-${key}`}
                      className="textarea minutes-text minutes-text--cell"
                      aria-label={`${c.label}, row ${index + 1}`}
                      rows={2}
                      maxLength={c.max}
                      value={row[c.key]}
                      readOnly={readOnly}
                      onChange={(e) => table.change(key, { [c.key]: e.target.value } as Partial<Row>)}
                    />
                  </td>
                ))}
                {readOnly ? null : <RemoveRowCell removeIds={removeIds} index={index} addId={`${base}-add`} label={`Remove row ${index + 1} of the plan`} onRemove={() => table.remove(key)} />}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {readOnly ? null : (
        <button id={`${base}-add`} type="button" className="button button--small button--secondary" onClick={() => focusNewRow(`${base}-outcome-${table.add({ ...EMPTY })}`)}>
          Add a row to the plan
        </button>
      )}
    </div>
  );
}
