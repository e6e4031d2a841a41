import { sql } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchHit } from '../../../../shared/schemas/minutes';
import { containsPattern } from '../../db/contains';
import type { ServiceContext } from '../../context';

/**
 * Search across all minutes. This is the one module that knows the minutes are indexed
 * with SQLite's FTS5 (the index itself is kept by triggers in migration 4): a move to
 * another database changes this file and that migration, nothing else.
 */

/** Several fields of one item can match; gather enough rows to fill the page with distinct items. */
const ROWS_PER_HIT = 4;

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

export async function searchMinutes(ctx: ServiceContext, input: ParsedInput<'search.minutes'>): Promise<ProcedureOutput<'search.minutes'>> {
  const fts = toFtsQuery(input.query);
  // Newest first by the index's own order: field ids follow typing, so the newest minutes come first, and
  // SQLite reads the index backwards and stops at the limit (no sort of every match of a common word).
  // The snippet is built in the same pass, for those rows only.
  const matched =
    fts === null
      ? []
      : (
          await sql<{ id: number; item_id: number; field: string; snip: string }>`
            select f.id, f.item_id, f.field, snippet(minutes_search, 0, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 16) as snip
            from minutes_search
            join minute_fields f on f.id = minutes_search.rowid
            where minutes_search match ${fts}
            order by minutes_search.rowid desc
            limit ${input.limit * ROWS_PER_HIT}`.execute(ctx.db)
        ).rows;
  const seen = new Set<number>();
  const textHits = matched.filter((r) => !seen.has(r.item_id) && Boolean(seen.add(r.item_id)));

  const like = containsPattern(input.query);
  // From the children who match (a few among thousands) to their items, by the index on the child.
  const childItems = await ctx.db
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
    .limit(input.limit)
    .execute();

  // One hit per item: the words found, or else the child's name.
  const hitOf = new Map<number, { field: string | null; snippet: string | null }>();
  for (const h of textHits) if (!hitOf.has(h.item_id)) hitOf.set(h.item_id, { field: h.field, snippet: h.snip });
  for (const c of childItems) if (!hitOf.has(c.item_id)) hitOf.set(c.item_id, { field: null, snippet: null });
  if (hitOf.size === 0) return [];

  const itemIds = [...hitOf.keys()];
  const [items, children] = await Promise.all([
    ctx.db
      .selectFrom('agenda_items as i')
      .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
      .innerJoin('meeting_types as t', 't.id', 'm.type_id')
      .select(['i.id', 'i.meeting_id', 'm.date', 'm.start_time', 't.name', 'i.position'])
      .where('i.id', 'in', itemIds)
      .execute(),
    ctx.db
      .selectFrom('agenda_item_children as ic')
      .innerJoin('children as c', 'c.id', 'ic.child_id')
      .select(['ic.item_id', 'c.id', 'c.case_ref', 'c.first_name', 'c.last_name'])
      .where('ic.item_id', 'in', itemIds)
      .orderBy('ic.position')
      .execute(),
  ]);
  items.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.start_time !== b.start_time ? (a.start_time < b.start_time ? 1 : -1) : a.position - b.position));
  return items.slice(0, input.limit).map(
    (i): SearchHit => ({
      meetingId: i.meeting_id,
      itemId: i.id,
      date: i.date,
      typeName: i.name,
      children: children.filter((c) => c.item_id === i.id).map((c) => ({ id: c.id, caseRef: c.case_ref, firstName: c.first_name, lastName: c.last_name })),
      field: hitOf.get(i.id)!.field,
      snippet: hitOf.get(i.id)!.snippet,
    }),
  );
}
