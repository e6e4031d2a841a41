import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingState, MinutesDetail } from '../../../../shared/schemas/minutes';
import { ApiError, call } from '../../api/client';

interface Held {
  detail: MinutesDetail;
  /** The core's clock minus this computer's, so elapsed times agree with what the core stores. */
  offsetMs: number;
}

function hold(detail: MinutesDetail): Held {
  return { detail, offsetMs: Date.parse(detail.now) - Date.now() };
}

/**
 * The workspace's copy of minutes.get. It is fetched again only after structural changes
 * (lifecycle, attendance, actions, moving item): typed text never waits for it, and never
 * takes its values from it once typed (the fields keep their own).
 */
export function useMinutes(id: number, initial: MinutesDetail | undefined) {
  const [held, setHeld] = useState<Held | undefined>(() => (initial ? hold(initial) : undefined));
  const [loadError, setLoadError] = useState<ApiError>();
  // Every answer gets a number; an answer to an older request never replaces a newer one.
  const sequence = useRef(0);

  const receive = useCallback((detail: MinutesDetail) => {
    sequence.current += 1;
    setHeld(hold(detail));
    setLoadError(undefined);
  }, []);

  const refetch = useCallback(async () => {
    const mine = ++sequence.current;
    try {
      const detail = await call('minutes.get', { id });
      if (mine === sequence.current) receive(detail);
    } catch (err) {
      if (mine === sequence.current) setLoadError(err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) }));
    }
  }, [id, receive]);

  // Started from the agenda page, the workspace already has what meetings.start answered.
  const hasInitial = initial !== undefined;
  useEffect(() => {
    if (hasInitial) return;
    let current = true;
    call('minutes.get', { id })
      .then((detail) => current && receive(detail))
      .catch((err: unknown) => current && setLoadError(err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) })));
    return () => {
      current = false;
    };
  }, [hasInitial, id, receive]);

  /** The room moved on (setCurrentItem answers with the state only). */
  const setState = useCallback((state: MeetingState) => {
    setHeld((h) => (h ? { ...h, detail: { ...h.detail, state } } : h));
  }, []);

  return { detail: held?.detail, offsetMs: held?.offsetMs ?? 0, loadError, receive, refetch, setState };
}

export type Minutes = ReturnType<typeof useMinutes>;
