import type { AgendaItem } from '../../../../shared/schemas/agenda';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';

/** A length of time for someone glancing across a room: minutes, and hours when it runs that long. */
export function durationWords(seconds: number): string {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} h${rest ? ` ${rest} min` : ''}`;
}

/** 14:05 in this computer's time, from a stored timestamp. */
export function clockTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * The core's clock now, moved on by however long ago its answer arrived: running times
 * agree with what is stored even if this computer's clock is wrong.
 */
export function coreNow(detail: MinutesDetail, receivedAt: number, localNow: number): number {
  const stamped = Date.parse(detail.now);
  return (Number.isNaN(stamped) ? receivedAt : stamped) + Math.max(0, localNow - receivedAt);
}

/** Seconds spent on an item: what is stored, plus the running spell if the room is on it now. */
export function secondsOnItem(detail: MinutesDetail, itemId: number, now: number): number {
  const stored = detail.items.find((m) => m.itemId === itemId)?.secondsSpent ?? 0;
  const { currentItemId, currentSince, status } = detail.state;
  if (status !== 'in_progress' || currentItemId !== itemId || !currentSince) return stored;
  const since = Date.parse(currentSince);
  return stored + (Number.isNaN(since) ? 0 : Math.max(0, Math.floor((now - since) / 1000)));
}

/** How long the item has had, and how that compares with its slot: "3 min over its 15-minute slot" is said in words, not by colour. */
export function slotWords(seconds: number, item: Pick<AgendaItem, 'slotMinutes'>): { spent: string; text: string; over: boolean } {
  const spent = durationWords(seconds);
  const over = seconds - item.slotMinutes * 60;
  if (over >= 60) return { spent, text: `${durationWords(over)} over its ${item.slotMinutes}-minute slot`, over: true };
  return { spent, text: `of a ${item.slotMinutes}-minute slot`, over: false };
}

/** The agenda in order, the item to show (the room's current item, or the first) and the one after it. */
export function itemsInView(detail: MinutesDetail) {
  const ordered = [...detail.agenda.items].sort((a, b) => a.position - b.position);
  const roomItem = ordered.find((i) => i.id === detail.state.currentItemId);
  const current = roomItem ?? ordered[0];
  const index = current ? ordered.indexOf(current) : -1;
  return { ordered, current, isRoomItem: roomItem !== undefined, index, next: index >= 0 ? ordered[index + 1] : undefined };
}
