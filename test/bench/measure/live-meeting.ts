import type { SqliteCore as Core } from '../../../electron/core/core';
import { refreshTracking } from '../../../electron/core/data/tracking/refresh';
import { datasetNow, DATASET_TODAY } from '../dataset/spec';

export interface LiveMeeting {
  id: number;
  date: string;
  typeName: string;
  items: { id: number; position: number; childIds: number[] }[];
}

/**
 * Puts a held meeting of the working copy back in the room, as it was while it ran: status
 * in_progress, the first item current, no approval, and none of what closing writes (its
 * children's meeting-history rows and the ratings it added to their RAG history), with
 * those children's tracker rows recomputed. Its minutes, ratings and actions stay: the
 * minute-taker has typed them. Only ever on a working copy.
 */
export async function putBackInTheRoom(core: Core, meetingId: number): Promise<LiveMeeting> {
  const sqlite = core.store.sqlite;
  const meeting = sqlite.prepare('select m.id, m.date, t.name from meetings m join meeting_types t on t.id = m.type_id where m.id = ?').get(meetingId) as { id: number; date: string; name: string };
  const items = sqlite.prepare('select id, position from agenda_items where meeting_id = ? order by position, id').all(meetingId) as { id: number; position: number }[];
  const childrenOf = sqlite.prepare('select child_id from agenda_item_children where item_id = ? order by position');
  const live: LiveMeeting = {
    id: meeting.id,
    date: meeting.date,
    typeName: meeting.name,
    items: items.map((i) => ({ ...i, childIds: (childrenOf.all(i.id) as { child_id: number }[]).map((c) => c.child_id) })),
  };
  const now = datasetNow().toISOString();
  sqlite.transaction(() => {
    sqlite
      .prepare(
        "update meetings set status = 'in_progress', closed_at = null, approved_by = null, approved_on = null, approved_at = null, locked_at = null, current_item_id = ?, current_since = ?, updated_at = ? where id = ?",
      )
      .run(live.items[0]?.id ?? null, now, now, meetingId);
    sqlite.prepare('delete from child_meetings where meeting_id = ?').run(meetingId);
    sqlite.prepare("delete from rag_ratings where meeting_id = ? and source = 'meeting'").run(meetingId);
  })();
  await core.store.db.transaction().execute((trx) =>
    refreshTracking(
      trx,
      DATASET_TODAY,
      live.items.flatMap((i) => i.childIds),
    ),
  );
  return live;
}

/** The item in the middle of the agenda: where the typing benchmarks type. */
export function middleItem(live: LiveMeeting): number {
  return live.items[Math.floor(live.items.length / 2)]!.id;
}
