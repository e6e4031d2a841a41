import { performance } from 'node:perf_hooks';
import { listActions } from '../../../electron/core/features/actions/list';
import { minutesDetail } from '../../../electron/core/features/minutes/detail';
import { searchMinutes } from '../../../electron/core/features/minutes/search';
import { contract, type ProcedureInput, type ProcedureName, type ProcedureOutput } from '../../../shared/contract';
import { workingCopy } from '../dataset/cache';
import type { SearchProbe } from '../dataset/describe';
import { TARGETS, timingRow, type ResultRow, type Target } from '../report/rows';
import { callOk, openBenchCore } from './bench-core';
import { profileCall, type CallProfile } from './call-profile';
import type { BenchEnv } from './env';
import { putBackInTheRoom } from './live-meeting';
import { searchWhatIf, type SearchWhatIf } from './search-what-if';
import { summarise } from './stats';
import { ms } from '../report/format';

const SEARCH_GROUP = 'Full-text search of the minutes (search.minutes through the router)';
const MINUTES_GROUP = 'The minute-taker’s workspace and the action list (through the router)';

export interface MinutesReport {
  profiles: CallProfile[];
  searchWhatIf: SearchWhatIf[];
}

interface Variant<P extends ProcedureName> {
  id: string;
  group: string;
  label: string;
  procedure: P;
  input: ProcedureInput<P>;
  target: Target;
  note: (out: ProcedureOutput<P>) => string;
  service: Parameters<typeof profileCall<P>>[2]['service'];
}

/**
 * Search, the minutes workspace and the action list on the decade of data, each on the
 * same working copy with the dataset's latest 30-item Permanence Panel put back in the
 * room (so minutes.get is the reopen of a live meeting). Each is profiled when it misses
 * its target; a missed search is also compared with cheaper forms of its query. The note
 * gives the CPU time per call beside the wall-clock figures of the row.
 */
export async function measureMinutes(env: BenchEnv): Promise<{ rows: ResultRow[]; report: MinutesReport }> {
  const dir = workingCopy(env.dataset.dir, 'minutes');
  env.memory.begin('minutes: open the working copy, meeting back in the room');
  const core = await openBenchCore(dir);
  const { probes } = env.dataset.manifest;
  const rows: ResultRow[] = [];
  const report: MinutesReport = { profiles: [], searchWhatIf: [] };
  try {
    const live = await putBackInTheRoom(core, probes.minutesMeetingId);
    const s = probes.minutesSearch;
    const hits = (out: ProcedureOutput<'search.minutes'>) => `${out.length} hits shown`;
    const search = (id: string, what: string, probe: SearchProbe): Variant<'search.minutes'> => ({
      id: `search.${id}`,
      group: SEARCH_GROUP,
      label: `${what}: “${probe.query}”`,
      procedure: 'search.minutes',
      input: { query: probe.query },
      target: TARGETS.fullTextSearch,
      note: (out) => `${hits(out)}; the words are in ${probe.fields.toLocaleString('en-GB')} fields of the index${id === 'surname' || id === 'caseRef' ? ', and the name or reference is matched by LIKE on the children at meetings' : ''}`,
      service: (ctx, input) => searchMinutes(ctx, contract['search.minutes'].input.parse(input)),
    });
    const actions = (id: string, label: string, input: ProcedureInput<'actions.list'>): Variant<'actions.list'> => ({
      id: `actions.${id}`,
      group: MINUTES_GROUP,
      label: `actions.list: ${label}`,
      procedure: 'actions.list',
      input,
      target: TARGETS.actionList,
      note: (out) => `a page of ${out.rows.length} of ${out.total.toLocaleString('en-GB')} actions`,
      service: (ctx, i) => listActions(ctx, contract['actions.list'].input.parse(i)),
    });
    const variants: (Variant<'search.minutes'> | Variant<'minutes.get'> | Variant<'actions.list'>)[] = [
      search('common', 'a common word', s.common),
      search('rare', 'a rare word', s.rare),
      search('phrase', 'a two-word phrase', s.phrase),
      search('surname', 'a child’s surname', s.surname),
      search('caseRef', 'a case reference', s.caseRef),
      {
        id: 'minutes.get',
        group: MINUTES_GROUP,
        label: `minutes.get: reopen a live ${live.items.length}-item Permanence Panel`,
        procedure: 'minutes.get',
        input: { id: live.id },
        target: TARGETS.minutesGet,
        note: (out) =>
          `${live.date}: ${out.items.length} items, ${out.items.reduce((n, i) => n + i.glance.length, 0)} children, ${out.items.reduce((n, i) => n + Object.keys(i.values).length, 0)} fields of minutes, ` +
          `${out.items.reduce((n, i) => n + i.actions.length, 0)} actions agreed, ${out.items.reduce((n, i) => n + i.earlierActions.length, 0)} earlier actions to review, ${out.attendance.length} attending`,
        service: (ctx, input) => minutesDetail(ctx, contract['minutes.get'].input.parse(input).id),
      },
      actions('open', 'open actions, soonest due first (the default view)', {}),
      actions('owner', `open actions of one owner (${probes.actionOwnerName})`, { ownerId: probes.actionOwnerId }),
      actions('overdue', 'overdue actions', { overdue: true }),
      actions('team', `open actions for one team’s children (${probes.actionTeamName})`, { teamId: probes.actionTeamId }),
    ];

    for (const v of variants) {
      env.memory.begin(`${v.procedure} ${v.label}`);
      let last: unknown;
      const { wall, cpu } = await timeWithCpu(() => callOk(core, v.procedure, v.input as never), env.config.warmup.tracker, env.config.runs.tracker, (out) => {
        env.memory.sample();
        last = out;
      });
      const c = summarise(cpu);
      const note = `${(v.note as (out: unknown) => string)(last)}; CPU time per call: median ${ms(c.median)}, p95 ${ms(c.p95)}`;
      const row = timingRow(v.id, v.group, v.label, summarise(wall), v.target, note);
      rows.push(row);
      if (row.status !== 'pass') {
        env.memory.begin(`profile of ${v.procedure} ${v.label}`);
        report.profiles.push(
          await profileCall(env, core, {
            procedure: v.procedure,
            label: v.label,
            routerMs: row.stats!.median,
            input: () => v.input,
            service: v.service as (ctx: Parameters<typeof v.service>[0], input: unknown) => Promise<unknown>,
            runs: env.config.runs.profile,
          }),
        );
        if (v.procedure === 'search.minutes') report.searchWhatIf.push(await searchWhatIf(env, core, (v.input as { query: string }).query));
      }
    }
  } finally {
    await core.close();
  }
  return { rows, report };
}


/**
 * Wall-clock time per call, and the CPU time this process spent in it (process.cpuUsage,
 * user + system). On a machine busy with other work the two part: the difference is time
 * the call waited for a CPU, which is the machine's, not the code's.
 */
async function timeWithCpu(fn: () => Promise<unknown>, warmup: number, runs: number, after: (out: unknown) => void): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = -warmup; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = await fn();
    const w = performance.now() - t0;
    const used = process.cpuUsage(c0);
    after(out);
    if (i < 0) continue;
    wall.push(w);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}
