import type { Insertable } from 'kysely';
import type { Db } from '../../../db/db-type';
import type { Database } from '../../../db/schema';
import { idIn, type IdList } from '../../../data/read-together';
import { actionRowQueries } from './list';

/**
 * The actions agreed for some children at meetings before this one that are still open or that
 * this meeting reviewed, found from the links to them. Driven by the children (an index on
 * action_children), never by the actions table. The meeting's date and start are joined, not
 * passed, so the children may be a subquery and the whole read go beside others.
 */
function earlierActionLinks(db: Db, meetingId: number, childIds: IdList) {
  return (
    db
      .selectFrom('action_children as ac')
      .innerJoin('actions as a', 'a.id', 'ac.action_id')
      .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
      .innerJoin('meetings as here', (join) => join.on('here.id', '=', meetingId))
      .where(idIn(db, 'ac.child_id', childIds))
      .where('a.meeting_id', '!=', meetingId)
      // Earlier: a day before, or the same day and an earlier start (two panels on one day).
      .where((eb) =>
        eb.or([
          eb('m.date', '<', eb.ref('here.date')),
          eb.and([
            eb('m.date', '=', eb.ref('here.date')),
            eb.or([eb('m.start_time', '<', eb.ref('here.start_time')), eb.and([eb('m.start_time', '=', eb.ref('here.start_time')), eb('m.id', '<', meetingId)])]),
          ]),
        ]),
      )
      .where((eb) => eb.or([eb('a.status', '=', 'open'), eb.exists(eb.selectFrom('action_reviews as r').select('r.id').whereRef('r.action_id', '=', 'a.id').where('r.meeting_id', '=', meetingId))]))
  );
}

/**
 * What a meeting reviews of earlier actions for some children: the links (which child each
 * action is for), the actions as every screen shows them, and this meeting's reviews of them
 * (`before` as stored: the caller decodes it). Each keyed by the links' query, so none waits
 * for another. Queries only: the caller runs them.
 */
export function earlierActionQueries(db: Db, meetingId: number, childIds: IdList) {
  const ids = earlierActionLinks(db, meetingId, childIds).select('a.id');
  return {
    links: earlierActionLinks(db, meetingId, childIds).select(['ac.child_id', 'a.id', 'a.status']),
    ...actionRowQueries(db, ids),
    reviews: db.selectFrom('action_reviews').select(['action_id', 'item_id', 'outcome', 'note', 'new_due_on', 'before']).where('meeting_id', '=', meetingId).where(idIn(db, 'action_id', ids)),
  };
}

/** An item's review of an action, if it made one. */
export function findReview(db: Db, actionId: number, itemId: number) {
  return db.selectFrom('action_reviews').selectAll().where('action_id', '=', actionId).where('item_id', '=', itemId).executeTakeFirst();
}

export async function updateReviewNote(db: Db, id: number, note: string, reviewedAt: string): Promise<void> {
  await db.updateTable('action_reviews').set({ note, reviewed_at: reviewedAt }).where('id', '=', id).execute();
}

export async function deleteReview(db: Db, id: number): Promise<void> {
  await db.deleteFrom('action_reviews').where('id', '=', id).execute();
}

export async function insertReview(db: Db, values: Insertable<Database['action_reviews']>): Promise<void> {
  await db.insertInto('action_reviews').values(values).execute();
}
