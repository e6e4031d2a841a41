import { useEffect, useState } from 'react';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import { ApiError, call, errorMessage } from '../../api/client';

export const POLL_MS = 2000;

export interface Polled {
  /** The last good answer: kept on screen when a later poll fails. */
  data?: MinutesDetail;
  /** When it arrived, by this computer's clock. */
  receivedAt?: number;
  failure?: { message: string; at: number; notFound: boolean };
}

/**
 * Reads the meeting every two seconds while the view is on screen. Polls are chained
 * (the next is set once the last answers), so a slow answer never piles requests up;
 * a hidden tab or minimised window stops polling and catches up the moment it is shown.
 */
export function usePolledMinutes(id: number): Polled {
  const [polled, setPolled] = useState<Polled>({});
  useEffect(() => {
    let stopped = false;
    let inFlight = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    async function poll() {
      timer = undefined;
      inFlight = true;
      try {
        const data = await call('minutes.get', { id });
        if (!stopped) setPolled({ data, receivedAt: Date.now() });
      } catch (err) {
        if (!stopped) {
          const failure = { message: errorMessage(err, 'Panelroom’s data service did not answer.'), at: Date.now(), notFound: err instanceof ApiError && err.code === 'NOT_FOUND' };
          setPolled((prev) => ({ ...prev, failure }));
        }
      } finally {
        inFlight = false;
        if (!stopped && !document.hidden) timer = setTimeout(() => void poll(), POLL_MS);
      }
    }

    function onVisibility() {
      if (document.hidden) {
        clearTimeout(timer);
        timer = undefined;
      } else if (timer === undefined && !inFlight) void poll();
    }

    document.addEventListener('visibilitychange', onVisibility);
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [id]);
  return polled;
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
