/** Elapsed times in words a minute-taker can read at a glance and a screen reader can say. */

export function duration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return `${m} min ${String(sec).padStart(2, '0')} s`;
  return `${sec} s`;
}

/** Whole minutes for lists: "7 min", "under a minute". */
export function roughMinutes(seconds: number): string {
  const m = Math.floor(seconds / 60);
  if (seconds <= 0) return 'not started';
  return m === 0 ? 'under a minute' : `${m} min`;
}

/** "3 min 10 s over the 15-minute slot", or undefined while within it. */
export function overrun(spentSeconds: number, allowedMinutes: number, what: string): string | undefined {
  const over = Math.floor(spentSeconds) - allowedMinutes * 60;
  return over > 0 ? `${duration(over)} over the ${what}` : undefined;
}
