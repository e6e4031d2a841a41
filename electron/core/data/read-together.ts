import { sql, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../db/db-type';
import { engineOf } from './dialect';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table, any selection: each query keeps its own row type
type AnySelect = SelectQueryBuilder<any, any, any>;
type RowsOf<Q> = Q extends SelectQueryBuilder<infer _DB, infer _TB, infer O> ? O[] : never;

/** Each query's rows, under its name. */
export type ReadTogether<Q extends Record<string, AnySelect>> = { [K in keyof Q]: RowsOf<Q[K]> };

/**
 * Several independent reads, sent as one statement where each statement is a round trip.
 *
 * On a team store every statement crosses the council's network, so a page that needs ten lists
 * waits for ten round trips (or for the pool's few connections to take turns). Here each query
 * becomes a column of one `select`: its rows as a JSON array (`json_agg` of the query as a
 * subquery), which the driver decodes. The columns the app stores are integers, real numbers and
 * text (dates, times and JSON are text; booleans 0/1), and JSON carries each of those back as the
 * driver would, so every row reads the same either way. A query's own order is kept: `json_agg`
 * over a sorted subquery with nothing else at its level takes the rows in that order.
 *
 * On the laptop's own file there is no network: each query simply runs, as it always did.
 * The queries must not depend on one another's answers (each is keyed by what the caller knows).
 */
export async function readTogether<Q extends Record<string, AnySelect>>(db: Db, queries: Q): Promise<ReadTogether<Q>> {
  const names = Object.keys(queries);
  if (engineOf(db) !== 'postgres' || names.length < 2) {
    const rows = await Promise.all(names.map((name) => queries[name]!.execute()));
    return Object.fromEntries(names.map((name, i) => [name, rows[i]])) as ReadTogether<Q>;
  }
  const columns = names.map((name) => sql`(select coalesce(json_agg(q), '[]'::json) from (${queries[name]!}) as q) as ${sql.ref(name)}`);
  const { rows } = await sql<Record<string, unknown[]>>`select ${sql.join(columns)}`.execute(db);
  const row = rows[0] ?? {};
  return Object.fromEntries(names.map((name) => [name, row[name] ?? []])) as ReadTogether<Q>;
}
