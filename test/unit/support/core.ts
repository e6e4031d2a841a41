import { afterEach } from 'vitest';
import { createCore, type Core, type SqliteCore } from '../../../electron/core/core';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { tempDir } from './temp-dir';

const open: Core[] = [];

export interface TestCore extends SqliteCore {
  dataDir: string;
  /** Calls through the real router and unwraps, failing the test on an error result. */
  ok<P extends ProcedureName>(name: P, input?: ProcedureInput<P>): Promise<ProcedureOutput<P>>;
}

/** A real core over a real SQLite file in a temporary folder. */
export async function testCore(options: { now?: () => Date; dataDir?: string } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? tempDir();
  const core = await createCore({
    dataDir,
    actor: 'test-user',
    appVersion: '0.0.0-test',
    mode: 'browser',
    now: options.now,
    onInternalError: (name, err) => {
      throw new Error(`internal error in ${name}: ${String(err)}`);
    },
  });
  open.push(core);
  return Object.assign(core, {
    dataDir,
    async ok<P extends ProcedureName>(name: P, input?: ProcedureInput<P>) {
      const result = await core.router.call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value as ProcedureOutput<P>;
    },
  });
}

afterEach(async () => {
  while (open.length) await open.pop()!.close();
});
