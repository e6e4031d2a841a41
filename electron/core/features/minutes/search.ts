import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import type { SearchHit } from '../../../../shared/schemas/minutes';
import type { ServiceContext } from '../../context';
import { childrenOfItemsFound, itemsFound, itemsOfChildrenNamed, searchMinuteFieldsFts5 } from './repository/search';

/**
 * Search across all minutes. The words are found by the minutes repository's full-text
 * search (SQLite's FTS5, kept by triggers in migration 4); children by name or reference.
 */

/** Several fields of one item can match; gather enough rows to fill the page with distinct items. */
const ROWS_PER_HIT = 4;

/** How typed words become an FTS5 query (the tests and the benchmarks read it here). */
export { toFtsQuery } from './repository/search';

export async function searchMinutes(ctx: ServiceContext, input: ParsedInput<'search.minutes'>): Promise<ProcedureOutput<'search.minutes'>> {
  // Both asked at once: a team store answers them on two connections side by side (the file answers one after the other).
  const [matched, childItems] = await Promise.all([searchMinuteFieldsFts5(ctx.db, input.query, input.limit * ROWS_PER_HIT), itemsOfChildrenNamed(ctx.db, input.query, input.limit)]);
  const seen = new Set<number>();
  const textHits = matched.filter((r) => !seen.has(r.item_id) && Boolean(seen.add(r.item_id)));

  // One hit per item: the words found, or else the child's name.
  const hitOf = new Map<number, { field: string | null; snippet: string | null }>();
  for (const h of textHits) if (!hitOf.has(h.item_id)) hitOf.set(h.item_id, { field: h.field, snippet: h.snip });
  for (const c of childItems) if (!hitOf.has(c.item_id)) hitOf.set(c.item_id, { field: null, snippet: null });
  if (hitOf.size === 0) return [];

  const itemIds = [...hitOf.keys()];
  const [items, children] = await Promise.all([itemsFound(ctx.db, itemIds), childrenOfItemsFound(ctx.db, itemIds)]);
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
