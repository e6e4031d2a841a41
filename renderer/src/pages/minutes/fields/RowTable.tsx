import type { ReactNode } from 'react';
import type { MinuteField } from '../../../../../shared/minutes/fields';
import { useMinutesContext } from '../minutes-context';
import { useMinuteField } from '../use-minute-field';
import { fieldId } from './MinuteText';
import { RemoveRowCell } from './RemoveRowCell';
import { focusNewRow } from './row-buttons';
import { useRows } from './use-rows';

export interface RowCells<Row> {
  /** The row's place in the list (0-based), for labels ("Assessment 2"). */
  index: number;
  /** The row's own key, for element ids that must not move to a neighbour when a row is removed. */
  rowKey: number;
  row: Row;
  /** Ids inside this table start with this. */
  base: string;
  readOnly: boolean;
  change(patch: Partial<Row>, immediate?: boolean): void;
  /** Resolves once the table as it is now is saved. */
  flush(): Promise<void>;
}

/**
 * A small table of rows in the minutes (assessments, key dates, the SMART plan): saved as a
 * whole as it is typed, each row removable, and a button that adds a row and puts the cursor
 * in its first cell. Each table gives only its columns and the cells of a row.
 */
export function RowTable<Row>(props: {
  itemId: number;
  field: MinuteField;
  label: string;
  hint?: string;
  fromCore: Row[] | null | undefined;
  empty: string;
  tableClassName: string;
  /** `width`: the column's share of the table, in per cent (the rest goes to the remove column). */
  columns: { label: string; className?: string; width?: number }[];
  removeColumnClassName?: string;
  cells(cells: RowCells<Row>): ReactNode;
  removeLabel(index: number): string;
  addLabel: string;
  /** The row the add button makes, and the id suffix of its first cell (`${base}-${firstCell}-${key}`). */
  newRow(): Row;
  firstCell: string;
  /** Shown under the label, before the rows (what the table adds to). */
  before?: ReactNode;
  /** Shown under the table, above the add button (a form about one of its rows). */
  after?: ReactNode;
}) {
  const { readOnly } = useMinutesContext();
  const field = useMinuteField<Row[] | null>(props.itemId, props.field, props.fromCore, null);
  const table = useRows<Row>(field.value ?? [], (rows, immediate) => field.set(rows, immediate));
  const base = fieldId(props.itemId, props.field);
  const removeIds = table.rows.map((r) => `${base}-remove-${r.key}`);
  return (
    <div role="group" className="minutes-table" aria-labelledby={`${base}-title`} onBlur={() => void field.flush()}>
      <p id={`${base}-title`} className="field__label">
        {props.label}
      </p>
      {props.hint ? <p className="field__hint">{props.hint}</p> : null}
      {field.error ? <p className="field__error">{field.error}</p> : null}
      {props.before}
      {table.rows.length === 0 ? <p className="muted">{props.empty}</p> : null}
      {table.rows.length > 0 ? (
        <table className={props.tableClassName}>
          <caption className="visually-hidden">{props.label}</caption>
          <thead>
            <tr>
              {props.columns.map((c) => (
                <th key={c.label} scope="col" className={c.className} style={c.width ? { width: `${c.width}%` } : undefined}>
                  {c.label}
                </th>
              ))}
              {readOnly ? null : (
                <th scope="col" className={props.removeColumnClassName}>
                  <span className="visually-hidden">Remove</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {table.rows.map(({ key, row }, index) => (
              <tr key={key}>
                {props.cells({ index, rowKey: key, row, base, readOnly, change: (patch, immediate) => table.change(key, patch, immediate), flush: field.flush })}
                {readOnly ? null : <RemoveRowCell removeIds={removeIds} index={index} addId={`${base}-add`} label={props.removeLabel(index)} onRemove={() => table.remove(key)} />}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {props.after}
      {readOnly ? null : (
        <button id={`${base}-add`} type="button" className="button button--small button--secondary" onClick={() => focusNewRow(`${base}-${props.firstCell}-${table.add(props.newRow())}`)}>
          {props.addLabel}
        </button>
      )}
    </div>
  );
}
