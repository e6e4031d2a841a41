import { Fragment } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { FilingChecklist, FilingRow } from '../../../../shared/schemas/filing';
import { personName } from '../../../../shared/domain/words';
import type { FilingBusy } from './use-filing';
import { stampBy } from './filing-words';
import { ReviewStatus } from './ReviewStatus';

interface Props {
  checklist: FilingChecklist;
  pending: ReadonlyMap<number, boolean>;
  busy: FilingBusy | undefined;
  /** One child's extract can be downloaded on its own once the minutes are approved. */
  canDownload: boolean;
  onMark(row: FilingRow, filed: boolean): void;
  onDownload(row: FilingRow): void;
}

/**
 * One row per child on the agenda: their extract's file name, when it was last exported and
 * by whom, and a tick for "filed to the case record" (who and when are recorded by the core).
 * Everything a colour might say is also said in words.
 */
export function FilingChecklistTable({ checklist, pending, busy, canDownload, onMark, onDownload }: Props) {
  return (
    <table className="table filing__table">
      {/* The heading above says "Filing checklist" to the eye; the caption names the table for screen readers. */}
      <caption className="visually-hidden">
        Filing checklist: each child’s extract from the {checklist.typeName} on {formatUkDate(checklist.meetingDate)}
      </caption>
      <thead>
        <tr>
          <th scope="col">Child</th>
          <th scope="col">File name</th>
          <th scope="col">Exported</th>
          <th scope="col">Filed to case record</th>
          <th scope="col">Filed when, by whom</th>
          {canDownload ? (
            <th scope="col">
              <span className="visually-hidden">Download one extract</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {checklist.rows.map((row) => (
          <ChecklistRow key={row.childId} row={row} meetingId={checklist.meetingId} pending={pending.get(row.childId)} busy={busy} canDownload={canDownload} onMark={onMark} onDownload={onDownload} />
        ))}
      </tbody>
    </table>
  );
}

function ChecklistRow({ row, meetingId, pending, busy, canDownload, onMark, onDownload }: { row: FilingRow; meetingId: number; pending: boolean | undefined; busy: FilingBusy | undefined; canDownload: boolean; onMark(row: FilingRow, filed: boolean): void; onDownload(row: FilingRow): void }) {
  const name = personName(row);
  const exported = row.exportedAt !== null;
  const checked = pending ?? row.filedAt !== null;
  const boxId = `filed-${row.childId}`;
  const whyId = `${boxId}-why`;
  const downloading = busy === `extract-${row.childId}`;
  return (
    <tr className={checked ? 'filing__row filing__row--filed' : 'filing__row'}>
      <th scope="row" className="filing__child">
        {name}{' '}
        <span className="filing__ref">{row.caseRef}</span>
      </th>
      <td className="filing__file">
        <FileName name={row.fileName} />
        {row.amendedSinceExport ? (
          <span className="flag flag--warning">
            <span className="visually-hidden">Warning: </span>
            The minutes were amended after this was exported: export for filing again.
          </span>
        ) : null}
        <ReviewStatus row={row} meetingId={meetingId} />
      </td>
      <td className="filing__stamp">{exported ? stampBy(row.exportedAt!, row.exportedBy) : <span className="muted">Not yet exported</span>}</td>
      <td>
        <div className="filing__tick">
          <input
            id={boxId}
            type="checkbox"
            checked={checked}
            // Reachable from the keyboard with its reason, rather than skipped over: it just does nothing until exported.
            aria-disabled={exported ? undefined : true}
            aria-describedby={exported ? undefined : whyId}
            onChange={(e) => {
              if (exported) onMark(row, e.target.checked);
            }}
          />
          <label htmlFor={boxId} className="visually-hidden">
            Filed to {name}’s case record
          </label>
          {exported ? null : (
            <span id={whyId} className="filing__why">
              {row.review && row.review.unreviewed > 0 ? 'Review, then export for filing first' : 'Export for filing first'}
            </span>
          )}
        </div>
      </td>
      <td className="filing__stamp">
        {row.filedAt ? stampBy(row.filedAt, row.filedBy) : <span className="muted">Not yet filed</span>}
        {row.exportedSinceFiled ? (
          <>
            <span className="flag flag--warning">
              <span className="visually-hidden">Warning: </span>
              Exported again after it was filed: file the new copy to the case record, then record it here.
            </span>
            <button type="button" className="button button--secondary button--small" onClick={() => onMark(row, true)}>
              New copy filed<span className="visually-hidden"> to {name}’s case record</span>
            </button>
          </>
        ) : null}
      </td>
      {canDownload ? (
        <td className="filing__download">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={busy !== undefined ? true : undefined}
            onClick={() => {
              if (busy === undefined) onDownload(row);
            }}
          >
            {downloading ? 'Downloading…' : row.review && row.review.unreviewed > 0 ? 'Download draft' : 'Download'}
            <span className="visually-hidden"> {name}’s extract</span>
          </button>
        </td>
      ) : null}
    </tr>
  );
}

/** A file name breaks only between its words, never inside a case reference or a date. */
function FileName({ name }: { name: string }) {
  const words = name.split(' ');
  return (
    <span className="filing__file-name">
      {words.map((word, i) => (
        <Fragment key={i}>
          {i > 0 ? ' ' : null}
          <span>{word}</span>
        </Fragment>
      ))}
    </span>
  );
}
