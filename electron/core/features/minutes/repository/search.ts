import { sql } from 'kysely';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../../../shared/schemas/minutes';
import { containsPattern } from '../../../db/contains';
import type { Db } from '../../../db/db-type';

/**
 * Turns what a person typed into an FTS5 query that cannot be a syntax error: every
 * word is a quoted phrase (so AND, NEAR, colons and stray quotes are just words), a
 * "quoted phrase" stays a phrase, and the last word matches as a prefix while typing.
 */
export function toFtsQuery(typed: string): string | null {
  const parts = typed.match(/"[^"]*"|[^\s"]+/g) ?? [];
  const terms = parts
    .map((p) => ({ phrase: p.startsWith('"'), text: p.replace(/"/g, '').trim() }))
    .filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t.text}"${!t.phrase && i === terms.length - 1 ? '*' : ''}`).join(' ');
}

/** A minute field the words were found in, with the words marked in a snippet of it. */
export interface FieldMatch {
  id: number;
  item_id: number;
  field: string;
  snip: string;
}

/**
 * The minute fields matching what a person typed, newest first, by SQLite's FTS5 index
 * (kept by triggers in migration 4). The one place the minutes are searched by words:
 * another engine's search sits beside this.
 *
 * Newest first by the index's own order: field ids follow typing, so the newest minutes come first, and
 * SQLite reads the index backwards and stops at the limit (no sort of every match of a common word).
 * The snippet is built in the same pass, for those rows only.
 */
export async function searchMinuteFieldsFts5(db: Db, typed: string, limit: number): Promise<FieldMatch[]> {
  const fts = toFtsQuery(typed);
  if (fts === null) return [];
  return (
    await sql<FieldMatch>`
      select f.id, f.item_id, f.field, snippet(minutes_search, 0, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 16) as snip
      from minutes_search
      join minute_fields f on f.id = minutes_search.rowid
      where minutes_search match ${fts}
      order by minutes_search.rowid desc
      limit ${limit}`.execute(db)
  ).rows;
}

/** The items of held meetings about children whose name or reference contains what was typed, newest meeting first. */
export function itemsOfChildrenNamed(db: Db, typed: string, limit: number): Promise<{ item_id: number }[]> {
  const like = containsPattern(typed);
  // From the children who match (a few among thousands) to their items, by the index on the child.
  return db
    .selectFrom('agenda_item_children as ic')
    .innerJoin('meetings as m', 'm.id', 'ic.meeting_id')
    .select('ic.item_id')
    .where('m.status', '!=', 'planned')
    .where('ic.child_id', 'in', (eb) =>
      eb
        .selectFrom('children as c')
        .select('c.id')
        // "Ava Ashdown" or "Ashdown Ava", as lists in councils are written both ways.
        .where((w) =>
          w.or([w(sql<string>`c.first_name || ' ' || c.last_name`, 'like', like), w(sql<string>`c.last_name || ' ' || c.first_name`, 'like', like), w('c.case_ref', 'like', like)]),
        ),
    )
    .orderBy('m.date', 'desc')
    .limit(limit)
    .execute();
}

/** The items found, with their meetings' dates and types. */
export function itemsFound(db: Db, itemIds: number[]) {
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('meeting_types as t', 't.id', 'm.type_id')
    .select(['i.id', 'i.meeting_id', 'm.date', 'm.start_time', 't.name', 'i.position'])
    .where('i.id', 'in', itemIds)
    .execute();
}

/** The children of the items found, in agenda order. */
export function childrenOfItemsFound(db: Db, itemIds: number[]) {
  return db
    .selectFrom('agenda_item_children as ic')
    .innerJoin('children as c', 'c.id', 'ic.child_id')
    .select(['ic.item_id', 'c.id', 'c.case_ref', 'c.first_name', 'c.last_name'])
    .where('ic.item_id', 'in', itemIds)
    .orderBy('ic.position')
    .execute();
}
