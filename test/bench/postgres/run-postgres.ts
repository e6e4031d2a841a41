import os from 'node:os';
import path from 'node:path';
import type { Core } from '../../../electron/core/core';
import type { BenchConfig } from '../config';
import { ensureDataset } from '../dataset/ensure';
import { datasetSummary } from '../report/dataset-summary';
import type { BenchEnv } from '../measure/env';
import { PeakMemory } from '../measure/memory';
import { collectGarbage } from '../measure/timing';
import { runHeader, runReport, writeReport, type BenchReport } from '../report/json';
import { NOT_MEASURED_YET, skippedRow, valueRow, type ResultRow } from '../report/rows';
import { renderTable } from '../report/table';
import { measurePgAutosave } from './autosave';
import { NOT_YET_ON_POSTGRES, readSqliteReport, sideBySide } from './compare';
import { measureLiveAcross } from './live-across';
import { putBackInTheRoomPg } from './live-meeting';
import { measurePgReads } from './reads';
import { prepareTeamStore, SERVER } from './store';
import { openBenchTeamCore } from './team-core';

const COPY_GROUP = 'The team store: copy-from of the dataset (PostgreSQL over loopback)';

/**
 * `npm run bench -- --engine postgres`: the decade dataset (built or reused as for SQLite) copied into
 * a team store on the server given (the throwaway cluster pg_virtualenv starts), then the bench's rows
 * through `createTeamCore` signed in as one person holding every group role. Writes
 * bench-postgres-<time>.json and latest-postgres.json, and prints both engines' rows side by side.
 */
export async function runPostgresBench(config: BenchConfig, script: string): Promise<void> {
  const started = new Date();
  const loadAtStart = os.loadavg();
  const log = (line: string) => console.log(line);
  if (!globalThis.gc) log('Note: run with --expose-gc (npm run bench does) so each phase starts after a garbage collection.');
  const dataset = ensureDataset(config, script, log);
  log(datasetSummary(dataset.manifest));

  const memory = new PeakMemory();
  const env: BenchEnv = { config, dataset, memory, log };
  const rows: ResultRow[] = [];
  log(`\nEngine: PostgreSQL at ${SERVER.host}:${SERVER.port}, over loopback without TLS.`);
  const store = await prepareTeamStore(dataset.dir, log);
  let core: Core | null = null;
  try {
    const { copy } = store;
    rows.push(
      valueRow('teamStore.copyFrom', COPY_GROUP, `copy-from: ${copy.copies.length} tables, ${copy.rows.toLocaleString('en-GB')} rows, one transaction`, 's', copy.ms / 1000, undefined,
        `counts and checksums equal on every table; peak RSS of this process during the copy ${copy.rssPeakMb.toFixed(0)} MB (${copy.rssBeforeMb.toFixed(0)} MB before)`),
    );
    const version = await store.client('admin');
    try {
      const server = (await version.query('show server_version')).rows[0] as { server_version: string };
      log(`PostgreSQL ${server.server_version}; copy-from took ${(copy.ms / 1000).toFixed(1)} s for ${copy.rows.toLocaleString('en-GB')} rows.`);
    } finally {
      await version.end();
    }

    const opened = await openBenchTeamCore(store.person);
    core = 'core' in opened ? opened.core : null;
    const notRun = 'notRun' in opened ? opened.notRun : '';
    if (!core) log(`The team store core: ${notRun}. The bare writes run; the rows through the router are reported as not run.`);

    collectGarbage();
    memory.start();
    const admin = await store.client('admin');
    const bare = await store.client('person');
    try {
      const live = await putBackInTheRoomPg(admin, store.admin, dataset.manifest.probes.minutesMeetingId);
      log('Measuring autosave-sized writes…');
      rows.push(...(await measurePgAutosave(env, core, notRun, bare, live)));
      log('Measuring the tracker, search, the minutes workspace and the action list…');
      rows.push(...(await measurePgReads(env, core, notRun, live)));
      log('Measuring a save on one laptop seen on another…');
      rows.push(...(await measureLiveAcross(env, core, notRun, store.person, live)));
    } finally {
      await bare.end();
      await admin.end();
      memory.stop();
    }
    for (const n of NOT_YET_ON_POSTGRES) rows.push(skippedRow(`${n.id}.postgres`, n.group, n.label, n.why));
  } finally {
    await core?.close({ backup: false });
    await store.drop();
  }

  const report: BenchReport = {
    ...runReport({ engine: 'postgres', started, loadAtStart, quick: config.quick, dataset, rows }),
    profiles: { tracker: [], autosave: [], memory: memory.phases },
    notMeasuredYet: NOT_MEASURED_YET,
  };
  for (const line of runHeader(report)) log(line);
  log(renderTable(rows));
  log(`
What the autosave lines compare on PostgreSQL:
  router  the same call as on SQLite, through createTeamCore signed in as one person holding all five group roles.
  bare    the same rows written in one transaction with named prepared statements on a plain pg client signed in
          as the same person (so the same grants and triggers: the audit actor, the search vector and its GIN
          index), over the same loopback. Samples alternate between the two. Ratio = router ÷ bare, medians.`);
  const sqlite = readSqliteReport(config.resultsDir);
  log(`\nBoth engines, for the README (SQLite from ${sqlite ? `the run of ${sqlite.startedAt}` : 'no SQLite run in the results folder: run npm run bench first'}; timings are p95):\n`);
  log(sideBySide(sqlite, rows.filter((r) => !NOT_YET_ON_POSTGRES.some((n) => r.id === `${n.id}.postgres`)), NOT_YET_ON_POSTGRES));
  const file = writeReport(config.resultsDir, report);
  log(`\n${report.summary.pass} passed, ${report.summary.miss} missed, ${report.summary.fail} failed, ${report.summary.skipped} not run · ${report.durationSeconds} s · written to ${path.relative(process.cwd(), file)} and latest-postgres.json`);
}
