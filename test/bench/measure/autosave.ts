import { performance } from 'node:perf_hooks';
import type { SqliteCore as Core } from '../../../electron/core/core';
import type { ServiceContext } from '../../../electron/core/context';
import { refreshTracking } from '../../../electron/core/data/tracking/refresh';
import { contract } from '../../../shared/contract';
import { workingCopy } from '../dataset/cache';
import { datasetNow, DATASET_TODAY } from '../dataset/spec';
import { TARGETS, timingRow, valueRow, type ResultRow } from '../report/rows';
import { bareConnection, loggedDb, openBenchCore, plainTwin, type LoggedQuery } from './bench-core';
import { explain } from './explain';
import { stepOf } from './sql-steps';
import { minutesRateCase, minutesSaveCase, ratingCase, type WriteCase } from './autosave-cases';
import { putBackInTheRoom } from './live-meeting';
import type { BenchEnv } from './env';
import { summarise } from './stats';
import { timeLoop } from './timing';

const GROUP = 'Autosave-sized write: router vs bare SQLite (encrypted, and plain)';

type BareDb = ReturnType<typeof bareConnection>['sqlite'];

export interface AutosaveProfile {
  procedure: string;
  /** Medians in milliseconds. */
  routerMs: number;
  bareMs: number;
  serviceMs: number;
  statements: number;
  sqlMs: number;
  /** SQLite time per kind of statement, slowest first, with the plan of each read. */
  steps: { step: string; ms: number; sql: string; plan: string[] }[];
  /** The tracker refresh for the one child, for a write that recomputes it; null for a typing save, which does not. */
  refreshOneChildMs: number | null;
  zodInputMs: number;
  zodOutputMs: number;
  /** The fsync at commit (synchronous=FULL): the bare write's time with it, minus without it. */
  commitSyncMs: number;
  pragmas: Record<string, unknown>;
}

/**
 * The same small write two ways, interleaved so both see the same WAL and disk
 * state: the router (zod in, the service's reads and guards, the write and its audit
 * row, zod out) and the same rows written directly on a second connection with the same
 * pragmas. The typing saves (minutes.save of a discussion, minutes.rate's reason) are made
 * on the dataset's latest 30-item Permanence Panel, put back in the room on the working copy.
 */
export async function measureAutosave(env: BenchEnv): Promise<{ rows: ResultRow[]; profiles: AutosaveProfile[] }> {
  const dir = workingCopy(env.dataset.dir, 'autosave');
  env.memory.begin('autosave-sized writes');
  const core = await openBenchCore(dir);
  const { sqlite: bare, pragmas } = bareConnection(core);
  const { probes } = env.dataset.manifest;
  const rows: ResultRow[] = [];
  const profiles: AutosaveProfile[] = [];
  let plain: ReturnType<typeof plainTwin> | undefined;
  try {
    const live = await putBackInTheRoom(core, probes.minutesMeetingId);
    const middle = Math.floor(live.items.length / 2);
    // The same rows written on an unencrypted twin of the file: what the encryption itself costs.
    plain = plainTwin(core, dir);
    const onPlain = [minutesSaveCase(plain.sqlite, live, middle), minutesRateCase(plain.sqlite, live, middle + 1), ratingCase(plain.sqlite, probes.autosaveChildId)];
    for (const [n, write] of [minutesSaveCase(bare, live, middle), minutesRateCase(bare, live, middle + 1), ratingCase(bare, probes.autosaveChildId)].entries()) {
      const router: number[] = [];
      const direct: number[] = [];
      const plainDirect: number[] = [];
      for (let i = -env.config.warmup.autosave; i < env.config.runs.autosave; i++) {
        // Alternate which goes first, so neither always meets the other's checkpoint.
        const order = i % 2 === 0 ? (['router', 'bare', 'plain'] as const) : (['plain', 'bare', 'router'] as const);
        for (const way of order) {
          // Each save sends text the other has not just written, as continued typing does (made before the clock starts: the page has it ready).
          const input = way === 'router' ? write.input(3 * i) : undefined;
          const t0 = performance.now();
          if (way === 'router') {
            const result = await core.router.call(write.procedure, input);
            if (!result.ok) throw new Error(`${write.procedure} failed: ${JSON.stringify(result.error)}`);
          } else if (way === 'bare') write.bare(3 * i + 1);
          else onPlain[n]!.bare(3 * i + 2);
          const ms = performance.now() - t0;
          env.memory.sample();
          if (i >= 0) (way === 'router' ? router : way === 'bare' ? direct : plainDirect).push(ms);
        }
      }
      const p = summarise(plainDirect);
      const r = summarise(router);
      const b = summarise(direct);
      const ratio = r.median / b.median;
      rows.push(
        timingRow(`autosave.${write.id}.router`, GROUP, write.routerLabel, r),
        timingRow(`autosave.${write.id}.bare`, GROUP, write.bareLabel, b),
        valueRow(
          `autosave.${write.id}.ratio`,
          GROUP,
          `${write.procedure}: router ÷ bare (medians)`,
          '×',
          ratio,
          write.autosave ? TARGETS.autosaveRatio : undefined,
          write.autosave
            ? `p95 ratio ${(r.p95 / b.p95).toFixed(2)}×; ${live.typeName} of ${live.date}, ${live.items.length} items, put back in the room`
            : `p95 ratio ${(r.p95 / b.p95).toFixed(2)}×; a deliberate save, not a typing autosave: shown for comparison`,
        ),
        timingRow(`autosave.${write.id}.barePlain`, GROUP, `${write.bareLabel}, on an unencrypted twin of the file`, p),
        valueRow(`autosave.${write.id}.ratioPlain`, GROUP, `${write.procedure}: router ÷ bare plain (medians)`, '×', r.median / p.median, undefined, 'the router on the encrypted file against the bare write on plain SQLite'),
        valueRow(`autosave.${write.id}.encryption`, GROUP, `${write.procedure}: the encryption's cost, bare encrypted ÷ bare plain (medians)`, '×', b.median / p.median),
      );
      if (write.autosave || ratio > TARGETS.autosaveRatio.limit) profiles.push(await profileWrite(env, core, bare, write, r.median, b.median, pragmas));
    }
  } finally {
    bare.close();
    plain?.close();
    await core.close();
  }
  return { rows, profiles };
}

const ROLLBACK = new Error('bench: roll back');

/** Where the router's extra time goes for one write. */
async function profileWrite(env: BenchEnv, core: Core, bare: BareDb, write: WriteCase, routerMs: number, bareMs: number, pragmas: Record<string, unknown>): Promise<AutosaveProfile> {
  const runs = env.config.runs.profile * 3;
  const median = (xs: number[]) => summarise(xs).median;
  const logged = loggedDb(core);
  const ctx: ServiceContext = { db: logged.db, actor: 'bench', now: () => datasetNow() };
  const perStep = new Map<string, { ms: number[]; last: LoggedQuery }>();
  let statements = 0;
  const sql: number[] = [];
  const service = await timeLoop((i) => write.service(ctx, 1000 + i), {
    warmup: 2,
    runs,
    after: () => {
      statements = logged.log.length;
      sql.push(logged.log.reduce((sum, q) => sum + q.ms, 0));
      const sums = new Map<string, number>();
      for (const q of logged.log) {
        const step = stepOf(q.sql);
        sums.set(step, (sums.get(step) ?? 0) + q.ms);
        perStep.set(step, { ms: perStep.get(step)?.ms ?? [], last: q });
      }
      for (const [step, ms] of sums) perStep.get(step)!.ms.push(ms);
      logged.log.length = 0;
    },
  });
  // The tracker refresh for the one child, in a transaction that is rolled back so no fsync is counted.
  const refresh: number[] = [];
  const childId = write.refreshesChild;
  for (let i = -2; childId !== null && i < runs; i++) {
    await logged.db
      .transaction()
      .execute(async (trx) => {
        const t0 = performance.now();
        await refreshTracking(trx, DATASET_TODAY, [childId]);
        if (i >= 0) refresh.push(performance.now() - t0);
        throw ROLLBACK;
      })
      .catch((err: unknown) => {
        if (err !== ROLLBACK) throw err;
      });
  }
  const spec = contract[write.procedure];
  const sample = await core.router.call(write.procedure, write.input(7));
  if (!sample.ok) throw new Error(`${write.procedure} failed: ${JSON.stringify(sample.error)}`);
  const zodIn = await timeLoop(() => spec.input.safeParse(write.input(7)), { warmup: 5, runs });
  const zodOut = await timeLoop(() => spec.output.safeParse(sample.value), { warmup: 5, runs });
  const synchronous = bare.pragma('synchronous', { simple: true });
  const full = await timeLoop((i) => write.bare(2000 + i), { warmup: 2, runs });
  bare.pragma('synchronous = NORMAL');
  const normal = await timeLoop((i) => write.bare(3000 + i), { warmup: 2, runs });
  bare.pragma(`synchronous = ${String(synchronous)}`);
  const steps = [...perStep]
    .map(([step, { ms, last }]) => ({ step, ms: median(ms), sql: last.sql, plan: /^\s*select/i.test(last.sql) ? explain(core.store.sqlite, last.sql, last.parameters) : [] }))
    .sort((a, b) => b.ms - a.ms);
  return {
    procedure: write.procedure,
    routerMs,
    bareMs,
    serviceMs: median(service),
    statements,
    sqlMs: median(sql),
    steps,
    refreshOneChildMs: refresh.length > 0 ? median(refresh) : null,
    zodInputMs: median(zodIn),
    zodOutputMs: median(zodOut),
    commitSyncMs: median(full) - median(normal),
    pragmas,
  };
}
