import type { Core } from '../../../electron/core/core';
import type { BenchEnv } from '../measure/env';
import type { LiveMeeting } from '../measure/live-meeting';
import { valueRow, type ResultRow } from '../report/rows';
import { measurePgReads, pgReads } from './reads';
import { profilePgCall, renderPgStatementProfile, statementLog } from './statement-log';
import { openBenchTeamCore } from './team-core';
import type { BenchLogin } from './store';

const GROUP = 'The minute-taker’s workspace and the action list (through the router)';

/**
 * `--engine postgres --only minutes`: the live minutes' read alone, its timing row as in the full
 * run, and how many statements one read sends (each a round trip on the council's network, where
 * loopback hides them), from a second core that logs its statements.
 */
export async function measurePgLiveMinutes(env: BenchEnv, core: Core | null, notRun: string, person: BenchLogin, live: LiveMeeting): Promise<ResultRow[]> {
  const rows = await measurePgReads(env, core, notRun, live, (read) => read.procedure === 'minutes.get');
  if (!core) return rows;
  const read = pgReads(env, live).find((r) => r.procedure === 'minutes.get')!;
  const logged = statementLog();
  const opened = await openBenchTeamCore(person, 0, [logged.plugin]);
  if (!('core' in opened)) return rows;
  try {
    const profile = await profilePgCall(opened.core, logged, 'minutes.get', () => read.input, env.config.runs.profile);
    env.log(renderPgStatementProfile(profile, `minutes.get (${read.label})`));
    rows.push(valueRow('minutes.get.statements', GROUP, `  statements one minutes.get sends (${live.items.length} items): each a round trip`, 'count', profile.roundTrips, undefined, `router ${profile.routerMs.toFixed(1)} ms (median) with the statements logged`));
  } finally {
    await opened.core.close({ backup: false });
  }
  return rows;
}
