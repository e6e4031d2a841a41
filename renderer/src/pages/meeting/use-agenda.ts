import { useRef, useState } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../../shared/contract';
import type { MeetingDetail } from '../../../../shared/schemas/agenda';
import { useMutation, type Sent } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';

type AgendaProcedure = {
  [P in ProcedureName]: ProcedureOutput<P> extends MeetingDetail ? P : never;
}[ProcedureName];

/**
 * The meeting as the core last answered it. Every change returns the whole agenda, so
 * the screen shows exactly what was saved (times recomputed, positions renumbered).
 */
export function useAgenda(id: number) {
  const meeting = useProcedure('meetings.get', { id });
  const changes = useMutation({ fallback: 'That change could not be saved.' });
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Controls stay enabled while a change saves (disabling the focused one would drop the keyboard
  // to the top of the page), so a second change made meanwhile waits its turn here instead.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // Each item's version as this page last saved it: a change queued behind another of the same item goes over the newer one.
  const versions = useRef(new Map<number, number>());

  function run<P extends AgendaProcedure>(name: P, input: ProcedureInput<P>, message: string | ((d: MeetingDetail) => string)): Promise<boolean> {
    const next = queue.current.then(() => runNow(name, input, message));
    queue.current = next;
    return next;
  }

  async function runNow<P extends AgendaProcedure>(name: P, input: ProcedureInput<P>, message: string | ((d: MeetingDetail) => string)): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    if (name === 'agenda.update') {
      const change = input as ProcedureInput<'agenda.update'>;
      const saved = versions.current.get(change.id);
      if (saved !== undefined && (change.version === undefined || saved > change.version)) input = { ...change, version: saved } as ProcedureInput<P>;
    }
    // Every agenda procedure answers with the whole meeting (AgendaProcedure says so).
    const sent = (await changes.run(name, input as never)) as Sent<MeetingDetail>;
    setBusy(false);
    if (!sent.ok) {
      const conflict = sent.error.code === 'CONFLICT' && sent.error.conflict ? Object.values(sent.error.fieldErrors ?? {})[0] : undefined;
      if (conflict) {
        // Someone else changed the item first: the agenda shows theirs, and the change is still there to make again.
        setError(`Not saved. ${conflict}. The agenda now shows their change: make yours again if it should stand.`);
        versions.current.delete((input as ProcedureInput<'agenda.update'>).id);
        await meeting.reload();
      } else setError(sent.error.message);
      return false;
    }
    for (const item of sent.value.items) versions.current.set(item.id, item.version);
    meeting.set(sent.value);
    setNotice(typeof message === 'string' ? message : message(sent.value));
    return true;
  }

  return { detail: meeting.data, replace: meeting.set, loadError: meeting.error, notice, setNotice, error, setError, busy, run };
}

export type Agenda = ReturnType<typeof useAgenda>;
