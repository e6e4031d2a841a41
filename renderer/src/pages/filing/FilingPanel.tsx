import { filingBlocked, NOTHING_TO_FILE } from '../../../../shared/minutes/lifecycle';
import type { MeetingStatus } from '../../../../shared/domain/minutes-vocabulary';
import type { FilingChecklist } from '../../../../shared/schemas/filing';
import { capabilities } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Notice } from '../../components/Notice';
import { FilingChecklistTable } from './FilingChecklist';
import { extractWords, filedCount, stampBy } from './filing-words';
import { useFiling } from './use-filing';
import './filing.css';

const ids = {
  title: 'filing-title',
  minutesHelp: 'filing-minutes-help',
  exportHelp: 'filing-export-help',
  blocked: 'filing-blocked',
  exportButton: 'filing-export',
};

/**
 * "Documents and filing" on a meeting that has started: the full minutes as Word, every child's
 * extract exported for filing (a folder on the desktop, a zip in browser mode), and the checklist
 * business support tick as each extract goes onto the child's case record.
 */
export function FilingPanel({ meetingId, status }: { meetingId: number; status: MeetingStatus }) {
  const filing = useFiling(meetingId, status);
  const { checklist, busy } = filing;
  // A meeting not yet started has no minutes to export (the core says so too).
  if (status === 'planned') return null;
  const approved = status === 'approved' || status === 'locked';
  // Until the checklist arrives, the status alone says whether filing can start (the core's own rule and words).
  const blocked = checklist ? checklist.blockedReason : filingBlocked(status);
  const empty = checklist !== undefined && checklist.rows.length === 0;
  const exportUnavailable = blocked !== null || empty || !checklist;

  return (
    <section className="section filing" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Documents and filing</h2>
      <div className="filing__exports">
        <div className="filing__export">
          <h3 className="filing__subtitle">The full minutes</h3>
          <p id={ids.minutesHelp} className="filing__help">
            The whole meeting in Word, for the panel’s own record{approved ? '.' : ' (draft): it is marked as not yet approved by the chair.'}
          </p>
          <button
            type="button"
            className="button button--secondary"
            aria-describedby={ids.minutesHelp}
            aria-disabled={busy ? true : undefined}
            onClick={() => void filing.exportMinutes()}
          >
            {busy === 'minutes' ? 'Exporting to Word…' : 'Export minutes to Word'}
          </button>
        </div>
        <div className="filing__export">
          <h3 className="filing__subtitle">Extracts for the case records</h3>
          <p id={ids.exportHelp} className="filing__help">
            {capabilities.nativeDialogs
              ? 'Writes each child’s extract, named for their case record, into one folder.'
              : 'Downloads each child’s extract, named for their case record, in one zip file.'}{' '}
            Each extract leaves out the other children; one with possible mentions of other children waits until a person has reviewed each.
          </p>
          {blocked ? (
            <p id={ids.blocked} className="filing__blocked">
              {blocked}
            </p>
          ) : empty ? (
            <p id={ids.blocked} className="filing__blocked">
              {NOTHING_TO_FILE}
            </p>
          ) : null}
          <button
            id={ids.exportButton}
            type="button"
            className="button"
            aria-disabled={exportUnavailable || busy ? true : undefined}
            aria-describedby={blocked || empty ? `${ids.exportHelp} ${ids.blocked}` : ids.exportHelp}
            onClick={() => {
              if (!exportUnavailable) void filing.exportForFiling();
            }}
          >
            {busy === 'filing' ? 'Exporting…' : 'Export for filing'}
          </button>
          {checklist?.lastExport ? <LastExport checklist={checklist} opening={busy === 'folder'} onOpen={() => void filing.openFolder()} /> : null}
        </div>
      </div>

      <Notice text={filing.notice} />
      <ErrorMessage text={filing.error} />

      {checklist ? (
        empty ? null : (
          <>
            <h3 className="filing__subtitle filing__checklist-title">Filing checklist</h3>
            <Progress checklist={checklist} pending={filing.pending} status={status} />
            <div className="filing__scroll">
              <FilingChecklistTable
                checklist={checklist}
                pending={filing.pending}
                busy={busy}
                canDownload={blocked === null}
                onMark={(row, filed) => void filing.mark(row, filed)}
                onDownload={(row) => void filing.downloadExtract(row)}
              />
            </div>
          </>
        )
      ) : filing.loadError ? (
        <p className="field__error" role="alert">
          {filing.loadError}
        </p>
      ) : (
        <p aria-live="polite">Loading the filing checklist…</p>
      )}
    </section>
  );
}

/** When the extracts were last exported and where they went; on the desktop, a button to open that folder. */
function LastExport({ checklist, opening, onOpen }: { checklist: FilingChecklist; opening: boolean; onOpen(): void }) {
  const last = checklist.lastExport!;
  const when = stampBy(last.at, last.by);
  return (
    <div className="filing__last">
      {last.folder ? (
        <p>
          {extractWords(last.files)} last written on {when}, to the folder <span className="filing__path">{last.folder}</span>
        </p>
      ) : (
        <p>
          {extractWords(last.files)} last downloaded on {when}, as the zip file <span className="filing__path">{checklist.folderName}.zip</span>
        </p>
      )}
      {capabilities.openFolder && last.folder ? (
        <button type="button" className="button button--secondary button--small" aria-disabled={opening ? true : undefined} onClick={onOpen}>
          Open folder
        </button>
      ) : null}
    </div>
  );
}

/** "2 of 3 filed", said politely as each box is ticked; once all are (and none is out of date), that the minutes can be locked. */
function Progress({ checklist, pending, status }: { checklist: FilingChecklist; pending: ReadonlyMap<number, boolean>; status: MeetingStatus }) {
  const filed = filedCount(checklist, pending);
  const total = checklist.rows.length;
  // A copy exported again since it was ticked is out of date on the case record: not done yet.
  const stale = checklist.rows.some((r) => r.exportedSinceFiled || r.amendedSinceExport);
  const all = filed === total && !stale;
  return (
    <div className="filing__progress" aria-live="polite">
      <p className="filing__count">
        <meter className="filing__meter" min={0} max={total} value={filed} aria-hidden="true" /> {filed} of {total} filed
      </p>
      {all && status === 'approved' ? (
        <p className="filing__hint">Every extract is filed to its case record: the minutes can now be locked, with “Lock the minutes…” at the top of the page.</p>
      ) : null}
    </div>
  );
}
