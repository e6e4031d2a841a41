import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { readTogether } from '../../electron/core/data/read-together';
import type { Database } from '../../electron/core/data/database';
import { connectPool, postgresDb } from '../../electron/core/db/postgres';
import { adminAddress, freshTeamStore } from './support/pg';

/**
 * Several reads sent as one statement on a team store must answer exactly as each read alone:
 * the same rows, in each query's own order (ties broken as the query breaks them), and nothing
 * the statement adds to keep that order. Checked against the driver's answer to each query.
 */

let pool: pg.Pool;
let db: Kysely<Database>;

beforeAll(async () => {
  const database = await freshTeamStore();
  ({ pool } = await connectPool(adminAddress(database)));
  db = postgresDb(pool);
  // Names that sort otherwise than the ids (and repeat), some archived, some not: stored in id order.
  const rows = Array.from({ length: 240 }, (_, i) => ({
    name: `Team ${String((i * 37) % 60).padStart(2, '0')}`,
    archived_at: i % 3 === 0 ? `2026-0${1 + (i % 9)}-01T00:00:00Z` : null,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  }));
  await db.insertInto('teams').values(rows).execute();
}, 60_000);

afterAll(async () => {
  await pool?.end();
});

describe('readTogether on PostgreSQL', () => {
  it('gives each query its own rows in its own order, as one statement', async () => {
    const queries = {
      byArchivedThenName: db.selectFrom('teams as t').select(['t.id', 't.name', 't.archived_at']).orderBy('t.archived_at').orderBy('t.name', 'desc').orderBy('t.id', 'desc'),
      // Sorted by a table's column under an alias of the join, not by the name it is answered under.
      withManagers: db.selectFrom('teams as t').leftJoin('people as p', 'p.id', 't.team_manager_id').select(['t.id', 'p.name as manager']).orderBy('t.name').orderBy('t.id'),
      // Sorted by a column it does not answer with.
      idsByName: db.selectFrom('teams').select('id').orderBy('name', 'desc').orderBy('id'),
      unsorted: db.selectFrom('teams').select(['id', 'name']).where('name', '=', 'Team 07'),
      nothing: db.selectFrom('teams').select('id').where('id', '<', 0).orderBy('id'),
    };
    const together = await readTogether(db, queries);
    expect(together.byArchivedThenName).toEqual(await queries.byArchivedThenName.execute());
    expect(together.withManagers).toEqual(await queries.withManagers.execute());
    expect(together.idsByName).toEqual(await queries.idsByName.execute());
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
    expect([...together.unsorted].sort(byId)).toEqual((await queries.unsorted.execute()).sort(byId));
    expect(together.unsorted.length).toBeGreaterThan(0);
    expect(together.nothing).toEqual([]);
    // The orders really differ from the rows' stored order, so keeping it is not luck.
    expect(together.idsByName.map((r) => r.id)).not.toEqual([...together.idsByName.map((r) => r.id)].sort((a, b) => a - b));
  });
});
