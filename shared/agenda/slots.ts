/**
 * The time slots of an agenda: each item follows straight on from the one before,
 * from the start of the session. Times are 24-hour 'HH:MM', as the series stores them.
 */

const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_IN_DAY = 24 * 60;

/** Eight hours: longer than any one item could sensibly be, so a slip of the keyboard (90 for 9, 600 for 60) is caught. */
export const MAX_SLOT_MINUTES = 480;

export interface Slot {
  start: string;
  end: string;
  startMinutes: number;
  endMinutes: number;
}

export interface SlotPlan {
  slots: Slot[];
  /** When the last item ends: the start itself when there are no items. */
  endsAt: string;
  /** All the items together. */
  totalMinutes: number;
  /** From the start to the booked end of the session. */
  sessionMinutes: number;
  /** How far the last item runs past the booked end; 0 when it fits. */
  overrunMinutes: number;
}

/** Minutes after midnight. Strictly 'HH:MM' (two digits each), as stored: '9:30' or '24:00' is refused, not guessed at. */
export function parseClock(hhmm: string): number {
  const m = CLOCK_RE.exec(hhmm);
  if (!m) throw new RangeError(`"${hhmm}" is not a time on the 24-hour clock: use HH:MM, from 00:00 to 23:59.`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** 'HH:MM' for minutes after midnight. A time past midnight is shown as the next day's clock would show it (1450 is 00:10). */
export function formatClock(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`A time must be a whole number of minutes, 0 or more: ${minutes}`);
  const m = minutes % MINUTES_IN_DAY;
  const hours = Math.floor(m / 60);
  const mins = m % 60;
  return `${hours < 10 ? '0' : ''}${hours}:${mins < 10 ? '0' : ''}${mins}`;
}

/** Minutes from start to end of a session on one day. */
export function sessionLength(start: string, end: string): number {
  const length = parseClock(end) - parseClock(start);
  if (length <= 0) throw new RangeError(`The session must end after it starts: ${start} to ${end}.`);
  return length;
}

/**
 * Lays the items out back to back from `start`. Running past the booked end is allowed
 * and reported (the chair needs to see it to cut or move an item), however far: an
 * agenda that has grown past midnight must still open so it can be cut down, so its
 * late times wrap round the clock and the overrun says how far over it is.
 */
export function planSlots(start: string, sessionEnd: string, slotMinutes: readonly number[]): SlotPlan {
  const startMinutes = parseClock(start);
  const sessionMinutes = sessionLength(start, sessionEnd);
  const slots: Slot[] = [];
  let at = startMinutes;
  for (const length of slotMinutes) {
    if (!Number.isInteger(length) || length < 1 || length > MAX_SLOT_MINUTES) {
      throw new RangeError(`An item must take a whole number of minutes from 1 to ${MAX_SLOT_MINUTES}, not ${length}.`);
    }
    const end = at + length;
    slots.push({ start: formatClock(at), end: formatClock(end), startMinutes: at, endMinutes: end });
    at = end;
  }
  return {
    slots,
    endsAt: formatClock(at),
    totalMinutes: at - startMinutes,
    sessionMinutes,
    overrunMinutes: Math.max(0, at - (startMinutes + sessionMinutes)),
  };
}
