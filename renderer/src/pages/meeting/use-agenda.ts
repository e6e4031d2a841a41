import { useEffect, useRef, useState } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../../shared/contract';
import type { MeetingDetail } from '../../../../shared/schemas/agenda';
import { ApiError, call, errorMessage } from '../../api/client';

type AgendaProcedure = {
  [P in ProcedureName]: ProcedureOutput<P> extends MeetingDetail ? P : never;
}[ProcedureName];

/**
 * The meeting as the core last answered it. Every change returns the whole agenda, so
 * the screen shows exactly what was saved (times recomputed, positions renumbered).
 */
export function useAgenda(id: number) {
  const [detail, setDetail] = useState<MeetingDetail>();
  const [loadError, setLoadError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Controls stay enabled while a change saves (disabling the focused one would drop the keyboard
  // to the top of the page), so a second change made meanwhile waits its turn here instead.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    call('meetings.get', { id })
      .then((d) => current && setDetail(d))
      .catch((err: unknown) => current && setLoadError(err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) })));
    return () => {
      current = false;
    };
  }, [id]);

  function run<P extends AgendaProcedure>(name: P, input: ProcedureInput<P>, message: string | ((d: MeetingDetail) => string)): Promise<boolean> {
    const next = queue.current.then(() => runNow(name, input, message));
    queue.current = next;
    return next;
  }

  async function runNow<P extends AgendaProcedure>(name: P, input: ProcedureInput<P>, message: string | ((d: MeetingDetail) => string)): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      const next = (await (call as (n: P, i: ProcedureInput<P>) => Promise<MeetingDetail>)(name, input)) as MeetingDetail;
      setDetail(next);
      setNotice(typeof message === 'string' ? message : message(next));
      return true;
    } catch (err) {
      setError(errorMessage(err, 'That change could not be saved.'));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { detail, replace: setDetail, loadError, notice, setNotice, error, setError, busy, run };
}

export type Agenda = ReturnType<typeof useAgenda>;
