import fs from 'node:fs';
import { sql, type Kysely } from 'kysely';
import type { Core } from '../../../electron/core/core';
import type { ServiceContext } from '../../../electron/core/context';
import type { Database } from '../../../electron/core/data/database';
import { engineOf } from '../../../electron/core/data/dialect';
import { figureParams } from '../../../electron/core/features/figures/figures';
import { countActionParts, countParts, countProceedings, countRag, type FigureParams } from '../../../electron/core/features/figures/repository';
import type { FiguresPeriod } from '../../../shared/schemas/figures';
import { datasetNow } from '../dataset/spec';
import { timingRow, type ResultRow } from '../report/rows';
import { summarise } from './stats';

/**
 * Each figure's query on its own, in processor time rather than on the wall clock: on a shared
 * machine the wall clock moves by a fifth from run to run, while the processor time says which
 * figure a change made cheaper. On SQLite the work is this process's; on PostgreSQL it is the
 * server's, so there each figure runs on one connection and the time is that connection's
 * server process's, read from /proc (the bench's server is on this computer; the kernel counts
 * it in ticks of 10 ms, so a figure reads as a multiple of 10).
 */
const FIGURES: readonly { id: string; label: string; count: (ctx: ServiceContext, p: FigureParams) => Promise<unknown> }[] = [
  { id: 'actions', label: 'actions (open, overdue and completed, by team and by owner)', count: (ctx, p) => countActionParts(ctx.db, p) },
  { id: 'timeliness', label: 'timeliness (Care Planning Meetings, panels, Child in Care reviews)', count: (ctx, p) => countParts(ctx.db, 'timeliness', p) },
  { id: 'rag', label: 'RAG over time', count: (ctx, p) => countRag(ctx.db, p) },
  { id: 'inCare', label: 'children in care', count: (ctx, p) => countParts(ctx.db, 'inCare', p) },
  { id: 'proceedings', label: 'weeks in care proceedings', count: (ctx, p) => countProceedings(ctx.db, p) },
  { id: 'drift', label: 'drift flags', count: (ctx, p) => countParts(ctx.db, 'drift', p) },
];

/** Milliseconds of processor time used so far: this process's, or a PostgreSQL connection's server process's. */
type Clock = () => number;

const ownClock: Clock = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** A server process's user and system time from /proc/<pid>/stat (fields 14 and 15, in ticks of 10 ms), or null when it is not on this computer. */
function serverClock(pid: number): Clock | null {
  const file = `/proc/${pid}/stat`;
  if (!fs.existsSync(file)) return null;
  return () => {
    const fields = fs.readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
}

export async function measureFigureProcessorTime(core: Core, period: FiguresPeriod, runs: number, group: string): Promise<ResultRow[]> {
  const db = core.store.db;
  if (engineOf(db) === 'sqlite') return timeEach(db, ownClock, period, runs, group);
  return db.connection().execute(async (one) => {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(one);
    const clock = serverClock(Number(rows[0]!.pid));
    return clock ? timeEach(one, clock, period, runs, group, ' (the server’s)') : [];
  });
}

async function timeEach(db: Kysely<Database>, clock: Clock, period: FiguresPeriod, runs: number, group: string, whose = ''): Promise<ResultRow[]> {
  const ctx: ServiceContext = { db, actor: 'bench', now: () => datasetNow() };
  const { params } = await figureParams(ctx, period);
  const rows: ResultRow[] = [];
  for (const figure of FIGURES) {
    await figure.count(ctx, params);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = clock();
      await figure.count(ctx, params);
      samples.push(clock() - before);
    }
    rows.push(timingRow(`figures.cpu.${figure.id}`, group, `processor time${whose}: ${figure.label}, all teams, a year`, summarise(samples)));
  }
  return rows;
}
