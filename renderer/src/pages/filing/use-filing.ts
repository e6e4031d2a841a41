import { useRef, useState } from 'react';
import type { MeetingStatus } from '../../../../shared/domain/minutes-vocabulary';
import type { FilingChecklist, FilingRow } from '../../../../shared/schemas/filing';
import { personName } from '../../../../shared/domain/words';
import { toApiError } from '../../api/api-error';
import { capabilities, exportForFilingToFolder, openFilingFolder } from '../../api/client';
import { saveWordFile, saveZipFile } from '../../api/download';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { extractWords, waitingWords } from './filing-words';

/** What is running: one export at a time, so two clicks never write the folder twice. */
export type FilingBusy = 'minutes' | 'filing' | 'folder' | `extract-${number}`;

export interface FilingState {
  checklist: FilingChecklist | undefined;
  loadError: string | undefined;
  busy: FilingBusy | undefined;
  /** Ticks sent to the core and not yet answered, by child: shown at once, so the box follows the key press. */
  pending: ReadonlyMap<number, boolean>;
  notice: string | undefined;
  error: string | undefined;
  exportMinutes(): Promise<void>;
  exportForFiling(): Promise<void>;
  openFolder(): Promise<void>;
  downloadExtract(row: FilingRow): Promise<void>;
  mark(row: FilingRow, filed: boolean): Promise<void>;
}

/**
 * The meeting's documents and its filing checklist. The checklist is read again whenever the
 * meeting moves on (approving the minutes is what lets the extracts be exported); every
 * export and tick answers with the checklist as stored, which replaces what is shown.
 */
export function useFiling(meetingId: number, status: MeetingStatus): FilingState {
  const checklist = useProcedure('filing.checklist', { id: meetingId }, { readAgainOn: status, fallback: 'The filing checklist could not be shown. Please try again.' });
  const setChecklist = checklist.set;
  const { run: sendOne, send } = useMutation();
  const [busy, setBusy] = useState<FilingBusy>();
  const [pending, setPending] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  // What each child's box should end up as, and whose tick is on its way to the core.
  const wanted = useRef(new Map<number, boolean>());
  const inFlight = useRef(new Set<number>());

  /** Runs one export: the busy flag, the "working" words in the polite region, then what happened or why not (`fallback` if not in the core's words). */
  async function run(kind: FilingBusy, working: string, work: (fallback: string) => Promise<string | undefined>, fallback: string) {
    if (busy) return;
    setBusy(kind);
    setError(undefined);
    setNotice(working);
    try {
      setNotice(await work(fallback));
    } catch (err) {
      setNotice(undefined);
      setError(toApiError(err, fallback).message);
    } finally {
      setBusy(undefined);
    }
  }

  const exportMinutes = () =>
    run(
      'minutes',
      'Exporting the minutes to Word…',
      async (fallback) => {
        const file = await send('minutes.exportDocx', { id: meetingId }, fallback);
        saveWordFile(file);
        return `The minutes have been exported to Word as “${file.fileName}”.`;
      },
      'The minutes could not be exported. Please try again.',
    );

  const exportForFiling = () =>
    run(
      'filing',
      capabilities.nativeDialogs ? 'Choose where to put the folder for filing…' : 'Exporting the extracts for filing…',
      async (fallback) => {
        if (capabilities.nativeDialogs) {
          const done = await exportForFilingToFolder(meetingId);
          if (!done) return 'Nothing was exported: no folder was chosen.';
          setChecklist(done);
          const count = done.lastExport?.files ?? done.rows.length;
          // The core answers with the folder it wrote, the chosen place and the meeting's folder name joined.
          const waiting = waitingWords(done.rows);
          return `${extractWords(count)} written to the folder ${done.lastExport?.folder ?? `“${done.folderName}”`}. File each one to the child’s case record, then tick it below.${waiting ? ` ${waiting}` : ''}`;
        }
        const zip = await send('filing.exportZip', { id: meetingId }, fallback);
        saveZipFile(zip);
        setChecklist(zip.checklist);
        const waiting = waitingWords(zip.checklist.rows);
        return `Downloaded “${zip.fileName}”, holding ${extractWords(zip.checklist.lastExport?.files ?? zip.checklist.rows.length).toLowerCase()}. Unzip it, file each extract to the child’s case record, then tick it below.${waiting ? ` ${waiting}` : ''}`;
      },
      'The extracts could not be exported. Nothing was recorded as exported. Please try again.',
    );

  const openFolder = () =>
    run(
      'folder',
      'Opening the folder…',
      async () => {
        await openFilingFolder(meetingId);
        return 'The folder for filing has been opened.';
      },
      'The folder could not be opened. It may have been moved or deleted: export for filing again.',
    );

  const downloadExtract = (row: FilingRow) =>
    run(
      `extract-${row.childId}`,
      `Exporting ${personName(row)}’s extract…`,
      async (fallback) => {
        const file = await send('minutes.exportExtract', { meetingId, childId: row.childId }, fallback);
        saveWordFile(file);
        const draft = file.fileName.includes('NOT FOR FILING') ? ' It is a draft for reading, marked DRAFT – NOT FOR FILING: its first page says why.' : '';
        return `${personName(row)}’s extract has been exported to Word as “${file.fileName}”.${draft}`;
      },
      `${personName(row)}’s extract could not be exported. Please try again.`,
    );

  /**
   * Ticks or unticks one child's extract. The box follows the key press at once; one request per
   * child is in flight, and a press made meanwhile is sent when it answers (the newest wins), so
   * a quick tick and untick can never land in the wrong order.
   */
  async function mark(row: FilingRow, filed: boolean) {
    setError(undefined);
    setPending((p) => new Map(p).set(row.childId, filed));
    wanted.current.set(row.childId, filed);
    if (inFlight.current.has(row.childId)) return;
    inFlight.current.add(row.childId);
    let sent: boolean | undefined;
    try {
      while (wanted.current.get(row.childId) !== sent) {
        sent = wanted.current.get(row.childId)!;
        const answer = await sendOne('filing.mark', { meetingId, childId: row.childId, filed: sent }, `${personName(row)}’s extract could not be ${sent ? 'ticked as filed' : 'unticked'}. Please try again.`);
        if (!answer.ok) {
          setError(answer.error.message);
          break;
        }
        setChecklist(answer.value);
      }
    } finally {
      inFlight.current.delete(row.childId);
      wanted.current.delete(row.childId);
      setPending((p) => {
        const next = new Map(p);
        next.delete(row.childId);
        return next;
      });
    }
  }

  return { checklist: checklist.data, loadError: checklist.error?.message, busy, pending, notice, error, exportMinutes, exportForFiling, openFolder, downloadExtract, mark };
}
