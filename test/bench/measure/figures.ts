import type { Core } from '../../../electron/core/core';
import { figureTables } from '../../../shared/figures/tables';
import { workingCopy } from '../dataset/cache';
import { DATASET_TODAY } from '../dataset/spec';
import { TARGETS, timingRow, type ResultRow } from '../report/rows';
import { callOk, openBenchCore } from './bench-core';
import { measureFigureProcessorTime } from './figures-cpu';
import type { BenchEnv } from './env';
import { summarise } from './stats';
import { timeLoop } from './timing';

const GROUP = 'Management figures';

/**
 * The Figures page's data (every figure, all teams, the year to the dataset's day) through
 * the router, as the page asks for it; one team's; then the Word report for the performance
 * meeting, charts rendered to pictures and the appendix naming the children behind drift.
 * On SQLite, each figure's query alone in processor time besides (figures-cpu.ts).
 */
export async function measureFigures(env: BenchEnv, opened?: Core): Promise<ResultRow[]> {
  env.memory.begin('figures: open the working copy');
  const core = opened ?? (await openBenchCore(workingCopy(env.dataset.dir, 'figures')));
  const year = { from: `${Number(DATASET_TODAY.slice(0, 4)) - 1}${DATASET_TODAY.slice(4, 10)}`, to: DATASET_TODAY };
  const runs = Math.max(5, Math.round(env.config.runs.tracker / 2));
  try {
    env.memory.begin('figures.get, all teams');
    let parts = 0;
    const all = await timeLoop(() => callOk(core, 'figures.get', year), {
      warmup: 2,
      runs,
      after: (out) => {
        parts = figureTables(out as never).reduce((n, t) => n + t.rows.length, 0);
        env.memory.sample();
      },
    });
    env.memory.begin('figures: each figure’s processor time');
    const perFigure = await measureFigureProcessorTime(core, { ...year, teamId: null }, runs, GROUP);
    const team = (await callOk(core, 'teams.list', {}))[0]!;
    env.memory.begin('figures.get, one team');
    const one = await timeLoop(() => callOk(core, 'figures.get', { ...year, teamId: team.id }), { warmup: 1, runs, after: () => env.memory.sample() });
    env.memory.begin('figures.exportDocx');
    let bytes = 0;
    const report = await timeLoop(() => callOk(core, 'figures.exportDocx', { ...year, withNames: true }), {
      warmup: 1,
      runs: Math.max(3, Math.round(runs / 3)),
      after: (out) => {
        bytes = Buffer.byteLength((out as { base64: string }).base64, 'base64');
        env.memory.sample();
      },
    });
    return [
      timingRow('figures.all', GROUP, 'figures.get: every figure, all teams, a year (the whole page’s data)', summarise(all), TARGETS.figures, `${year.from} to ${year.to}: ${parts} table rows`),
      timingRow('figures.team', GROUP, `figures.get: every figure for one team (${team.name}), a year`, summarise(one), TARGETS.figures),
      timingRow('figures.docx', GROUP, 'figures.exportDocx: the Word report, 8 charts as pictures, with the appendix', summarise(report), TARGETS.figuresReport, `${(bytes / 1024).toFixed(0)} KB .docx`),
      ...perFigure,
    ];
  } finally {
    if (!opened) await core.close({ backup: false });
  }
}
