import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { Core } from '../../../electron/core/core';
import type { ProcedureName } from '../../../shared/contract';
import { formatUkDate } from '../../../shared/domain/dates';
import { fieldLabel } from '../../../shared/minutes/fields';
import { searchTextOf } from '../../../shared/minutes/search-text';
import { datasetNow, DATASET_TODAY } from '../dataset/spec';
import type { LiveMeeting } from '../measure/live-meeting';
import { profilePgCall, type PgStatementProfile, type StatementLog } from './statement-log';
import type { BenchEnv } from '../measure/env';
import { summarise } from '../measure/stats';
import { skippedRow, TARGETS, timingRow, valueRow, type ResultRow } from '../report/rows';

const GROUP = 'Autosave-sized write: router vs a bare pg write (PostgreSQL over loopback)';

/** One small write both ways on the team store: through the router, and as the same statements on a plain `pg` client in a transaction. */
interface PgWriteCase {
  id: string;
  procedure: Extract<ProcedureName, 'minutes.save' | 'minutes.rate' | 'ratings.create'>;
  routerLabel: string;
  bareLabel: string;
  input(i: number): unknown;
  /** What the router answered: a typing save's answer carries the version the next save is based on. */
  answered?(value: unknown): void;
  bare(i: number): Promise<void>;
  autosave: boolean;
}

const REASON =
  'Parenting assessment delayed by four weeks; a new date has been agreed with the assessor. Final evidence is due in three weeks and the report is still awaited. ' +
  'Viability assessment of the paternal aunt not yet started because the referral was sent late.';

function typing(text: string, start = 40, step = 23): (i: number) => string {
  const span = Math.max(1, text.length - start);
  return (i) => text.slice(0, start + ((((i * step) % span) + span) % span));
}

/** Runs `write` in one transaction on the bare client (prepared statements by name, as the driver keeps them). */
export async function inTransaction(client: pg.Client, write: () => Promise<void>): Promise<void> {
  await client.query('begin');
  try {
    await write();
    await client.query('commit');
  } catch (err) {
    await client.query('rollback');
    throw err;
  }
}

/**
 * recordEditAudit as bare statements on the team store: the newest audit row read, as the service
 * reads it to decide whether to fold the save into it, then a row inserted. On SQLite a spell of
 * typing folds into one row by an UPDATE; the team store's audit log is insert-only (every group
 * role has SELECT and INSERT on it, none UPDATE: role-matrix.ts), so each save inserts its own. The
 * actor is the one the database sets for the login (the audit trigger).
 */
function bareEditAudit(client: pg.Client, entityId: number, summary: string, details: Record<string, unknown>): (at: string) => Promise<void> {
  return async (at) => {
    const last = (await client.query({ name: 'audit-last', text: 'select * from audit_log order by id desc limit 1' })).rows[0] as { at: string; details: string | null } | undefined;
    const before = JSON.parse(last?.details ?? '{}') as { firstAt?: string };
    await client.query({
      name: 'audit-insert',
      text: "insert into audit_log (at, actor, action, entity, entity_id, summary, details) values ($1, 'bench', 'update', 'minutes', $2, $3, $4)",
      values: [at, entityId, summary, JSON.stringify({ ...details, saves: 1, firstAt: before.firstAt ?? at })],
    });
  };
}

async function childNames(client: pg.Client, ids: readonly number[]): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) {
    const c = (await client.query('select first_name, last_name from children where id = $1', [id])).rows[0] as { first_name: string; last_name: string };
    out.push(`${c.first_name} ${c.last_name}`);
  }
  return out;
}

async function minutesSaveCase(client: pg.Client, live: LiveMeeting, itemIndex: number): Promise<PgWriteCase> {
  const item = live.items[itemIndex]!;
  const stored = (await client.query("select value, version from minute_fields where item_id = $1 and field = 'discussion'", [item.id])).rows[0] as { value: string; version: number } | undefined;
  // The field's version as the page holds it: read with the item, then each save's answer (the bare write leaves it as it is).
  let version = stored?.version ?? 0;
  const text = stored?.value ?? 'The panel heard that the parenting assessment was delayed by four weeks because the mother did not attend two sessions. '.repeat(8);
  const value = typing(text);
  const summary = `Edited “${fieldLabel('discussion')}” for ${(await childNames(client, item.childIds)).join(' and ')} at ${live.typeName} on ${formatUkDate(live.date)}`;
  const audit = bareEditAudit(client, item.id, summary, {});
  return {
    id: 'minutesSave',
    procedure: 'minutes.save',
    routerLabel: `minutes.save through the router (discussion typed, ${text.length.toLocaleString('en-GB')} characters at most)`,
    bareLabel: 'same minute_fields upsert (search vector and GIN index) + audit row read and inserted, bare pg',
    input: (i) => ({ itemId: item.id, field: 'discussion', value: value(i), version }),
    answered: (ack) => {
      version = (ack as { version?: number }).version ?? version;
    },
    bare: (i) =>
      inTransaction(client, async () => {
        const now = datasetNow().toISOString();
        const v = value(i);
        await client.query({
          name: 'minutes-upsert',
          text: `insert into minute_fields (item_id, field, value, search_text, updated_at) values ($1, 'discussion', $2, $3, $4)
            on conflict (item_id, field) do update set value = excluded.value, search_text = excluded.search_text, updated_at = excluded.updated_at`,
          values: [item.id, v, searchTextOf({ field: 'discussion', value: v }), now],
        });
        await audit(now);
      }),
    autosave: true,
  };
}

async function minutesRateCase(client: pg.Client, live: LiveMeeting, itemIndex: number): Promise<PgWriteCase> {
  const item = live.items[itemIndex]!;
  const childId = item.childIds[0]!;
  const reason = typing(REASON, 20, 7);
  const summary = `Edited the RAG rating of ${(await childNames(client, [childId]))[0]} at ${live.typeName} on ${formatUkDate(live.date)}`;
  const audit = bareEditAudit(client, item.id, summary, { rating: 'amber' });
  return {
    id: 'minutesRate',
    procedure: 'minutes.rate',
    routerLabel: 'minutes.rate through the router (reason typed)',
    bareLabel: 'same item_ratings upsert + audit row read and inserted, bare pg',
    input: (i) => ({ itemId: item.id, childId, rating: 'amber', reason: reason(i) }),
    bare: (i) =>
      inTransaction(client, async () => {
        const now = datasetNow().toISOString();
        await client.query({
          name: 'rating-upsert',
          text: `insert into item_ratings (item_id, child_id, rating, reason, updated_at) values ($1, $2, 'amber', $3, $4)
            on conflict (item_id, child_id) do update set rating = excluded.rating, reason = excluded.reason, updated_at = excluded.updated_at`,
          values: [item.id, childId, reason(i), now],
        });
        await audit(now);
      }),
    autosave: true,
  };
}

async function ratingCase(client: pg.Client, childId: number): Promise<PgWriteCase> {
  const [name] = await childNames(client, [childId]);
  const summary = `Rated ${name}’s plan Amber on ${formatUkDate(DATASET_TODAY)}`;
  const details = JSON.stringify({ childId, reason: REASON });
  return {
    id: 'rating',
    procedure: 'ratings.create',
    routerLabel: 'ratings.create through the router (also recomputes the tracker row)',
    bareLabel: 'same INSERT + audit INSERT, bare pg',
    input: () => ({ childId, rating: 'amber', reason: REASON, ratedOn: DATASET_TODAY }),
    bare: () =>
      inTransaction(client, async () => {
        const now = datasetNow().toISOString();
        const { rows } = await client.query({
          name: 'rag-insert',
          text: "insert into rag_ratings (child_id, rating, reason, rated_on, source, meeting_id, recorded_at, recorded_by) values ($1, 'amber', $2, $3, 'manual', null, $4, 'bench') returning id",
          values: [childId, REASON, DATASET_TODAY, now],
        });
        await client.query({
          name: 'rag-audit',
          text: "insert into audit_log (at, actor, action, entity, entity_id, summary, details) values ($1, 'bench', 'create', 'rag_rating', $2, $3, $4)",
          values: [now, (rows[0] as { id: number }).id, summary, details],
        });
      }),
    autosave: false,
  };
}

/**
 * The autosave rows on the team store: each write through the router and as a bare pg write of the
 * same rows, alternating, on the same meeting put back in the room; both as the bench's person, so
 * both pass the same grants and triggers. Without the core, the bare write is measured alone and the
 * router and ratio rows say why they did not run.
 */
export async function measurePgAutosave(env: BenchEnv, core: Core | null, notRun: string, bare: pg.Client, live: LiveMeeting): Promise<ResultRow[]> {
  const middle = Math.floor(live.items.length / 2);
  const cases = [await minutesSaveCase(bare, live, middle), await minutesRateCase(bare, live, middle + 1), await ratingCase(bare, env.dataset.manifest.probes.autosaveChildId)];
  const rows: ResultRow[] = [];
  for (const write of cases) {
    // The server's processor time for each way: its backends' (the core's pool, the bare client's), read from /proc where the server is this computer.
    const backends = { router: await routerBackends(bare), bare: [await backendPid(bare)] };
    const serverCpu = { router: 0, bare: 0 };
    const router: number[] = [];
    const direct: number[] = [];
    // This process's processor time per call: what the client side costs, whatever else the machine is doing.
    const routerCpu: number[] = [];
    const directCpu: number[] = [];
    for (let i = -env.config.warmup.autosave; i < env.config.runs.autosave; i++) {
      const order = i % 2 === 0 ? (['router', 'bare'] as const) : (['bare', 'router'] as const);
      for (const way of order) {
        if (way === 'router' && !core) continue;
        if (way === 'router' && i === 0) backends.router = await routerBackends(bare);
        const server0 = backendCpuMs(backends[way]);
        const t0 = performance.now();
        const cpu0 = process.cpuUsage();
        if (way === 'router') {
          const result = await core!.router.call(write.procedure, write.input(2 * i) as never);
          if (!result.ok) throw new Error(`${write.procedure} failed: ${JSON.stringify(result.error)}`);
          write.answered?.(result.value);
        } else await write.bare(2 * i + 1);
        const ms = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        env.memory.sample();
        if (i >= 0) (way === 'router' ? router : direct).push(ms);
        if (i >= 0) (way === 'router' ? routerCpu : directCpu).push((cpu.user + cpu.system) / 1000);
        const server1 = backendCpuMs(backends[way]);
        if (i >= 0 && server0 !== null && server1 !== null) serverCpu[way] += server1 - server0;
      }
    }
    const b = summarise(direct);
    const target = write.autosave ? TARGETS.autosaveRatio : undefined;
    if (!core) {
      rows.push(
        skippedRow(`autosave.${write.id}.router`, GROUP, write.routerLabel, notRun),
        timingRow(`autosave.${write.id}.bare`, GROUP, write.bareLabel, b),
        { ...skippedRow(`autosave.${write.id}.ratio`, GROUP, `${write.procedure}: router ÷ bare pg (medians)`, notRun, target), unit: '×' },
      );
      continue;
    }
    const r = summarise(router);
    const cpuNote = (xs: number[]) => `this process’s processor time per call ${summarise(xs).median.toFixed(2)} ms (median)`;
    const runs = router.length;
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const perCall = { router: (sum(routerCpu) + serverCpu.router) / runs, bare: (sum(directCpu) + serverCpu.bare) / runs };
    if (backendCpuMs(backends.bare) !== null) {
      rows.push(
        valueRow(
          `autosave.${write.id}.cpuRatio`,
          GROUP,
          `${write.procedure}: router ÷ bare pg, processor time (this process and its server backends)`,
          '×',
          perCall.router / perCall.bare,
          undefined,
          `per call: router ${perCall.router.toFixed(2)} ms (of it the server ${(serverCpu.router / runs).toFixed(2)} ms), bare ${perCall.bare.toFixed(2)} ms (the server ${(serverCpu.bare / runs).toFixed(2)} ms); means over ${runs} calls each, the server's from /proc in 10 ms ticks; what the machine's other work does not change`,
        ),
      );
    }
    rows.push(
      timingRow(`autosave.${write.id}.router`, GROUP, write.routerLabel, r, undefined, cpuNote(routerCpu)),
      timingRow(`autosave.${write.id}.bare`, GROUP, write.bareLabel, b, undefined, cpuNote(directCpu)),
      valueRow(
        `autosave.${write.id}.ratio`,
        GROUP,
        `${write.procedure}: router ÷ bare pg (medians)`,
        '×',
        r.median / b.median,
        target,
        write.autosave ? `p95 ratio ${(r.p95 / b.p95).toFixed(2)}×; ${live.typeName} of ${live.date}, ${live.items.length} items, put back in the room` : `p95 ratio ${(r.p95 / b.p95).toFixed(2)}×; a deliberate save, not a typing autosave: shown for comparison`,
      ),
    );
  }
  return rows;
}

/** The server process serving this client (for its processor time). */
async function backendPid(client: pg.Client): Promise<number> {
  return Number((await client.query('select pg_backend_pid() as pid')).rows[0].pid);
}

/** The server processes of the core's pool: the app's connections (application_name Panelroom) as the same login to the same database. */
async function routerBackends(client: pg.Client): Promise<number[]> {
  const { rows } = await client.query("select pid from pg_stat_activity where datname = current_database() and usename = current_user and application_name = 'Panelroom'");
  return rows.map((r: { pid: number }) => Number(r.pid));
}

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The processor time so far of some server processes, in milliseconds; null when /proc does not have them (a server elsewhere). */
function backendCpuMs(pids: readonly number[]): number | null {
  let total = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return null;
    }
    // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th and stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    total += ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  }
  return total;
}

/**
 * Each typing save again through a second core over the same team store that logs its statements
 * (`statement-log.ts`): what one call sends and how long each statement takes to answer.
 */
export async function profilePgAutosave(core: Core, log: StatementLog, bare: pg.Client, live: LiveMeeting, runs: number): Promise<PgStatementProfile[]> {
  const middle = Math.floor(live.items.length / 2);
  const cases = [await minutesSaveCase(bare, live, middle), await minutesRateCase(bare, live, middle + 1)];
  const out: PgStatementProfile[] = [];
  for (const write of cases) out.push(await profilePgCall(core, log, write.procedure, (i) => write.input(1000 + 2 * i), runs, 2, write.answered));
  return out;
}
