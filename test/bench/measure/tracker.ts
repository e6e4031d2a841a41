import type { SqliteCore as Core } from '../../../electron/core/core';
import type { ProcedureInput } from '../../../shared/contract';
import { workingCopy } from '../dataset/cache';
import { TARGETS, timingRow, type ResultRow } from '../report/rows';
import { callOk, openBenchCore } from './bench-core';
import type { BenchEnv } from './env';
import { summarise } from './stats';
import { timed, timeLoop } from './timing';
import { middleItem, putBackInTheRoom } from './live-meeting';
import { SAVE_EVERY_MS, slowest, typingDuring } from './typing-during';
import { profileTracker, type TrackerProfile } from './tracker-profile';

const GROUP = 'Tracker query (through the router, output checked by zod)';

export interface TrackerVariant {
  id: string;
  label: string;
  input: ProcedureInput<'tracker.query'>;
}

export function trackerVariants(env: BenchEnv): TrackerVariant[] {
  const { probes } = env.dataset.manifest;
  return [
    { id: 'tracker.unfiltered', label: 'unfiltered (every open child)', input: {} },
    { id: 'tracker.team', label: `filtered by team (${probes.teamName})`, input: { teamId: probes.teamId } },
    { id: 'tracker.red', label: 'filtered by RAG red', input: { rag: 'red' } },
    { id: 'tracker.search', label: `filtered by search text “${probes.search}”`, input: { search: probes.search } },
    { id: 'tracker.overdue', label: 'overdue only', input: { overdueOnly: true } },
    // The screen asks for a page at a time as it scrolls; a page deep in the list must cost the same as the first.
    { id: 'tracker.deep', label: 'a page deep in the list (offset 8,000)', input: { offset: 8000 } },
  ];
}

export async function measureTracker(env: BenchEnv): Promise<{ rows: ResultRow[]; profiles: TrackerProfile[] }> {
  const dir = workingCopy(env.dataset.dir, 'tracker');
  const core = await openBenchCore(dir);
  const rows: ResultRow[] = [];
  const profiles: TrackerProfile[] = [];
  try {
    for (const variant of trackerVariants(env)) {
      env.memory.begin(`tracker.query ${variant.label}`);
      let returned = 0;
      let matched = 0;
      const samples = await timeLoop(() => callOk(core, 'tracker.query', variant.input), {
        warmup: env.config.warmup.tracker,
        runs: env.config.runs.tracker,
        after: (result) => {
          env.memory.sample();
          returned = (result as { rows: unknown[] }).rows.length;
          matched = (result as { matched: number }).matched;
        },
      });
      const row = timingRow(variant.id, GROUP, variant.label, summarise(samples), TARGETS.trackerQuery, `a page of ${returned.toLocaleString('en-GB')} rows; ${matched.toLocaleString('en-GB')} match`);
      rows.push(row);
      // Every variant is profiled when it misses; the unfiltered one always, as the reference.
      if (row.status === 'miss' || variant.id === 'tracker.unfiltered') {
        env.memory.begin(`profile of tracker.query ${variant.label}`);
        profiles.push(await profileTracker(env, core, variant, row.stats!.median));
      }
    }
    rows.push(...(await newDay(env)));
  } finally {
    await core.close();
  }
  return { rows, profiles };
}

/**
 * The first tracker query on a new day recomputes every child (dates like "overdue"
 * move with the calendar). Each sample needs its own copy, as the query rewrites the cache.
 * Meanwhile the minute-taker keeps typing (typingDuring).
 */
async function newDay(env: BenchEnv): Promise<ResultRow[]> {
  env.memory.begin('first tracker query of a new day');
  const samples: number[] = [];
  const saves: number[] = [];
  let recomputed = 0;
  for (let i = 0; i < env.config.runs.newDay; i++) {
    const dir = workingCopy(env.dataset.dir, 'new-day');
    const core: Core = await openBenchCore(dir, 1);
    try {
      const live = await putBackInTheRoom(core, env.dataset.manifest.probes.minutesMeetingId);
      const { value: query, waits } = await typingDuring(core, middleItem(live), () => timed(() => callOk(core, 'tracker.query', {})));
      env.memory.sample();
      samples.push(query.ms);
      saves.push(...waits);
      recomputed = Number((core.store.sqlite.prepare('select count(*) as n from child_tracking where computed_for > ?').get(env.dataset.manifest.today) as { n: number }).n);
    } finally {
      await core.close();
    }
  }
  return [
    timingRow('tracker.newDay', GROUP, 'first query of a new day (recomputes the cache)', summarise(samples), undefined, `${recomputed.toLocaleString('en-GB')} children recomputed, 500 per transaction; once a day, not a target`),
    timingRow('tracker.newDaySaves', GROUP, `  a typing save due meanwhile (every ${SAVE_EVERY_MS} ms): from due to answered`, summarise(saves), undefined, `${slowest(saves)}: a save waits for the batch in hand, never the whole pass`),
  ];
}
