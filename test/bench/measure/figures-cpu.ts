import type { Core } from '../../../electron/core/core';
import type { ServiceContext } from '../../../electron/core/context';
import { engineOf } from '../../../electron/core/data/dialect';
import { figureParams } from '../../../electron/core/features/figures/figures';
import { countActionParts, countParts, countProceedings, type FigureParams } from '../../../electron/core/features/figures/repository';
import type { FiguresPeriod } from '../../../shared/schemas/figures';
import { datasetNow } from '../dataset/spec';
import { timingRow, type ResultRow } from '../report/rows';
import { summarise } from './stats';

/**
 * Each figure's query on its own, in this process's processor time rather than on the wall
 * clock: on a shared machine the wall clock moves by a fifth from run to run, while the
 * processor time says which figure a change made cheaper. SQLite only: on PostgreSQL the
 * work is the server's, which this process's clock does not see.
 */
const FIGURES: readonly { id: string; label: string; count: (ctx: ServiceContext, p: FigureParams) => Promise<unknown> }[] = [
  { id: 'actions', label: 'actions (open, overdue and completed, by team and by owner)', count: (ctx, p) => countActionParts(ctx.db, p) },
  { id: 'timeliness', label: 'timeliness (Care Planning Meetings, panels, Child in Care reviews)', count: (ctx, p) => countParts(ctx.db, 'timeliness', p) },
  { id: 'rag', label: 'RAG over time', count: (ctx, p) => countParts(ctx.db, 'rag', p) },
  { id: 'inCare', label: 'children in care', count: (ctx, p) => countParts(ctx.db, 'inCare', p) },
  { id: 'proceedings', label: 'weeks in care proceedings', count: (ctx, p) => countProceedings(ctx.db, p) },
  { id: 'drift', label: 'drift flags', count: (ctx, p) => countParts(ctx.db, 'drift', p) },
];

export async function measureFigureProcessorTime(core: Core, period: FiguresPeriod, runs: number, group: string): Promise<ResultRow[]> {
  const db = core.store.db;
  if (engineOf(db) !== 'sqlite') return [];
  const ctx: ServiceContext = { db, actor: 'bench', now: () => datasetNow() };
  const { params } = await figureParams(ctx, period);
  const rows: ResultRow[] = [];
  for (const figure of FIGURES) {
    await figure.count(ctx, params);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = process.cpuUsage();
      await figure.count(ctx, params);
      const used = process.cpuUsage(before);
      samples.push((used.user + used.system) / 1000);
    }
    rows.push(timingRow(`figures.cpu.${figure.id}`, group, `processor time: ${figure.label}, all teams, a year`, summarise(samples)));
  }
  return rows;
}
