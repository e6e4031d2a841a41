import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { TEAM_ROLES } from '../../../shared/team-roles';
import type { Core } from '../../../electron/core/core';
import { createTeamCore } from '../../../electron/core/team-core';
import { roleName } from '../../../electron/core/team-store/role-matrix';
import { statementLog } from '../../bench/postgres/statement-log';
import { adminClient, freshTeamStore, loginAddress, person } from './pg';

export interface CountedCore {
  core: Core;
  database: string;
  /** The call's answer, a refusal thrown as an error naming the procedure. */
  ok<P extends ProcedureName>(name: P, input?: ProcedureInput<P>): Promise<ProcedureOutput<P>>;
  /** The statements one call sends (as PostgreSQL receives them, begin and commit aside), and its answer. */
  statementsOf<P extends ProcedureName>(name: P, input: ProcedureInput<P>): Promise<{ sent: string[]; answer: Awaited<ReturnType<Core['router']['call']>> }>;
}

/**
 * A team core on a fresh team store, signed in as one person holding every role (so each test can
 * set up what it needs through the procedures), with the bench's statement log on its pool: the
 * round trips a call makes are counted as the statements reach the server.
 */
export async function countedTeamCore(now: () => Date): Promise<CountedCore> {
  const database = await freshTeamStore();
  const who = await person(database, 'admin', 'Ada Everything');
  const admin = await adminClient(database);
  try {
    await admin.query(`grant ${TEAM_ROLES.map((r) => `"${roleName(r)}"`).join(', ')} to "${who.login}"`);
  } finally {
    await admin.end();
  }
  const counter = statementLog();
  const core = await createTeamCore({
    address: loginAddress(database, who.login, who.password),
    appVersion: '0.0.0-test',
    mode: 'browser',
    now,
    plugins: [counter.plugin],
    onInternalError: (name, err) => {
      throw new Error(`internal error in ${name}: ${String(err)}`);
    },
  });
  const ok = (async (name: ProcedureName, input?: unknown) => {
    const result = await core.router.call(name, input as never);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  }) as CountedCore['ok'];
  const statementsOf = (async (name: ProcedureName, input: unknown) => {
    counter.log.length = 0;
    counter.on.value = true;
    try {
      const answer = await core.router.call(name, input as never);
      return { sent: counter.log.map((s) => s.sql.replace(/\s+/g, ' ').trim()), answer };
    } finally {
      counter.on.value = false;
    }
  }) as CountedCore['statementsOf'];
  return { core, database, ok, statementsOf };
}
