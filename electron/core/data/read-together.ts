import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../db/db-type';
import { engineOf } from './dialect';
import { PREPARED } from '../db/prepared';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table, any selection: each query keeps its own row type
type AnySelect = SelectQueryBuilder<any, any, any>;
type RowsOf<Q> = Q extends SelectQueryBuilder<infer _DB, infer _TB, infer O> ? O[] : never;

/** Each query's rows, under its name. */
export type ReadTogether<Q extends Record<string, AnySelect>> = { [K in keyof Q]: RowsOf<Q[K]> };

/** Several features' reads, each group under its own name (so two groups may both have a `rows`). */
export type ReadGroupsTogether<G extends Record<string, Record<string, AnySelect>>> = { [K in keyof G]: ReadTogether<G[K]> };

/** The column a sorted query's rows are numbered in, for the aggregate to take them in that order; never in an answer. */
const POSITION = '__position';

/**
 * Several independent reads, sent as one statement where each statement is a round trip.
 *
 * On a team store every statement crosses the council's network, so a page that needs ten lists
 * waits for ten round trips (or for the pool's few connections to take turns). Here each query
 * becomes a column of one `select`: its rows as a JSON array (`json_agg` of the query as a
 * subquery), which the driver decodes. The columns the app stores are integers, real numbers and
 * text (dates, times and JSON are text; booleans 0/1), and JSON carries each of those back as the
 * driver would, so every row reads the same either way.
 *
 * A query's own order is kept for certain: PostgreSQL only usually keeps a sorted subquery's order
 * in an aggregate, so a sorted query also numbers its rows by its own `order by` (a window over the
 * same terms, where its tables are in scope) and the aggregate is ordered by that number.
 *
 * On the laptop's own file there is no network: each query simply runs, as it always did.
 * The queries must not depend on one another's answers (each is keyed by what the caller knows,
 * or by a subquery of it).
 */
export async function readTogether<Q extends Record<string, AnySelect>>(db: Db, queries: Q): Promise<ReadTogether<Q>> {
  return (await readGroupsTogether(db, { only: queries })).only;
}

/**
 * `readTogether` for the reads of several features at once, each feature's queries as a group.
 * `prepared`: on PostgreSQL the one statement is sent as a named prepared statement (`PREPARED`),
 * for a read whose text never changes with its values (every value a parameter, no lists of
 * varying length): a statement of dozens of subqueries costs the server more to plan than to run,
 * and a prepared one is planned once per connection.
 */
export async function readGroupsTogether<G extends Record<string, Record<string, AnySelect>>>(db: Db, groups: G, options: { prepared?: boolean } = {}): Promise<ReadGroupsTogether<G>> {
  const entries = Object.entries(groups).flatMap(([group, queries]) => Object.entries(queries).map(([name, query]) => ({ group, name, query })));
  let rows: unknown[][];
  if (engineOf(db) !== 'postgres' || entries.length < 2) {
    rows = await Promise.all(entries.map((e) => e.query.execute()));
  } else {
    // Numbered columns: the names stay the caller's, whatever they are.
    const columns = entries.map((e, i) => sql`(${aggregated(e.query)}) as ${sql.id(`r${i}`)}`);
    const { rows: answer } = await sql<Record<string, unknown[]>>`${options.prepared ? PREPARED : sql``}select ${sql.join(columns)}`.execute(db);
    const row = answer[0] ?? {};
    rows = entries.map((_, i) => withoutPosition(row[`r${i}`] ?? []));
  }
  const out: Record<string, Record<string, unknown[]>> = Object.fromEntries(Object.keys(groups).map((g) => [g, {}]));
  entries.forEach((e, i) => (out[e.group]![e.name] = rows[i]!));
  return out as ReadGroupsTogether<G>;
}

/** One query's rows as a JSON array, in the query's own order when it has one. */
function aggregated(query: AnySelect) {
  const orderBy = query.toOperationNode().orderBy;
  if (!orderBy) return sql`select coalesce(json_agg(q), '[]'::json) from (${query}) as q`;
  // The `order by` node itself, so the window sorts by exactly the query's terms (and their nulls first or last).
  const numbered = query.select(sql<number>`row_number() over (${{ toOperationNode: () => orderBy }})`.as(POSITION));
  return sql`select coalesce(json_agg(q order by q.${sql.id(POSITION)}), '[]'::json) from (${numbered}) as q`;
}

function withoutPosition(rows: unknown[]): unknown[] {
  for (const r of rows) if (r !== null && typeof r === 'object' && POSITION in r) delete (r as Record<string, unknown>)[POSITION];
  return rows;
}

/**
 * Ids given, or a one-column query that finds them: a read keyed by the second can go in the same
 * statement as the read it would otherwise wait for (the children of a meeting, say).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table: only the one column of ids matters
export type IdList = readonly number[] | SelectQueryBuilder<any, any, Record<string, number>>;

/**
 * `column in (ids)`. Ids found by a subquery go to PostgreSQL as `= any(array(subquery))`: the
 * subquery is worked out once, first, and the column then looked up by its index for each id.
 * Given `in (subquery)` instead, the server may join the whole table to the subquery's answer (on
 * the decade, every one of 150,000 actions read to find the thirty of one meeting's children).
 * SQLite looks each id up by the index either way.
 */
export function idIn(db: Db, column: string, ids: IdList): RawBuilder<boolean> {
  if (Array.isArray(ids)) return sql<boolean>`${sql.ref(column)} in (${sql.join(ids as readonly number[])})`;
  const query = ids as Exclude<IdList, readonly number[]>;
  return engineOf(db) === 'postgres' ? sql<boolean>`${sql.ref(column)} = any(array(${query}))` : sql<boolean>`${sql.ref(column)} in (${query})`;
}

/** Whether there is nothing to look for (a subquery may find something: it is always asked). */
export function noIds(ids: IdList): boolean {
  return Array.isArray(ids) && ids.length === 0;
}
