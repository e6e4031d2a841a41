import type { KyselyPlugin } from 'kysely';
import type { Core } from '../../../electron/core/core';
import { createTeamCore } from '../../../electron/core/team-core';
import { datasetNow } from '../dataset/spec';
import type { BenchLogin } from './store';

/** What a row says while the team store's core cannot run it: neither a pass nor a failure. */
export const CORE_NOT_BUILT = 'not run: the team store core is not built yet';

/**
 * The real core over the team store, signed in as the bench's person, with the clock at the
 * dataset's day: as `openBenchCore` opens the SQLite core. While createTeamCore is not built it
 * says so, and the rows that need it are reported as not run.
 */
export async function openBenchTeamCore(person: BenchLogin, dayOffset = 0, plugins: readonly KyselyPlugin[] = []): Promise<{ core: Core } | { notRun: string }> {
  try {
    const core = await createTeamCore({
      address: person.address,
      appVersion: 'bench',
      mode: 'desktop',
      now: () => datasetNow(dayOffset),
      onInternalError: (name, err) => console.error(`[bench] internal error in ${name}:`, err),
      plugins,
    });
    return { core };
  } catch (err) {
    if (err instanceof Error && /not built yet/.test(err.message)) return { notRun: CORE_NOT_BUILT };
    throw err;
  }
}
