import type { KyselyPlugin } from 'kysely';
import { afterEach } from 'vitest';
import { createCore, type Core, type SqliteCore } from '../../../electron/core/core';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { tempDir } from './temp-dir';

/** Which engine the suite runs on: the laptop's SQLite file (the default), or a team store (PANELROOM_TEST_ENGINE=postgres, under `npm run test:pg`). */
export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.PANELROOM_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

const open: Core[] = [];
/** On PostgreSQL: each data folder's team store, so a test that opens the same folder again opens the same data. */
const storeOf = new Map<string, string>();
const made: string[] = [];

export interface TestCore extends SqliteCore {
  dataDir: string;
  /** Calls through the real router and unwraps, failing the test on an error result. */
  ok<P extends ProcedureName>(name: P, input?: ProcedureInput<P>): Promise<ProcedureOutput<P>>;
}

/**
 * A real core over a real SQLite file in a temporary folder; or, on PostgreSQL, over a fresh
 * team store copied from the run's template, signed in as a login holding every group role.
 * (The file's own care, `store.sqlite` and backups, is the SQLite core's: tests of it run there only.)
 */
export async function testCore(options: { now?: () => Date; dataDir?: string } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? tempDir();
  const onInternalError = (name: string, err: unknown) => {
    throw new Error(`internal error in ${name}: ${String(err)}`);
  };
  const core: Core = TEST_ENGINE === 'postgres' ? await teamTestCore(dataDir, options.now, onInternalError) : await createCore({ dataDir, actor: 'test-user', appVersion: '0.0.0-test', mode: 'browser', now: options.now, onInternalError });
  open.push(core);
  return Object.assign(core as SqliteCore, {
    dataDir,
    async ok<P extends ProcedureName>(name: P, input?: ProcedureInput<P>) {
      const result = await core.router.call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value as ProcedureOutput<P>;
    },
  });
}

async function teamTestCore(dataDir: string, now: (() => Date) | undefined, onInternalError: (name: string, err: unknown) => void): Promise<Core> {
  const [{ createTeamCore }, { freshUnitStore, directStatements }] = await Promise.all([import('../../../electron/core/team-core'), import('../../pg/support/unit-store')]);
  let database = storeOf.get(dataDir);
  const store = await freshUnitStore(database);
  if (!database) {
    database = store.database;
    storeOf.set(dataDir, database);
    made.push(database);
  }
  // SQLite's total_changes(), the rows the core's own statements changed, kept here for the tests that ask it.
  let changed = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: (args) => {
      changed += Number(args.result.numAffectedRows ?? 0);
      return Promise.resolve(args.result);
    },
  };
  const core = await createTeamCore({ address: store.address, appVersion: '0.0.0-test', mode: 'browser', now, onInternalError, plugins: [counter] });
  // What a test reads or sets directly goes to the same database (see directStatements).
  Object.assign(core.store, { sqlite: directStatements(database, () => changed) });
  return core;
}

afterEach(async () => {
  while (open.length) await open.pop()!.close();
  if (made.length === 0) return;
  const { dropUnitStore } = await import('../../pg/support/unit-store');
  while (made.length) await dropUnitStore(made.pop()!);
  storeOf.clear();
});
