import type { SqliteCore as Core } from '../../../electron/core/core';
import type { ServiceContext } from '../../../electron/core/context';
import { contract, type ProcedureName } from '../../../shared/contract';
import { datasetNow } from '../dataset/spec';
import { loggedDb, type LoggedQuery } from './bench-core';
import type { BenchEnv } from './env';
import { explain } from './explain';
import { stepOf } from './sql-steps';
import { summarise } from './stats';
import { timed, timeLoop } from './timing';

/** Where one call's time goes: the service alone, SQLite per statement with the plan of each read, zod both ways. */
export interface CallProfile<P extends ProcedureName = ProcedureName> {
  procedure: P;
  label: string;
  /** Medians in milliseconds. */
  routerMs: number;
  serviceMs: number;
  statements: number;
  sqlMs: number;
  /** SQLite time per statement (by its SQL text), slowest first, with the plan of each read. */
  steps: { step: string; calls: number; ms: number; sql: string; plan: string[] }[];
  zodInputMs: number;
  zodOutputMs: number;
  /** Profile runs in which the service threw, and the first error. */
  failed: { runs: number; of: number; error: string | null };
}

export interface ProfiledCall<P extends ProcedureName> {
  procedure: P;
  label: string;
  routerMs: number;
  input: () => unknown;
  service: (ctx: ServiceContext, input: unknown) => Promise<unknown>;
  runs: number;
}

/**
 * Where one call's time goes: the real service over a Kysely that logs each
 * statement's SQLite time (on the core's own connection), grouped by SQL text, with
 * SQLite's plan for every read; then the router's zod checks timed alone.
 */
export async function profileCall<P extends ProcedureName>(env: BenchEnv, core: Core, call: ProfiledCall<P>): Promise<CallProfile<P>> {
  const logged = loggedDb(core);
  const ctx: ServiceContext = { db: logged.db, actor: 'bench', now: () => datasetNow() };
  const median = (xs: number[]) => summarise(xs).median;
  const service: number[] = [];
  const sqlTotals: number[] = [];
  const perSql = new Map<string, { ms: number[]; calls: number; last: LoggedQuery }>();
  const statements: number[] = [];
  let lastInput: unknown;
  let lastOutput: unknown;
  const failed = { runs: 0, of: 0, error: null as string | null };
  for (let i = -2; i < call.runs; i++) {
    logged.log.length = 0;
    const input = call.input();
    // A run that throws is timed to the throw, and its statements count: that is the work it did.
    const run = await timed(() =>
      call.service(ctx, input).then(
        (value) => ({ ok: true as const, value }),
        (err: unknown) => ({ ok: false as const, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }),
      ),
    );
    env.memory.sample();
    if (run.value.ok) {
      lastInput = input;
      lastOutput = run.value.value;
    }
    if (i < 0) continue;
    failed.of++;
    if (!run.value.ok) {
      failed.runs++;
      failed.error ??= run.value.error;
    }
    service.push(run.ms);
    statements.push(logged.log.length);
    sqlTotals.push(logged.log.reduce((sum, q) => sum + q.ms, 0));
    const sums = new Map<string, { ms: number; calls: number }>();
    for (const q of logged.log) {
      const key = q.sql.replace(/\s+/g, ' ').trim();
      const sum = sums.get(key) ?? { ms: 0, calls: 0 };
      sums.set(key, { ms: sum.ms + q.ms, calls: sum.calls + 1 });
      const entry = perSql.get(key) ?? { ms: [], calls: 0, last: q };
      entry.last = q;
      perSql.set(key, entry);
    }
    for (const [key, sum] of sums) {
      const entry = perSql.get(key)!;
      entry.ms.push(sum.ms);
      entry.calls = Math.max(entry.calls, sum.calls);
    }
  }
  const labels = new Map<string, number>();
  const steps = [...perSql.values()]
    .map(({ ms, calls, last }) => {
      const base = stepOf(last.sql);
      const n = (labels.get(base) ?? 0) + 1;
      labels.set(base, n);
      // A statement that did not run in every sample counts as 0 ms in the others.
      const padded = [...ms, ...Array<number>(Math.max(0, service.length - ms.length)).fill(0)];
      return {
        step: n === 1 ? base : `${base} (#${n})`,
        calls,
        ms: median(padded),
        sql: last.sql,
        plan: /^\s*select/i.test(last.sql) ? explain(core.store.sqlite, last.sql, last.parameters) : [],
      };
    })
    .sort((a, b) => b.ms - a.ms);
  const spec = contract[call.procedure];
  const loop = async (fn: () => unknown) => median(await timeLoop(fn, { warmup: 2, runs: call.runs, after: () => env.memory.sample() }));
  // Only a successful run has an answer to check; with none, the zod figures are left out (NaN).
  const zod = async (fn: () => unknown) => (lastOutput === undefined ? Number.NaN : loop(fn));
  return {
    procedure: call.procedure,
    label: call.label,
    routerMs: call.routerMs,
    serviceMs: median(service),
    statements: Math.round(median(statements)),
    sqlMs: median(sqlTotals),
    steps,
    zodInputMs: await zod(() => spec.input.safeParse(lastInput)),
    zodOutputMs: await zod(() => spec.output.safeParse(lastOutput)),
    failed,
  };
}
