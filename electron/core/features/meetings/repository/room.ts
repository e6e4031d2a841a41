import { versionMovedOn } from '../../../data/row-version';
import type { Db } from '../../../db/db-type';

/** The meeting's first agenda item, where the room starts. */
export function firstItemOfMeeting(db: Db, meetingId: number): Promise<{ id: number } | undefined> {
  return db.selectFrom('agenda_items').select('id').where('meeting_id', '=', meetingId).orderBy('position').orderBy('id').limit(1).executeTakeFirst();
}

/** Adds a spell of discussion to an item's time. */
export async function addTimeToItem(db: Db, itemId: number, seconds: number): Promise<void> {
  await db
    .updateTable('agenda_items')
    .set((eb) => ({ seconds_spent: eb('seconds_spent', '+', seconds) }))
    .where('id', '=', itemId)
    .execute();
}

export async function markMeetingStarted(db: Db, id: number, now: string, currentItemId: number | null): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ status: 'in_progress', started_at: now, current_item_id: currentItemId, current_since: currentItemId !== null ? now : null, updated_at: now, ...versionMovedOn })
    .where('id', '=', id)
    .execute();
}

export async function markMeetingClosed(db: Db, id: number, now: string): Promise<void> {
  await db.updateTable('meetings').set({ status: 'draft', closed_at: now, current_since: null, updated_at: now, ...versionMovedOn }).where('id', '=', id).execute();
}

export async function markMeetingReopened(db: Db, id: number, now: string, currentSince: string | null): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ status: 'in_progress', closed_at: null, current_since: currentSince, updated_at: now, ...versionMovedOn })
    .where('id', '=', id)
    .execute();
}

export async function markMeetingApproved(db: Db, id: number, approvedBy: string, approvedOn: string, now: string): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ status: 'approved', approved_by: approvedBy, approved_on: approvedOn, approved_at: now, updated_at: now, ...versionMovedOn })
    .where('id', '=', id)
    .execute();
}

export async function markMeetingLocked(db: Db, id: number, now: string): Promise<void> {
  await db.updateTable('meetings').set({ status: 'locked', locked_at: now, updated_at: now, ...versionMovedOn }).where('id', '=', id).execute();
}

/** The room moves to an item (or to none). */
export async function moveRoomTo(db: Db, id: number, itemId: number | null, since: string | null): Promise<void> {
  await db.updateTable('meetings').set({ current_item_id: itemId, current_since: since }).where('id', '=', id).execute();
}

/** The ids of a meeting's items, in agenda order. */
export function itemIdsOfMeeting(db: Db, meetingId: number): Promise<{ id: number }[]> {
  return db.selectFrom('agenda_items').select('id').where('meeting_id', '=', meetingId).orderBy('position').execute();
}

/** Every rating given at a meeting, with the child's name. */
export function ratingsAtMeeting(db: Db, meetingId: number) {
  return db
    .selectFrom('item_ratings as r')
    .innerJoin('agenda_items as i', 'i.id', 'r.item_id')
    .innerJoin('children as c', 'c.id', 'r.child_id')
    .select(['r.item_id', 'r.rating', 'r.reason', 'c.first_name', 'c.last_name'])
    .where('i.meeting_id', '=', meetingId)
    .execute();
}

/** The next-meeting date and reason each item of a meeting recorded, as stored. */
export function nextMeetingFieldsAtMeeting(db: Db, meetingId: number) {
  return db
    .selectFrom('minute_fields as f')
    .innerJoin('agenda_items as i', 'i.id', 'f.item_id')
    .select(['f.item_id', 'f.field', 'f.value'])
    .where('i.meeting_id', '=', meetingId)
    .where('f.field', 'in', ['nextMeetingDate', 'nextMeetingReason'])
    .execute();
}
