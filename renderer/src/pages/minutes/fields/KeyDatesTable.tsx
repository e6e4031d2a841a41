import { formatUkDate } from '../../../../../shared/domain/dates';
import type { MinuteValues } from '../../../../../shared/schemas/minutes';
import { DateField } from '../../../components/DateField';
import { RowTable } from './RowTable';

type Row = NonNullable<MinuteValues['keyDates']>[number];

/** Hearings, applications and assessments the Care Planning Meeting noted, each with its date. */
export function KeyDatesTable({
  itemId,
  label,
  hint,
  fromCore,
  onRecord,
}: {
  itemId: number;
  label: string;
  hint?: string;
  fromCore: Row[] | null | undefined;
  /** Dates already on the child's record, which the record lists beside these. */
  onRecord: readonly { what: string; date: string }[];
}) {
  return (
    <RowTable<Row>
      itemId={itemId}
      field="keyDates"
      label={label}
      hint={hint ?? 'Hearings, applications, assessments: what and when.'}
      fromCore={fromCore}
      empty={onRecord.length > 0 ? 'None added at this meeting.' : 'None recorded.'}
      before={
        onRecord.length > 0 ? (
          <div className="key-dates__record">
            <p className="minutes-strong">Already on the child’s record (the record lists them too):</p>
            <ul>
              {onRecord.map((k) => (
                <li key={`${k.date}-${k.what}`}>
                  {formatUkDate(k.date)}: {k.what}
                </li>
              ))}
            </ul>
          </div>
        ) : null
      }
      tableClassName="table minutes-table__table"
      columns={[{ label: 'What' }, { label: 'Date' }]}
      removeLabel={(index) => `Remove key date ${index + 1}`}
      addLabel="Add a key date"
      newRow={() => ({ what: '', date: null })}
      firstCell="what"
      cells={({ index, rowKey, row, base, readOnly, change }) => (
        <>
          <td>
            <textarea
              id={`${base}-what-${rowKey}`}
              className="textarea minutes-text minutes-text--cell"
              aria-label={`Key date ${index + 1}: what`}
              rows={1}
              maxLength={200}
              value={row.what}
              readOnly={readOnly}
              onChange={(e) => change({ what: e.target.value })}
            />
          </td>
          <td>
            {readOnly ? (
              formatUkDate(row.date)
            ) : (
              <DateField
                id={`${base}-date-${rowKey}`}
                label={`Key date ${index + 1}: date`}
                hint="dd/mm/yyyy"
                value={row.date ?? ''}
                onChange={(iso) => {
                  if (iso !== undefined) change({ date: iso || null });
                }}
              />
            )}
          </td>
        </>
      )}
    />
  );
}
