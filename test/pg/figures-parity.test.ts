import { strFromU8, unzipSync } from 'fflate';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/domain/dates';
import { figureTables } from '../../shared/figures/tables';
import type { ServiceContext } from '../../electron/core/context';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { openTeamStore } from '../../electron/core/db/postgres';
import type { Database } from '../../electron/core/db/schema';
import { childrenBehind, childrenBehindEach, getFigures } from '../../electron/core/features/figures/figures';
import { exportFiguresCsv, exportFiguresDocx } from '../../electron/core/features/figures/figures-export';
import { copyFromLaptop } from '../../electron/core/team-store/copy-from';
import { testCore, type TestCore } from '../unit/support/core';
import { council } from '../unit/support/figures-council';
import { adminAddress, freshTeamStore } from './support/pg';

/*
 * The management figures on PostgreSQL give exactly the answers SQLite gives: the same data is
 * built on a laptop through the real core, copied into a fresh team store, and every figure,
 * table, report and list of children behind a number is worked out on both and compared.
 */

interface Period {
  from: IsoDate;
  to: IsoDate;
}

const context = (db: Kysely<Database>, now: Date): ServiceContext => ({ db, actor: 'Parity Test', now: () => now });

/** The Word report's body, a line per element, without the drawing numbers the Word library hands out as it goes. */
function docxText(base64: string): string[] {
  return strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/document.xml']!)
    .replace(/(<wp:docPr id=)"\d+"/g, '$1""')
    .split(/(?<=>)(?=<)/);
}

/** Every answer the figures give for these periods, for all teams and each team. */
async function everything(ctx: ServiceContext, periods: readonly Period[]) {
  const teams = await ctx.db.selectFrom('teams').select('id').orderBy('id').execute();
  const out: Record<string, unknown> = {};
  for (const period of periods) {
    for (const teamId of [null, ...teams.map((t) => t.id)]) {
      const key = `${period.from}..${period.to} team ${teamId ?? 'all'}`;
      const input = { ...period, teamId };
      const figures = await getFigures(ctx, input);
      const tables = figureTables(figures);
      const parts = [...new Set(tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.part)).filter((p): p is string => Boolean(p))))].sort();
      // The children behind a number: a set (the tracker lists them in its own order).
      const behind: Record<string, number[]> = {};
      for (const part of parts) behind[part] = (await childrenBehind(ctx, { part, ...input })).sort((a, b) => a - b);
      const each = await childrenBehindEach(ctx, parts, input);
      const behindEach = Object.fromEntries([...each].map(([part, ids]) => [part, [...ids].sort((a, b) => a - b)]));
      const csv: Record<string, unknown> = {};
      for (const table of tables) csv[table.id] = await exportFiguresCsv(ctx, { ...input, table: table.id });
      const docx = await exportFiguresDocx(ctx, { ...input, withNames: true });
      out[key] = { figures, tables, behind, behindEach, csv, docx: { fileName: docx.fileName, text: docxText(docx.base64) } };
    }
  }
  return out;
}

/** Works everything out on the laptop, copies the laptop into a fresh team store and works it out again there. */
async function onBothEngines(core: TestCore, now: Date, periods: readonly Period[]) {
  const onSqlite = await everything(context(core.store.db, now), periods);
  await core.close({ backup: false });
  const database = await freshTeamStore();
  await copyFromLaptop(core.dataDir, adminAddress(database));
  const store = await openTeamStore(adminAddress(database), LATEST_SCHEMA_VERSION);
  try {
    const onPostgres = await everything(context(store.db, now), periods);
    return { onSqlite, onPostgres };
  } finally {
    await store.close();
  }
}

/** Counts what was compared, so a parity that compared nothing fails. */
function numbersIn(answers: Record<string, unknown>): number {
  return JSON.stringify(answers).match(/"n":\d+|"onTime":\d+|"red":\d+/g)?.length ?? 0;
}

describe('management figures: the same answers on PostgreSQL as on SQLite', () => {
  it('on the council made by hand: every figure, table, report and child behind a number, all teams and each team, several periods', { timeout: 600_000 }, async () => {
    const c = await council();
    const periods = [
      { from: '2026-04-01', to: '2026-09-30' },
      { from: '2025-10-01', to: '2026-09-30' },
      { from: '2026-05-01', to: '2026-05-31' },
      { from: '2026-07-01', to: '2026-12-31' },
      { from: '2024-01-31', to: '2026-02-28' },
    ];
    const { onSqlite, onPostgres } = await onBothEngines(c.core, new Date('2026-10-15T10:00:00Z'), periods);
    expect(Object.keys(onSqlite)).toHaveLength(periods.length * 3);
    expect(numbersIn(onSqlite)).toBeGreaterThan(100);
    for (const key of Object.keys(onSqlite)) expect(onPostgres[key], key).toEqual(onSqlite[key]);
  });

  it('on the demo council: the same, a year, half a year and five years', { timeout: 900_000 }, async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const core = await testCore({ now: () => now });
    await core.ok('demo.load');
    const periods = [
      { from: '2025-12-01', to: '2026-11-30' },
      { from: '2026-04-01', to: '2026-09-30' },
      { from: '2021-11-01', to: '2026-11-22' },
    ];
    const { onSqlite, onPostgres } = await onBothEngines(core, now, periods);
    expect(Object.keys(onSqlite)).toHaveLength(periods.length * 5);
    for (const key of Object.keys(onSqlite)) expect(onPostgres[key], key).toEqual(onSqlite[key]);
  });
});
