import { sql } from 'kysely';
import type { Table } from '../../../data/table';
import { agendaItems } from '../../../data/tables/agenda-items';
import { meetingPens } from '../../../data/tables/meeting-pens';
import { meetingTypes } from '../../../data/tables/meeting-types';
import { meetings } from '../../../data/tables/meetings';

/**
 * `json_object('id', i."id", …)` of every declared column of the table: the row as `selectAll`
 * reads it from the file (text as text, JSON columns as their text, booleans as 0 or 1), so the
 * one statement answers what the four reads answered. The schema snapshot test holds the declared
 * columns to the migrations'.
 */
function rowAsJson(t: Table, alias: string) {
  return sql.raw(`json_object(${Object.keys(t.columns).map((c) => `'${c}', ${alias}."${c}"`).join(', ')})`);
}

/**
 * SQLite only: an item's row, its meeting's, its meeting type's, its children (in agenda order)
 * and its meeting's pen in one statement, as one JSON text (undefined where there is no such
 * item); given a child, their rating at the item too (null: never given). What `findItem`,
 * `meetingById`, `meetingTypeById`, `childrenOfItem` and `penOf` read, and the stored rating for
 * a rating's autosave: each statement costs the laptop building and running it, and an autosave
 * checks them all. A subquery's JSON is passed through `json()`: SQLite does not carry a value's
 * JSON subtype out of a subquery, and without it the outer object would hold the text as a string.
 */
export function itemContextSelectSqlite(itemId: number, ratingOfChild?: number) {
  const rating =
    ratingOfChild === undefined
      ? sql``
      : sql`, 'rating', json((select json_object('rating', r.rating, 'reason', r.reason) from item_ratings r where r.item_id = i.id and r.child_id = ${ratingOfChild}))`;
  return sql<{ context: string }>`
    select json_object(
      'item', ${rowAsJson(agendaItems, 'i')},
      'meeting', ${rowAsJson(meetings, 'm')},
      'type', ${rowAsJson(meetingTypes, 't')},
      'children', json((select json_group_array(json_object('id', c.id, 'firstName', c.first_name, 'lastName', c.last_name) order by ic.position)
        from agenda_item_children ic join children c on c.id = ic.child_id where ic.item_id = i.id)),
      'pen', json((select ${rowAsJson(meetingPens, 'p')} from meeting_pens p where p.meeting_id = m.id))${rating}) as context
    from agenda_items i join meetings m on m.id = i.meeting_id join meeting_types t on t.id = m.type_id
    where i.id = ${itemId}`;
}
