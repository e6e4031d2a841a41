import type pg from 'pg';
import type { Core } from '../../../electron/core/core';
import { callOk } from '../measure/bench-core';
import type { BenchEnv } from '../measure/env';
import { middleItem, type LiveMeeting } from '../measure/live-meeting';
import type { PeakMemory } from '../measure/memory';
import { summarise } from '../measure/stats';
import { timed } from '../measure/timing';
import { SAVE_EVERY_MS, slowest, typingDuring } from '../measure/typing-during';
import { TARGETS, timingRow, valueRow, type ResultRow } from '../report/rows';
import type { BenchLogin } from './store';
import { openBenchTeamCore } from './team-core';

const OPEN_GROUP = 'Open and migrate';
const TRACKER_GROUP = 'Tracker query (through the router, output checked by zod)';

async function signIn(person: BenchLogin, dayOffset = 0): Promise<Core> {
  const opened = await openBenchTeamCore(person, dayOffset);
  if (!('core' in opened)) throw new Error(opened.notRun);
  return opened.core;
}

/**
 * createTeamCore signed in as the bench's person, to a router that answers (the pool's first
 * connection with its password check, the schema version, who the login is and its roles), then
 * the first tracker query on that connection: the team store's rows for "open".
 */
export async function measurePgOpen(env: BenchEnv, person: BenchLogin): Promise<ResultRow[]> {
  env.memory.begin('sign in to the team store, first tracker query');
  const open: number[] = [];
  const firstQuery: number[] = [];
  for (let i = -env.config.warmup.open; i < env.config.runs.open; i++) {
    const opened = await timed(() => signIn(person));
    env.memory.sample();
    const query = await timed(() => callOk(opened.value, 'tracker.query', {}));
    env.memory.sample();
    await opened.value.close();
    if (i >= 0) {
      open.push(opened.ms);
      firstQuery.push(query.ms);
    }
  }
  return [
    timingRow('open.dataset', OPEN_GROUP, 'createCore on the dataset, to a usable router', summarise(open), TARGETS.open, 'createTeamCore: the sign-in (SCRAM over loopback, no TLS), the schema version, the person and roles of the login'),
    timingRow('open.firstTrackerQuery', OPEN_GROUP, 'first tracker.query after opening (cold connection)', summarise(firstQuery), undefined, 'a new connection; the server’s cache is warm'),
  ];
}

/**
 * The first tracker query of a new day recomputes every child, a batch at a time, while the
 * minute-taker keeps typing into the live meeting. Each sample signs in with the clock a day
 * further on than the last, so each finds the whole cache a day old (as on SQLite, where each
 * sample has its own copy of the file).
 */
export async function measurePgNewDay(env: BenchEnv, person: BenchLogin, admin: pg.Client, live: LiveMeeting): Promise<ResultRow[]> {
  env.memory.begin('first tracker query of a new day');
  const samples: number[] = [];
  const saves: number[] = [];
  let recomputed = 0;
  for (let i = 0; i < env.config.runs.newDay; i++) {
    const core = await signIn(person, i + 1);
    try {
      const { value: query, waits } = await typingDuring(core, middleItem(live), () => timed(() => callOk(core, 'tracker.query', {})));
      env.memory.sample();
      samples.push(query.ms);
      saves.push(...waits);
      recomputed = Number((await admin.query('select count(*) as n from child_tracking where computed_for > $1', [env.dataset.manifest.today])).rows[0].n);
    } finally {
      await core.close();
    }
  }
  return [
    timingRow('tracker.newDay', TRACKER_GROUP, 'first query of a new day (recomputes the cache)', summarise(samples), undefined, `${recomputed.toLocaleString('en-GB')} children recomputed, 500 per transaction; once a day, not a target`),
    timingRow('tracker.newDaySaves', TRACKER_GROUP, `  a typing save due meanwhile (every ${SAVE_EVERY_MS} ms): from due to answered`, summarise(saves), undefined, `${slowest(saves)}: a save waits for the batch in hand, never the whole pass`),
  ];
}

/** The peak resident memory of this process over the run: the core in-process, as the SQLite row (the server's memory is the server's). */
export function pgMemoryRow(memory: PeakMemory): ResultRow {
  const peak = memory.peak()!;
  const top = [...memory.phases].sort((a, b) => b.peakMb - a.peakMb).slice(1, 3);
  return valueRow(
    'memory.core',
    'Peak memory',
    'core in-process (this process, whole run)',
    'MB',
    peak.peakMb,
    TARGETS.peakMemory,
    `during: ${peak.phase} (after a full GC: RSS ${peak.afterGcMb.toFixed(0)} MB, live JS heap ${peak.heapAfterGcMb.toFixed(0)} MB); next: ${top.map((p) => `${p.phase} ${p.peakMb.toFixed(0)} MB`).join(', ')} (${memory.source}; includes the bench harness, not the server)`,
  );
}
