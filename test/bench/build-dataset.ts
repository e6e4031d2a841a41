import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATABASE_FILE_NAME, openStore } from '../../electron/core/db/connection';
import { refreshTracking } from '../../electron/core/data/tracking/refresh';
import { toDayNumber } from '../../shared/domain/day-numbers';
import type { DatasetPart, PendingPart } from './dataset/part';
import { actions } from './dataset/parts/actions';
import { carePlanningMeetings } from './dataset/parts/care-planning';
import { children } from './dataset/parts/children';
import { keyDates } from './dataset/parts/key-dates';
import { minutes } from './dataset/parts/minutes';
import { panels } from './dataset/parts/panels';
import { filing } from './dataset/parts/filing';
import { PENDING_PARTS } from './dataset/parts/pending';
import { plans } from './dataset/parts/plans';
import { ratings } from './dataset/parts/ratings';
import { teamsAndPeople } from './dataset/parts/teams-people';
import { prng } from './dataset/prng';
import { DATASET_SEED, DATASET_TODAY, DATASET_VERSION, DATASET_YEARS } from './dataset/spec';
import { makeAuditWriter, type World } from './dataset/world';
import { describeDataset, type DatasetShape } from './dataset/describe';

/**
 * In order: each part reads what the earlier ones put in `world`. Meetings come before
 * ratings (a meeting's ratings join the child's RAG history), minutes and actions after.
 */
const PARTS: readonly DatasetPart[] = [teamsAndPeople, children, plans, keyDates, panels, carePlanningMeetings, ratings, minutes, actions, filing];

/**
 * Tables that hold no benchmark rows of their own on purpose: the tracker cache is filled by
 * refreshTracking, settings stay at the defaults, the meeting types are migration 3's built-in
 * ones, and the search index's shadow tables are
 * filled by the triggers on minute_fields (checked with FTS5's integrity-check below).
 */
const FILLED_ELSEWHERE = new Set(['audit_log', 'child_tracking', 'review_gaps', 'meeting_types', 'settings', 'sqlite_sequence']);
const FILLED_BY_TRIGGERS = /^(minutes_search_(data|idx|docsize|config)|legal_status_history|action_teams|rating_spans)$/;

export interface DatasetManifest extends DatasetShape {
  version: number;
  schemaVersion: number;
  seed: number;
  today: string;
  builtAt: string;
  buildSeconds: number;
  trackerRefreshSeconds: number;
  fileBytes: number;
  notBuilt: PendingPart[];
  /** Tables in today's schema that no part fills: a sign a new feature needs a part here. */
  unfilledTables: string[];
}

/**
 * Writes a decade of a large council into a fresh data folder through the real
 * schema (openStore runs the migrations), then fills the tracker cache once as the
 * app would. Rows go in with prepared statements in one transaction per part: the
 * point is a realistic store, not exercising the services.
 */
export async function buildDataset(dir: string, log: (line: string) => void = console.log): Promise<DatasetManifest> {
  const started = performance.now();
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
  const store = await openStore(path.join(partial, DATABASE_FILE_NAME));
  const rnd = prng(DATASET_SEED);
  const today = toDayNumber(DATASET_TODAY);
  const world: World = { today, firstDay: today - Math.round(DATASET_YEARS * 365.25), teams: [], people: [], actors: [], children: [], meetings: [] };
  const audit = makeAuditWriter(store.sqlite, rnd);
  const tables = new Set<string>();

  log(`Building benchmark dataset v${DATASET_VERSION} (seed ${DATASET_SEED}, today ${DATASET_TODAY}, ${DATASET_YEARS} years) in ${path.relative(process.cwd(), dir)}`);
  for (const part of PARTS) {
    const t0 = performance.now();
    const written = store.sqlite.transaction(() => part.build({ sqlite: store.sqlite, rnd, world, audit }))();
    Object.keys(written).forEach((t) => tables.add(t));
    const counts = Object.entries(written).map(([t, n]) => `${n.toLocaleString('en-GB')} ${t}`).join(', ');
    log(`  built ${part.name.padEnd(34)} ${counts}  (${seconds(t0)} s; target: ${part.target})`);
  }
  log(`  audit log: ${audit.count().toLocaleString('en-GB')} rows, one per record as the services write them`);

  // The minutes' search index was rebuilt from minute_fields after the bulk insert: check it agrees with them.
  const t1 = performance.now();
  store.sqlite.exec("insert into minutes_search(minutes_search) values ('integrity-check')");
  log(`  search index: FTS5 integrity-check against minute_fields passed (${seconds(t1)} s)`);

  const t0 = performance.now();
  await store.db.transaction().execute((trx) => refreshTracking(trx, DATASET_TODAY));
  const trackerRefreshSeconds = Number(seconds(t0));
  log(`  filled the tracker cache with refreshTracking for ${world.children.length.toLocaleString('en-GB')} children (${trackerRefreshSeconds} s)`);

  const unfilledTables = (store.sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[])
    .map((r) => r.name)
    .filter((name) => !tables.has(name) && !FILLED_ELSEWHERE.has(name) && !FILLED_BY_TRIGGERS.test(name));
  const shape = describeDataset(store.sqlite);
  const schemaVersion = store.schemaVersion;
  await store.close();

  const manifest: DatasetManifest = {
    version: DATASET_VERSION,
    schemaVersion,
    seed: DATASET_SEED,
    today: DATASET_TODAY,
    builtAt: new Date().toISOString(),
    buildSeconds: 0,
    trackerRefreshSeconds,
    ...shape,
    fileBytes: fs.statSync(path.join(partial, DATABASE_FILE_NAME)).size,
    notBuilt: [...PENDING_PARTS],
    unfilledTables,
  };
  manifest.buildSeconds = Number(seconds(started));
  fs.writeFileSync(path.join(partial, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  // Renamed only once complete, so an interrupted build is never taken for a finished one.
  fs.renameSync(partial, dir);
  log(`  done in ${manifest.buildSeconds} s: ${(manifest.fileBytes / 1e6).toFixed(0)} MB`);
  return manifest;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
