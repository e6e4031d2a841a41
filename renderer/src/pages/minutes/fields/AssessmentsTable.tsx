import { formatUkDate } from '../../../../../shared/domain/dates';
import { LGP_ASSESSMENT, type LgpAssessment } from '../../../../../shared/domain/minutes-vocabulary';
import type { MinuteValues } from '../../../../../shared/schemas/minutes';
import { DateField } from '../../../components/DateField';
import { RowTable } from './RowTable';

type Row = NonNullable<MinuteValues['assessments']>[number];

/** The assessments the Legal Gateway Panel agreed, each with the date it is due by. */
export function AssessmentsTable({ itemId, label, fromCore }: { itemId: number; label: string; fromCore: Row[] | null | undefined }) {
  return (
    <RowTable<Row>
      itemId={itemId}
      field="assessments"
      label={label}
      fromCore={fromCore}
      empty="None recorded."
      tableClassName="table minutes-table__table"
      columns={[{ label: 'Assessment' }, { label: 'Detail' }, { label: 'Due by' }]}
      removeLabel={(index) => `Remove assessment ${index + 1}`}
      addLabel="Add an assessment"
      newRow={() => ({ kind: 'fgc', detail: '', dueOn: null })}
      firstCell="kind"
      cells={({ index, rowKey, row, base, readOnly, change }) => (
        <>
          <td>
            <select
              id={`${base}-kind-${rowKey}`}
              className="select select--compact"
              aria-label={`Assessment ${index + 1}`}
              value={row.kind}
              disabled={readOnly}
              onChange={(e) => change({ kind: e.target.value as LgpAssessment }, true)}
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
              onChange={(e) => change({ detail: e.target.value })}
            />
          </td>
          <td>
            {readOnly ? (
              formatUkDate(row.dueOn)
            ) : (
              <DateField
                id={`${base}-due-${rowKey}`}
                label={`Due by (assessment ${index + 1})`}
                hint="dd/mm/yyyy"
                value={row.dueOn ?? ''}
                onChange={(iso) => {
                  if (iso !== undefined) change({ dueOn: iso || null });
                }}
              />
            )}
          </td>
        </>
      )}
    />
  );
}
