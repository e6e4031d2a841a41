import { useEffect, useState } from 'react';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import { useProcedure } from '../../api/use-procedure';

export const POLL_MS = 2000;

export interface Polled {
  /** The last good answer: kept on screen when a later poll fails. */
  data?: MinutesDetail;
  /** When it arrived, by this computer's clock. */
  receivedAt?: number;
  /** Why the latest poll failed; cleared by the next one that answers. */
  failure?: { message: string; notFound: boolean };
}

/**
 * Reads the meeting every two seconds while the view is on screen. A poll still on its way
 * is never doubled (a slow answer never piles requests up); a hidden tab or minimised
 * window stops polling and catches up the moment it is shown.
 */
export function usePolledMinutes(id: number): Polled {
  const minutes = useProcedure('minutes.get', { id }, { poll: POLL_MS, keepPrevious: false });
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
