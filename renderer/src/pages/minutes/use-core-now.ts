import { useEffect, useState } from 'react';

/** The core's clock (this computer's, corrected by `offsetMs`), in milliseconds, ticking each second. */
export function useCoreNow(offsetMs: number): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offsetMs);
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [offsetMs]);
  return now;
}

/** Seconds spent on an item: what the core has banked, plus the running spell if the room is on it now. */
export function itemSeconds(banked: number, runningSince: string | null, now: number): number {
  if (!runningSince) return banked;
  return banked + Math.max(0, (now - Date.parse(runningSince)) / 1000);
}
