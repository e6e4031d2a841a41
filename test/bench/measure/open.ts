import path from 'node:path';
import { DATABASE_FILE_NAME, LATEST_SCHEMA_VERSION, openStore } from '../../../electron/core/db/connection';
import { emptyFolder, workingCopy } from '../dataset/cache';
import { TARGETS, timingRow, type ResultRow } from '../report/rows';
import { callOk, openBenchCore } from './bench-core';
import type { BenchEnv } from './env';
import { summarise } from './stats';
import { timed } from './timing';

const GROUP = 'Open and migrate';

/**
 * createCore on a copy of the dataset, to a router that answers: the read-only
 * version probe, pragmas, the migration check and the handlers. The first tracker
 * query on the fresh connection is timed beside it (SQLite's page cache is empty then).
 */
export async function measureOpen(env: BenchEnv): Promise<ResultRow[]> {
  const dir = workingCopy(env.dataset.dir, 'open');
  env.memory.begin('open the dataset, first tracker query');
  const open: number[] = [];
  const firstQuery: number[] = [];
  for (let i = -env.config.warmup.open; i < env.config.runs.open; i++) {
    const opened = await timed(() => openBenchCore(dir));
    env.memory.sample();
    const query = await timed(() => callOk(opened.value, 'tracker.query', {}));
    env.memory.sample();
    await opened.value.close();
    if (i >= 0) {
      open.push(opened.ms);
      firstQuery.push(query.ms);
    }
  }

  env.memory.begin('migrate empty databases');
  const migrate: number[] = [];
  for (let i = -1; i < env.config.runs.migrate; i++) {
    const file = path.join(emptyFolder('migrate'), DATABASE_FILE_NAME);
    const opened = await timed(() => openStore(file));
    await opened.value.close();
    if (i >= 0) migrate.push(opened.ms);
  }

  return [
    timingRow('open.dataset', GROUP, 'createCore on the dataset, to a usable router', summarise(open), TARGETS.open),
    timingRow('open.firstTrackerQuery', GROUP, 'first tracker.query after opening (cold connection)', summarise(firstQuery), undefined, 'SQLite page cache empty; the OS file cache is warm'),
    timingRow('open.migrateEmpty', GROUP, `new empty database: create and migrate to schema v${LATEST_SCHEMA_VERSION}`, summarise(migrate), undefined, `${LATEST_SCHEMA_VERSION} migrations, one fsynced transaction each`),
  ];
}
