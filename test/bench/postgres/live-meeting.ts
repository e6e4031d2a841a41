import type pg from 'pg';
import { sql } from 'kysely';
import { postgresDb, connectPool, type TeamStoreAddress } from '../../../electron/core/db/postgres';
import { refreshTracking } from '../../../electron/core/data/tracking/refresh';
import { OWNER_ROLE } from '../../../electron/core/team-store/role-matrix';
import { datasetNow, DATASET_TODAY } from '../dataset/spec';
import type { LiveMeeting } from '../measure/live-meeting';

/**
 * The team store's twin of `putBackInTheRoom`: the same held meeting back in the room (status in
 * progress, first item current, no approval, none of what closing writes), written as the
 * administrator since it rewrites history no role may, then its children's tracker rows recomputed.
 * The team store is the bench's own throwaway database.
 */
export async function putBackInTheRoomPg(admin: pg.Client, adminAddress: TeamStoreAddress, meetingId: number): Promise<LiveMeeting> {
  const meeting = (await admin.query('select m.id, m.date, t.name from meetings m join meeting_types t on t.id = m.type_id where m.id = $1', [meetingId])).rows[0] as { id: number; date: string; name: string };
  const items = (await admin.query('select id, position from agenda_items where meeting_id = $1 order by position, id', [meetingId])).rows as { id: number; position: number }[];
  const live: LiveMeeting = { id: meeting.id, date: meeting.date, typeName: meeting.name, items: [] };
  for (const i of items) {
    const children = (await admin.query('select child_id from agenda_item_children where item_id = $1 order by position', [i.id])).rows as { child_id: number }[];
    live.items.push({ ...i, childIds: children.map((c) => c.child_id) });
  }
  const now = datasetNow().toISOString();
  await admin.query('begin');
  try {
    await admin.query(`set local role ${OWNER_ROLE}`);
    await admin.query(
      "update meetings set status = 'in_progress', closed_at = null, approved_by = null, approved_on = null, approved_at = null, locked_at = null, current_item_id = $1, current_since = $2, updated_at = $2 where id = $3",
      [live.items[0]?.id ?? null, now, meetingId],
    );
    await admin.query('delete from child_meetings where meeting_id = $1', [meetingId]);
    await admin.query("delete from rag_ratings where meeting_id = $1 and source = 'meeting'", [meetingId]);
    await admin.query('commit');
  } catch (err) {
    await admin.query('rollback');
    throw err;
  }
  const { pool } = await connectPool(adminAddress, { max: 1 });
  const db = postgresDb(pool);
  try {
    await db.transaction().execute(async (trx) => {
      await sql`set local role ${sql.id(OWNER_ROLE)}`.execute(trx);
      await refreshTracking(trx, DATASET_TODAY, live.items.flatMap((i) => i.childIds));
    });
  } finally {
    await db.destroy();
  }
  return live;
}
