import type { SqliteCore as Core } from '../../../electron/core/core';
import type { ServiceContext } from '../../../electron/core/context';
import { queryTracker } from '../../../electron/core/features/tracker/tracker-query';
import { contract } from '../../../shared/contract';
import { isIsoDate } from '../../../shared/domain/dates';
import type { TrackerResult } from '../../../shared/schemas/tracker';
import { datasetNow } from '../dataset/spec';
import { loggedDb, type LoggedQuery } from './bench-core';
import type { BenchEnv } from './env';
import { explain } from './explain';
import { stepOf } from './sql-steps';
import { summarise } from './stats';
import { timed, timeLoop } from './timing';
import type { TrackerVariant } from './tracker';
import { idsOnly, trackerResultPatternDates } from './what-if';

export interface TrackerProfile {
  variant: string;
  label: string;
  rows: number;
  /** Medians, in milliseconds, of each step of one tracker.query. */
  routerMs: number;
  serviceMs: number;
  sql: { step: string; ms: number; sql: string; plan: string[] }[];
  zodInputMs: number;
  zodOutputMs: number;
  /** Share of the output check spent proving ISO dates are real dates (isIsoDate builds a Date for each). */
  isoDateChecks: { dates: number; ms: number };
  /** What browser mode and IPC then do with the answer. */
  json: { bytes: number; stringifyMs: number; parseMs: number };
  /** The same work done the cheaper ways recommended, for scale. */
  whatIf: { rowsAsArraysMs?: number; idsOnlySortedMs?: number; zodPatternDatesMs: number };
}

/**
 * Where the time of one tracker.query goes: the real service over a Kysely that logs
 * each statement's time (on the core's own connection), then the router's zod checks
 * and the transport's JSON, each timed alone, and SQLite's plan for every statement.
 */
export async function profileTracker(env: BenchEnv, core: Core, variant: TrackerVariant, routerMs: number): Promise<TrackerProfile> {
  const logged = loggedDb(core);
  const ctx: ServiceContext = { db: logged.db, actor: 'bench', now: () => datasetNow() };
  const spec = contract['tracker.query'];
  const input = spec.input.parse(variant.input);
  const runs = env.config.runs.profile;
  const service: number[] = [];
  const perStep = new Map<string, { ms: number[]; last: LoggedQuery }>();
  let result: TrackerResult | undefined;
  for (let i = -2; i < runs; i++) {
    logged.log.length = 0;
    const run = await timed(() => queryTracker(ctx, input));
    env.memory.sample();
    result = run.value;
    if (i < 0) continue;
    service.push(run.ms);
    const sums = new Map<string, number>();
    for (const q of logged.log) {
      const step = stepOf(q.sql);
      sums.set(step, (sums.get(step) ?? 0) + q.ms);
      const entry = perStep.get(step) ?? { ms: [], last: q };
      entry.last = q;
      perStep.set(step, entry);
    }
    for (const [step, ms] of sums) perStep.get(step)!.ms.push(ms);
  }
  const answer = result!;
  const median = (xs: number[]) => summarise(xs).median;
  const loop = async (fn: () => unknown) => median(await timeLoop(fn, { warmup: 2, runs, after: () => env.memory.sample() }));
  const sql = [...perStep].map(([step, { ms, last }]) => ({
    step,
    ms: median(ms),
    sql: last.sql,
    plan: /^\s*select/i.test(last.sql) ? explain(core.store.sqlite, last.sql, last.parameters) : [],
  }));
  const rowsQuery = perStep.get('tracker rows: join, filter, sort')?.last;
  const dates = answer.rows.flatMap((r) => [r.proceedingsIssued, r.week26Date, r.ragDate, r.lastDiscussed?.date ?? null, r.nextDue?.date ?? null]).filter((d): d is string => d !== null);
  const json = JSON.stringify({ ok: true, value: answer });
  const sqlite = core.store.sqlite;
  const ids = rowsQuery ? idsOnly(rowsQuery.sql) : undefined;
  return {
    variant: variant.id,
    label: variant.label,
    rows: answer.rows.length,
    routerMs,
    serviceMs: median(service),
    sql,
    zodInputMs: await loop(() => spec.input.safeParse(variant.input)),
    zodOutputMs: await loop(() => spec.output.safeParse(answer)),
    isoDateChecks: { dates: dates.length, ms: await loop(() => dates.every(isIsoDate)) },
    json: { bytes: Buffer.byteLength(json), stringifyMs: await loop(() => JSON.stringify({ ok: true, value: answer })), parseMs: await loop(() => JSON.parse(json)) },
    whatIf: {
      rowsAsArraysMs: rowsQuery ? await loop(() => sqlite.prepare(rowsQuery.sql).raw(true).all(...rowsQuery.parameters)) : undefined,
      idsOnlySortedMs: rowsQuery && ids ? await loop(() => sqlite.prepare(ids).all(...rowsQuery.parameters)) : undefined,
      zodPatternDatesMs: await loop(() => trackerResultPatternDates.safeParse(answer)),
    },
  };
}
