import { openSqliteFile } from '../../electron/core/db/sqlite-file';
import { CompiledQuery, Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteLocalDay } from '../../electron/core/features/figures/repository/local-day';

// A zone with changes of the clocks, for both this process's dates and SQLite's 'localtime' (both read TZ).
const before = process.env.TZ;
process.env.TZ = 'Europe/London';
afterAll(() => {
  if (before === undefined) delete process.env.TZ;
  else process.env.TZ = before;
});

describe("the figures' local day of a timestamp on SQLite", () => {
  it("is SQLite's own date(…, 'localtime') for every minute either side of each change of the clocks, and outside the span", async () => {
    const db = new Kysely<Record<string, never>>({ dialect: new SqliteDialect({ database: openSqliteFile(':memory:', { key: null }) }) });
    const stamps: string[] = ['2019-06-01T12:00:00.000Z', '2030-01-01T00:30:00.000Z', '2025-03-30 00:59:00', '2025-10-26T00:59:59Z'];
    // The last Sundays of March and October 2024 and 2025, 00:00 to 03:00 UTC, a minute at a time.
    for (const day of ['2024-03-31', '2024-10-27', '2025-03-30', '2025-10-26', '2024-06-30', '2025-12-31'])
      for (let m = 0; m < 180; m++) for (const s of [0, 59]) stamps.push(new Date(Date.parse(`${day}T00:00:00.000Z`) + m * 60_000 + s * 1000).toISOString());
    await db.executeQuery(CompiledQuery.raw('create table t (ts text)'));
    for (const ts of stamps) await sql`insert into t (ts) values (${ts})`.execute(db);
    const quick = sqliteLocalDay(sql.ref('t.ts'), { from: '2024-01-01', to: '2025-12-31' });
    const { rows } = await sql<{ ts: string; quick: string; slow: string }>`select t.ts, ${quick} as quick, date(t.ts, 'localtime') as slow from t`.execute(db);
    expect(rows).toHaveLength(stamps.length);
    expect(rows.filter((r) => r.quick !== r.slow)).toEqual([]);
    // The zone really changes: 23:30 UTC on a summer night is already the next day in London.
    const { rows: summer } = await sql<{ d: string }>`select ${sqliteLocalDay(sql`${'2025-07-01T23:30:00.000Z'}`, { from: '2024-01-01', to: '2025-12-31' })} as d`.execute(db);
    expect(summer[0]?.d).toBe('2025-07-02');
    await db.destroy();
  });
});
