import { EVERYTHING } from '../../../shared/live';
import type { ChangeEvent } from '../data/change-feed';

/** The channel every Panelroom laptop on a team store listens on. */
export const CHANGES_CHANNEL = 'panelroom_changes';

/**
 * Far under PostgreSQL's 8000-byte limit on a notification: a change to many records at once
 * (an import) is announced as a change to the kind as a whole instead.
 */
export const MAX_PAYLOAD_CHARS = 1500;

/**
 * What a notification says: who sent it (a random name per open core, so its own writes are
 * not heard twice) and which records of which kind changed. Ids and kinds only: every login on
 * the server may hear every notification, so nothing a record says ever goes in one.
 */
export function payloadOf(origin: string, events: readonly ChangeEvent[]): string {
  const full = JSON.stringify({ o: origin, e: events.map((e) => [e.entity, e.ids]) });
  if (full.length <= MAX_PAYLOAD_CHARS) return full;
  const kinds = JSON.stringify({ o: origin, e: events.map((e) => [e.entity, []]) });
  return kinds.length <= MAX_PAYLOAD_CHARS ? kinds : JSON.stringify({ o: origin, e: [[EVERYTHING, []]] });
}

/** A notification read back; null for anything that is not one of ours (it is ignored). */
export function parsePayload(text: string | undefined): { origin: string; events: ChangeEvent[] } | null {
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { o, e } = parsed as { o?: unknown; e?: unknown };
  if (typeof o !== 'string' || !Array.isArray(e)) return null;
  const events: ChangeEvent[] = [];
  for (const item of e) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || item[0].length === 0 || item[0].length > 64 || !Array.isArray(item[1])) return null;
    const ids = (item[1] as unknown[]).filter((id): id is number => typeof id === 'number' && Number.isSafeInteger(id));
    events.push({ entity: item[0], ids });
  }
  return { origin: o, events };
}
