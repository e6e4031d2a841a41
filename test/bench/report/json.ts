import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteFile } from '../../../electron/core/db/sqlite-file';
import type { DatasetManifest } from '../build-dataset';
import type { AgendaReport } from '../measure/agenda';
import type { AutosaveProfile } from '../measure/autosave';
import type { MinutesReport } from '../measure/minutes';
import type { TrackerProfile } from '../measure/tracker-profile';
import type { PhasePeak } from '../measure/memory';
import type { NOT_MEASURED_YET, ResultRow } from './rows';

export interface BenchReport {
  format: 'panelroom-bench/1';
  /** Where the rows ran: this computer's SQLite file, or a team store on PostgreSQL. Reports from before the option have none: SQLite. */
  engine?: 'sqlite' | 'postgres';
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  quick: boolean;
  machine: { platform: string; release: string; arch: string; cpuModel: string; cpus: number; totalMemoryGb: number };
  /** os.loadavg() at the start and end: other work on the machine makes every figure slower. */
  loadAverage: { start: number[]; end: number[] };
  node: string;
  sqlite: string;
  dataset: DatasetManifest & { builtThisRun: boolean };
  measurements: ResultRow[];
  profiles: { tracker: TrackerProfile[]; autosave: AutosaveProfile[]; memory: PhasePeak[] };
  /** The agenda measurement's series, each prepared date (team, children proposed, time) and its profiles. */
  agenda?: AgendaReport;
  /** Profiles of the search, minutes and action-list calls that missed, and the cheaper forms of a missed search. */
  minutes?: MinutesReport;
  notMeasuredYet: typeof NOT_MEASURED_YET;
  summary: { pass: number; miss: number; fail: number; skipped: number };
}

export function machine(): BenchReport['machine'] {
  const cpus = os.cpus();
  return { platform: os.platform(), release: os.release(), arch: os.arch(), cpuModel: cpus[0]?.model.trim() ?? 'unknown', cpus: cpus.length, totalMemoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10 };
}

export function sqliteVersion(): string {
  const db = openSqliteFile(':memory:', { key: null });
  try {
    return (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
  } finally {
    db.close();
  }
}

/** Writes bench-<timestamp>.json and latest.json (bench-postgres-… and latest-postgres.json for the team store); returns the timestamped path. */
export function writeReport(resultsDir: string, report: BenchReport): string {
  fs.mkdirSync(resultsDir, { recursive: true });
  const json = JSON.stringify(report, null, 2) + '\n';
  const engine = report.engine === 'postgres' ? '-postgres' : '';
  const file = path.join(resultsDir, `bench${engine}-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(resultsDir, `latest${engine}.json`), json);
  return file;
}

/** What every report says about its run, whichever the engine: when, where, under what load, on which dataset, and the tally of its rows. */
export function runReport(run: {
  engine: 'sqlite' | 'postgres';
  started: Date;
  loadAtStart: number[];
  quick: boolean;
  dataset: { manifest: DatasetManifest; built: boolean };
  rows: ResultRow[];
}): Omit<BenchReport, 'profiles' | 'agenda' | 'minutes' | 'notMeasuredYet'> {
  const finished = new Date();
  const { rows } = run;
  const count = (status: ResultRow['status']) => rows.filter((r) => r.status === status).length;
  return {
    format: 'panelroom-bench/1',
    engine: run.engine,
    startedAt: run.started.toISOString(),
    finishedAt: finished.toISOString(),
    durationSeconds: Math.round((finished.getTime() - run.started.getTime()) / 100) / 10,
    quick: run.quick,
    machine: machine(),
    loadAverage: { start: run.loadAtStart, end: os.loadavg() },
    node: process.version,
    sqlite: sqliteVersion(),
    dataset: { ...run.dataset.manifest, builtThisRun: run.dataset.built },
    measurements: rows,
    summary: { pass: count('pass'), miss: count('miss'), fail: count('fail'), skipped: count('skipped') },
  };
}

/** The lines that open the printed results: the run, the machine, and a warning when other work made it busy. */
export function runHeader(report: BenchReport): string[] {
  const m = report.machine;
  const postgres = report.engine === 'postgres';
  const first = `\nPanelroom benchmark · engine: ${postgres ? 'PostgreSQL' : 'SQLite'} · ${report.startedAt} · Node ${report.node}${postgres ? '' : ` · SQLite ${report.sqlite}`}`;
  const [start, end] = [report.loadAverage.start[0]!, report.loadAverage.end[0]!];
  return [
    `${first} · ${m.platform} ${m.arch} · ${m.cpus} × ${m.cpuModel} · ${m.totalMemoryGb} GB${report.quick ? ' · QUICK RUN (fewer samples)' : ''}`,
    `Load average (1 min) at start ${start.toFixed(2)}, at end ${end.toFixed(2)}, on ${m.cpus} CPUs.`,
    ...(Math.max(start, end) > m.cpus / 2 ? ['WARNING: the machine was busy with other work: figures, p95s above all, will be slower and noisier than on an idle machine.'] : []),
    'Targets are checked against p95 for timings, the value for ratios and peaks.\n',
  ];
}
