import { performance } from 'node:perf_hooks';
import type { Core } from '../../../electron/core/core';
import type { ProcedureName } from '../../../shared/contract';
import type pg from 'pg';
import { PostgresQueryCompiler, type KyselyPlugin, type QueryId, type RootOperationNode } from 'kysely';

export interface LoggedStatement {
  sql: string;
  parameters: readonly unknown[];
  /** From the plugin's sight of the query to its result: compiling, the round trip and the server's work. */
  ms: number;
}

/**
 * A Kysely plugin that keeps every statement a core sends (its SQL as PostgreSQL gets it) and the
 * time to its answer, for a profile of one call: how many round trips it makes and which cost most.
 * `begin` and `commit` are the transaction's own and do not pass through plugins: a write adds two.
 */
export function statementLog(): { plugin: KyselyPlugin; log: LoggedStatement[]; on: { value: boolean } } {
  const log: LoggedStatement[] = [];
  const on = { value: false };
  const pending = new Map<QueryId, { node: RootOperationNode; t0: number }>();
  const compiler = new PostgresQueryCompiler();
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      if (on.value) pending.set(args.queryId, { node: args.node, t0: performance.now() });
      return args.node;
    },
    transformResult(args) {
      const seen = pending.get(args.queryId);
      if (seen) {
        pending.delete(args.queryId);
        const compiled = compiler.compileQuery(seen.node, args.queryId);
        log.push({ sql: compiled.sql, parameters: compiled.parameters, ms: performance.now() - seen.t0 });
      }
      return Promise.resolve(args.result);
    },
  };
  return { plugin, log, on };
}

export type StatementLog = ReturnType<typeof statementLog>;

/** Where one call's time goes on the team store: the statements it sends (round trips) and each one's time, medians. */
export interface PgStatementProfile {
  procedure: string;
  /** Statements per call through the plugins, plus begin and commit for a write. */
  roundTrips: number;
  routerMs: number;
  statements: { sql: string; calls: number; ms: number; parameters: readonly unknown[] }[];
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** A call through a core opened with `log`'s plugin, `runs` times after three untimed: its statements grouped by SQL text. */
export async function profilePgCall(
  core: Core,
  log: StatementLog,
  procedure: ProcedureName,
  input: (i: number) => unknown,
  runs: number,
  transaction = 0,
  answered?: (value: unknown) => void,
): Promise<PgStatementProfile> {
  const bySql = new Map<string, number[]>();
  const lastParameters = new Map<string, readonly unknown[]>();
  const router: number[] = [];
  let perCall = 0;
  for (let i = -3; i < runs; i++) {
    log.log.length = 0;
    log.on.value = true;
    const t0 = performance.now();
    const result = await core.router.call(procedure, input(i) as never);
    const ms = performance.now() - t0;
    log.on.value = false;
    if (!result.ok) throw new Error(`${procedure} failed: ${JSON.stringify(result.error)}`);
    answered?.(result.value);
    if (i < 0) continue;
    router.push(ms);
    perCall = log.log.length;
    for (const s of log.log) {
      bySql.set(s.sql, [...(bySql.get(s.sql) ?? []), s.ms]);
      lastParameters.set(s.sql, s.parameters);
    }
  }
  return {
    procedure,
    roundTrips: perCall + transaction,
    routerMs: median(router),
    statements: [...bySql].map(([sql, ms]) => ({ sql, calls: ms.length / runs, ms: median(ms), parameters: lastParameters.get(sql) ?? [] })),
  };
}

export function renderPgStatementProfile(p: PgStatementProfile, label = p.procedure): string {
  return [
    `Statements of one ${label} on PostgreSQL: ${p.roundTrips} round trips${p.roundTrips > p.statements.length ? ' (begin and commit included)' : ''}; router ${p.routerMs.toFixed(2)} ms (median)`,
    ...p.statements.map((s) => `  ${s.ms.toFixed(3).padStart(7)} ms ${s.calls === 1 ? '' : `×${s.calls.toFixed(1)} `}${s.sql.replace(/\s+/g, ' ').slice(0, 200)}`),
  ].join('\n');
}

/** The plan PostgreSQL ran the slowest statement of a profile with (EXPLAIN ANALYZE, BUFFERS), its parameters those of the last call. */
export async function explainSlowest(client: pg.Client, p: PgStatementProfile): Promise<string> {
  const slowest = [...p.statements].sort((a, b) => b.ms - a.ms)[0];
  // A prepared statement's text starts with its marker comment.
  if (!slowest || !/^\s*(\/\*.*?\*\/\s*)?select/i.test(slowest.sql)) return '';
  const { rows } = await client.query(`explain (analyze, buffers) ${slowest.sql}`, [...slowest.parameters]);
  return [`  plan of the slowest (${slowest.ms.toFixed(2)} ms):`, ...rows.map((r: Record<string, string>) => `    ${r['QUERY PLAN']}`)].join('\n');
}
