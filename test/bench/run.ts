import os from 'node:os';
import path from 'node:path';
import { buildDataset } from './build-dataset';
import { readConfig, USAGE } from './config';
import { datasetDir, removeWorkingCopies } from './dataset/cache';
import { measureImportPreview } from './measure/import-preview';
import { ensureDataset } from './dataset/ensure';
import { measureAgenda, type AgendaReport } from './measure/agenda';
import { measureAutosave } from './measure/autosave';
import { KEY_ENV } from '../../electron/core/db/data-key';
import { measureBrowser } from './measure/browser';
import { measureMinutes, type MinutesReport } from './measure/minutes';
import { measureDataSafety } from './measure/data-safety';
import { measureExports } from './measure/exports';
import { measureFigures } from './measure/figures';
import type { BenchEnv } from './measure/env';
import { PeakMemory } from './measure/memory';
import { measureOpen } from './measure/open';
import { collectGarbage } from './measure/timing';
import { measureTracker } from './measure/tracker';
import { datasetSummary } from './report/dataset-summary';
import { runHeader, runReport, writeReport, type BenchReport } from './report/json';
import { renderAutosaveProfile, renderCallProfile, renderSearchWhatIf, renderTrackerProfile } from './report/profiles';
import { NOT_MEASURED_YET, TARGETS, valueRow, type ResultRow } from './report/rows';
import { renderTable } from './report/table';
import { rerunUnderThrowawayCluster } from './postgres/cluster';
import { runPostgresBench } from './postgres/run-postgres';

const AUTOSAVE_EXPLAINED = `
What the autosave lines compare:
  router  what the app does on a save: zod checks the input; the service reads the item, its meeting, type and
          children (the guards), reads the stored value, writes the new one and its audit row (folded into the
          newest row during a spell of typing), in one transaction; zod checks the output. minutes.save types an
          item's discussion on a meeting in the room; minutes.rate types a rating's reason. ratings.create also
          recomputes the child's tracker row (a deliberate save, shown for comparison).
  bare    the same rows written in one transaction with prepared statements on a second better-sqlite3
          connection to the same file (for minutes.save: the minute_fields upsert with its search text, whose
          trigger updates the search index; the audit row read and folded or inserted), with the pragmas read
          from the core's connection, so both pay the same fsync at commit. Samples alternate between the two,
          and each sends text the other has not just written. Ratio = router ÷ bare, medians.`;

/**
 * `npm run bench`: a decade of a large council's data, and how the parts of
 * Panelroom that exist today perform on it. See config.ts for the options.
 */
async function main(): Promise<void> {
  // The dataset is encrypted like the app's data; every copy the bench opens finds its key here.
  process.env[KEY_ENV] ??= 'be'.repeat(32);
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) return void console.log(USAGE);
  const script = process.argv[1]!;
  const config = readConfig(argv, script);
  if (argv.includes('--build-dataset-only')) return void (await buildDataset(datasetDir(config.resultsDir)));
  if (config.engine === 'postgres') {
    const code = rerunUnderThrowawayCluster(script, argv, (line) => console.log(line));
    if (code !== null) return void (process.exitCode = code);
    return runPostgresBench(config, script);
  }

  const started = new Date();
  const loadAtStart = os.loadavg();
  const log = (line: string) => console.log(line);
  if (!globalThis.gc) log('Note: run with --expose-gc (npm run bench does) so each phase starts after a garbage collection.');
  const dataset = ensureDataset(config, script, log);
  log(datasetSummary(dataset.manifest));

  const memory = new PeakMemory();
  const env: BenchEnv = { config, dataset, memory, log };
  const rows: ResultRow[] = [];
  const profiles: BenchReport['profiles'] = { tracker: [], autosave: [], memory: [] };
  let agenda: AgendaReport | undefined;
  let minutesReport: MinutesReport | undefined;
  try {
    // In-process: the core in this process, its peak memory taken from here on.
    collectGarbage();
    memory.start();
    if (config.only === 'figures') {
      // The figures' rows alone, for trying a change to them: no peak-memory row (it is the whole run's) and no browser.
      log('\nMeasuring the management figures only (--only figures)…');
      rows.push(...(await measureFigures(env)));
      memory.stop();
      profiles.memory.push(...memory.phases);
    } else if (config.only === 'import') {
      log('\nMeasuring the import preview only (--only import)…');
      rows.push(...(await measureImportPreview(env)));
      memory.stop();
      profiles.memory.push(...memory.phases);
    } else if (config.only === 'exports') {
      log('\nMeasuring the minutes’ Word export only (--only exports)…');
      rows.push(...(await measureExports(env, undefined, 'minutes')));
      memory.stop();
      profiles.memory.push(...memory.phases);
    } else if (config.only === 'autosave') {
      log('\nMeasuring autosave-sized writes only (--only autosave)…');
      const autosave = await measureAutosave(env);
      rows.push(...autosave.rows);
      profiles.autosave.push(...autosave.profiles);
      memory.stop();
      profiles.memory.push(...memory.phases);
    } else {
      log('\nMeasuring open and migrate…');
      rows.push(...(await measureOpen(env)));
      log('Measuring the tracker query…');
      const tracker = await measureTracker(env);
      rows.push(...tracker.rows);
      profiles.tracker.push(...tracker.profiles);
      log('Measuring autosave-sized writes…');
      const autosave = await measureAutosave(env);
      rows.push(...autosave.rows);
      profiles.autosave.push(...autosave.profiles);
      log('Measuring search, the minutes workspace and the action list…');
      const minutes = await measureMinutes(env);
      rows.push(...minutes.rows);
      minutesReport = minutes.report;
      log('Measuring the rota and agenda proposal…');
      const proposal = await measureAgenda(env);
      rows.push(...proposal.rows);
      agenda = proposal.report;
      log('Measuring the Word exports…');
      rows.push(...(await measureExports(env)));
      log('Measuring the management figures…');
      rows.push(...(await measureFigures(env)));
      log('Measuring the import preview…');
      rows.push(...(await measureImportPreview(env)));
      log('Measuring the integrity check and backup…');
      rows.push(...(await measureDataSafety(env)));
      memory.stop();
      profiles.memory.push(...memory.phases);
      const peak = memory.peak()!;
      const top = [...memory.phases].sort((a, b) => b.peakMb - a.peakMb).slice(1, 3);
      rows.push(
        valueRow('memory.core', 'Peak memory', 'core in-process (this process, whole run)', 'MB', peak.peakMb, TARGETS.peakMemory,
          `during: ${peak.phase} (after a full GC: RSS ${peak.afterGcMb.toFixed(0)} MB, live JS heap ${peak.heapAfterGcMb.toFixed(0)} MB); next: ${top.map((p) => `${p.phase} ${p.peakMb.toFixed(0)} MB`).join(', ')} (${memory.source}; includes the bench harness)`),
      );

      collectGarbage();
      log('Measuring the tracker first render in Chromium…');
      rows.push(...(await measureBrowser(env)));
    }
  } finally {
    removeWorkingCopies();
  }

  const report: BenchReport = {
    ...runReport({ engine: 'sqlite', started, loadAtStart, quick: config.quick, dataset, rows }),
    profiles,
    agenda,
    minutes: minutesReport,
    notMeasuredYet: NOT_MEASURED_YET,
  };

  for (const line of runHeader(report)) log(line);
  log(renderTable(rows));
  log(AUTOSAVE_EXPLAINED);
  for (const p of profiles.tracker) log('\n' + renderTrackerProfile(p));
  for (const p of profiles.autosave) log('\n' + renderAutosaveProfile(p));
  for (const p of minutesReport?.profiles ?? []) log('\n' + renderCallProfile(p));
  for (const w of minutesReport?.searchWhatIf ?? []) log('\n' + renderSearchWhatIf(w));
  for (const p of agenda?.profiles ?? []) log('\n' + renderCallProfile(p));
  const file = writeReport(config.resultsDir, report);
  log(`\n${report.summary.pass} passed, ${report.summary.miss} missed, ${report.summary.fail} failed, ${report.summary.skipped} skipped · ${report.durationSeconds} s · written to ${path.relative(process.cwd(), file)} and latest.json`);
}

main().catch((err: unknown) => {
  removeWorkingCopies();
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
