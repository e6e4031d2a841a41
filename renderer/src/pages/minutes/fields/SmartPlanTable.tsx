import type { MinuteValues } from '../../../../../shared/schemas/minutes';
import { RowTable } from './RowTable';

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
  return (
    <RowTable<Row>
      itemId={itemId}
      field="smartPlan"
      label={label}
      hint="One row for each outcome: how progress will be measured, what will be done, by whom and by when."
      fromCore={fromCore}
      empty="No rows yet."
      tableClassName="table smart-plan"
      columns={COLUMNS.map((c) => ({ label: c.label, className: `smart-plan__${c.key}` }))}
      removeColumnClassName="smart-plan__remove"
      removeLabel={(index) => `Remove row ${index + 1} of the plan`}
      addLabel="Add a row to the plan"
      newRow={() => ({ ...EMPTY })}
      firstCell="outcome"
      cells={({ index, rowKey, row, base, readOnly, change }) =>
        COLUMNS.map((c) => (
          <td key={c.key}>
            <textarea
              id={`${base}-${c.key}-${rowKey}`}
              className="textarea minutes-text minutes-text--cell"
              aria-label={`${c.label}, row ${index + 1}`}
              rows={2}
              maxLength={c.max}
              value={row[c.key]}
              readOnly={readOnly}
              onChange={(e) => change({ [c.key]: e.target.value } as Partial<Row>)}
            />
          </td>
        ))
      }
    />
  );
}
