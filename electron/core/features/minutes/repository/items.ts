import { sql } from 'kysely';
import type { Db } from '../../../db/db-type';
import type { AgendaItemRow, MeetingRow, MeetingTypeRow } from '../../../db/schema';
import type { MeetingPenRow } from '../../../data/tables/meeting-pens';
import { engineOf } from '../../../data/dialect';
import { PREPARED } from '../../../db/prepared';
import { itemContextSelectSqlite } from './item-context-sqlite';

/** An agenda item's row, or undefined where there is none. */
export function findItem(db: Db, itemId: number): Promise<AgendaItemRow | undefined> {
  return db.selectFrom('agenda_items').selectAll().where('id', '=', itemId).executeTakeFirst();
}

/** An item's children, in agenda order. */
export function childrenOfItem(db: Db, itemId: number): Promise<{ id: number; firstName: string; lastName: string }[]> {
  return db
    .selectFrom('agenda_item_children as ic')
    .innerJoin('children as c', 'c.id', 'ic.child_id')
    .select(['c.id', 'c.first_name as firstName', 'c.last_name as lastName'])
    .where('ic.item_id', '=', itemId)
    .orderBy('ic.position')
    .execute();
}

/** What `itemContextInOneRead` answers. */
export interface ItemContextRead {
  item: AgendaItemRow;
  meeting: MeetingRow;
  type: MeetingTypeRow;
  children: { id: number; firstName: string; lastName: string }[];
  /** Who holds the pen for the meeting's minutes (null: nobody), read with the rest for the saves that check it. */
  pen: MeetingPenRow | null;
}

/**
 * An item's row, its meeting's, its meeting type's, its children (in agenda order) and its
 * meeting's pen in one statement, each row as `selectAll` reads it; undefined where there is no
 * such item. What `findItem`, `meetingById`, `meetingTypeById`, `childrenOfItem` and the pen's
 * `penOf` read: an autosave checks them all, and one statement is one round trip on a team store
 * and one statement built and run instead of five on the laptop's file.
 */
export async function itemContextInOneRead(db: Db, itemId: number): Promise<ItemContextRead | undefined> {
  if (engineOf(db) === 'sqlite') {
    const { rows } = await itemContextSelectSqlite(itemId).execute(db);
    return rows[0] ? (JSON.parse(rows[0].context) as ItemContextRead) : undefined;
  }
  const { rows } = await sql<ItemContextRead>`${PREPARED} ${itemContextSelect(itemId)}`.execute(db);
  return rows[0];
}

/**
 * PostgreSQL's statement for `itemContextInOneRead` (row_to_json keeps the column names, and numbers,
 * text, booleans and JSON come back as the driver decodes them), for a statement that reads the same
 * alongside its write.
 */
export function itemContextSelect(itemId: number) {
  return sql<ItemContextRead>`
    select row_to_json(i) as item, row_to_json(m) as meeting, row_to_json(t) as type,
      coalesce((select json_agg(json_build_object('id', c.id, 'firstName', c.first_name, 'lastName', c.last_name) order by ic.position nulls first)
        from agenda_item_children ic join children c on c.id = ic.child_id where ic.item_id = i.id), '[]') as children,
      (select row_to_json(p) from meeting_pens p where p.meeting_id = m.id) as pen
    from agenda_items i join meetings m on m.id = i.meeting_id join meeting_types t on t.id = m.type_id
    where i.id = ${itemId}`;
}

/** One of the meeting's items (a Care Planning Meeting has one). */
export function anyItemOfMeeting(db: Db, meetingId: number): Promise<{ id: number } | undefined> {
  return db.selectFrom('agenda_items').select('id').where('meeting_id', '=', meetingId).executeTakeFirst();
}

/** One of the children on the meeting's agenda (a Care Planning Meeting has one). */
export function anyChildOfMeeting(db: Db, meetingId: number): Promise<{ child_id: number } | undefined> {
  return db.selectFrom('agenda_item_children').select('child_id').where('meeting_id', '=', meetingId).executeTakeFirst();
}

/** Each item of a meeting with each of its children, as pairs: the query, for a read that goes with others. */
export function itemChildPairsQuery(db: Db, meetingId: number) {
  return db.selectFrom('agenda_item_children').select(['item_id', 'child_id']).where('meeting_id', '=', meetingId);
}

/** Each item of a meeting with each of its children, as pairs. */
export function itemChildPairs(db: Db, meetingId: number): Promise<{ item_id: number; child_id: number }[]> {
  return itemChildPairsQuery(db, meetingId).execute();
}

/** Keeps on the item what its Legal Gateway decision wrote (as stored). */
export async function setLgpApplied(db: Db, itemId: number, applied: AgendaItemRow['lgp_applied']): Promise<void> {
  await db.updateTable('agenda_items').set({ lgp_applied: applied }).where('id', '=', itemId).execute();
}

export async function insertAmendment(
  db: Db,
  values: { meeting_id: number; item_id: number | null; text: string; made_on: string; made_by: string; at: string },
): Promise<{ id: number }> {
  return db.insertInto('amendments').values(values).returning('id').executeTakeFirstOrThrow();
}
