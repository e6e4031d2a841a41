import { useEffect, useState } from 'react';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import { useProcedure } from '../../api/use-procedure';

/** Only a fallback: the view follows the room by the core's change messages, and reads again this often in case one was missed. */
export const FALLBACK_POLL_MS = 10_000;

export interface Polled {
  /** The last good answer: kept on screen when a later poll fails. */
  data?: MinutesDetail;
  /** When it arrived, by this computer's clock. */
  receivedAt?: number;
  /** Why the latest poll failed; cleared by the next one that answers. */
  failure?: { message: string; notFound: boolean };
}

/**
 * Reads the meeting again whenever the core says it changed (the room moved on, something was
 * typed or rated: see `api/live.ts`), and every so often besides in case a message was missed.
 * A read still on its way is never doubled; a hidden tab or minimised window stops the fallback
 * reads and catches up the moment it is shown.
 */
export function usePolledMinutes(id: number): Polled {
  const minutes = useProcedure('minutes.get', { id }, { poll: FALLBACK_POLL_MS, keepPrevious: false });
  const { error } = minutes;
  return { data: minutes.data, receivedAt: minutes.answeredAt, failure: error ? { message: error.message, notFound: error.code === 'NOT_FOUND' } : undefined };
}

/** This computer's clock, read every second while the view is on screen, so running times move between polls. */
export function useTicker(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      if (!document.hidden) setNow(Date.now());
    }, ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
