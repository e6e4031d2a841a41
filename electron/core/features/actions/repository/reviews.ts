import type { Insertable } from 'kysely';
import type { Db } from '../../../db/db-type';
import type { Database, MeetingRow } from '../../../db/schema';
import { actionReviews } from '../../../data/tables/action-reviews';

/**
 * The links from the children given to the actions agreed for them at meetings before this
 * one that are still open or that this meeting reviewed. Driven by the children (an index
 * on action_children), never by the actions table.
 */
export function earlierActionLinks(db: Db, meeting: MeetingRow, childIds: number[]) {
  return (
    db
      .selectFrom('action_children as ac')
      .innerJoin('actions as a', 'a.id', 'ac.action_id')
      .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
      .select(['ac.child_id', 'a.id', 'a.status'])
      .where('ac.child_id', 'in', childIds)
      .where('a.meeting_id', '!=', meeting.id)
      // Earlier: a day before, or the same day and an earlier start (two panels on one day).
      .where((eb) =>
        eb.or([
          eb('m.date', '<', meeting.date),
          eb.and([eb('m.date', '=', meeting.date), eb.or([eb('m.start_time', '<', meeting.start_time), eb.and([eb('m.start_time', '=', meeting.start_time), eb('m.id', '<', meeting.id)])])]),
        ]),
      )
      .where((eb) => eb.or([eb('a.status', '=', 'open'), eb.exists(eb.selectFrom('action_reviews as r').select('r.id').whereRef('r.action_id', '=', 'a.id').where('r.meeting_id', '=', meeting.id))]))
      .execute()
  );
}

/** A meeting's reviews of some actions, with how each action stood before the review. */
export async function reviewsAtMeeting(db: Db, meetingId: number, actionIds: number[]) {
  const rows = await db.selectFrom('action_reviews').select(['action_id', 'item_id', 'outcome', 'note', 'new_due_on', 'before']).where('meeting_id', '=', meetingId).where('action_id', 'in', actionIds).execute();
  return rows.map((r) => ({ ...r, before: actionReviews.columns.before.decode(r.before) }));
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
