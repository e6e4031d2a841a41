import { duration, overrun } from './time-words';
import { itemSeconds, useCoreNow } from './use-core-now';

/**
 * Time on the item against its slot, each second while the room is on it. An overrun is said
 * in words (and marked), not only coloured. role=timer: screen readers do not read every tick.
 */
export function ItemTimer({ banked, runningSince, slotMinutes, offsetMs }: { banked: number; runningSince: string | null; slotMinutes: number; offsetMs: number }) {
  const now = useCoreNow(offsetMs);
  const spent = itemSeconds(banked, runningSince, now);
  const over = overrun(spent, slotMinutes, `${slotMinutes}-minute slot`);
  return (
    <p className={`timer${over ? ' timer--over' : ''}`} role="timer">
      <span className="timer__label">{runningSince ? 'On this item:' : 'Time spent:'}</span> {spent > 0 ? duration(spent) : 'not started'} of {slotMinutes} min
      {over ? <strong className="timer__over"> — {over}</strong> : null}
    </p>
  );
}

/** The whole meeting against its session: from the start to now (or to the close). */
export function MeetingTimer({ startedAt, closedAt, sessionMinutes, offsetMs }: { startedAt: string | null; closedAt: string | null; sessionMinutes: number; offsetMs: number }) {
  const now = useCoreNow(offsetMs);
  if (!startedAt) return null;
  const end = closedAt ? Date.parse(closedAt) : now;
  const spent = Math.max(0, (end - Date.parse(startedAt)) / 1000);
  const over = overrun(spent, sessionMinutes, 'session');
  return (
    <p className={`timer${over ? ' timer--over' : ''}`} role="timer">
      <span className="timer__label">{closedAt ? 'Meeting took' : 'Meeting:'}</span> {duration(spent)} of {sessionMinutes} min
      {over ? <strong className="timer__over"> — {over}</strong> : null}
    </p>
  );
}
