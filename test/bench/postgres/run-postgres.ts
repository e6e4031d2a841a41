import os from 'node:os';
import type pg from 'pg';
import { sql } from 'kysely';
import path from 'node:path';
import type { Core } from '../../../electron/core/core';
import type { BenchConfig } from '../config';
import { ensureDataset } from '../dataset/ensure';
import { datasetSummary } from '../report/dataset-summary';
import type { BenchEnv } from '../measure/env';
import { PeakMemory } from '../measure/memory';
import { collectGarbage } from '../measure/timing';
import { runHeader, runReport, writeReport, type BenchReport } from '../report/json';
import { NOT_MEASURED_YET, skippedRow, valueRow, type ResultRow } from '../report/rows';
import { renderTable } from '../report/table';
import { measurePgAutosave, profilePgAutosave } from './autosave';
import { measureVersionCheckCost } from './version-cost';
import { explainSlowest, profilePgCall, renderPgStatementProfile, statementLog, type StatementLog } from './statement-log';
import { NOT_YET_ON_POSTGRES, readSqliteReport, sideBySide } from './compare';
import { measureLiveAcross } from './live-across';
import { putBackInTheRoomPg } from './live-meeting';
import type { LiveMeeting } from '../measure/live-meeting';
import { measurePgLiveMinutes } from './live-minutes-row';
import { measurePgReads, pgReads } from './reads';
import { prepareTeamStore, SERVER, type BenchLogin } from './store';
import { openBenchTeamCore } from './team-core';
import { measurePgNewDay, measurePgOpen, pgMemoryRow } from './more-rows';
import { measureExports } from '../measure/exports';
import { measureFigures } from '../measure/figures';
import { measureAgenda, type AgendaReport, type ProposedAgenda } from '../measure/agenda';
import { emptyFolder, removeWorkingCopies } from '../dataset/cache';

const COPY_GROUP = 'The team store: copy-from of the dataset (PostgreSQL over loopback)';

/**
 * `npm run bench -- --engine postgres`: the decade dataset (built or reused as for SQLite) copied into
 * a team store on the server given (the throwaway cluster pg_virtualenv starts), then the bench's rows
 * through `createTeamCore` signed in as one person holding every group role. Writes
 * bench-postgres-<time>.json and latest-postgres.json, and prints both engines' rows side by side.
 */
export async function runPostgresBench(config: BenchConfig, script: string): Promise<void> {
  const started = new Date();
  const loadAtStart = os.loadavg();
  const log = (line: string) => console.log(line);
  if (!globalThis.gc) log('Note: run with --expose-gc (npm run bench does) so each phase starts after a garbage collection.');
  const dataset = ensureDataset(config, script, log);
  log(datasetSummary(dataset.manifest));

  const memory = new PeakMemory();
  const env: BenchEnv = { config, dataset, memory, log };
  const rows: ResultRow[] = [];
  let agenda: AgendaReport | undefined;
  log(`\nEngine: PostgreSQL at ${SERVER.host}:${SERVER.port}, over loopback without TLS.`);
  const store = await prepareTeamStore(dataset.dir, log);
  let core: Core | null = null;
  try {
    const { copy } = store;
    rows.push(
      valueRow('teamStore.copyFrom', COPY_GROUP, `copy-from: ${copy.copies.length} tables, ${copy.rows.toLocaleString('en-GB')} rows, one transaction`, 's', copy.ms / 1000, undefined,
        `counts and checksums equal on every table; peak RSS of this process during the copy ${copy.rssPeakMb.toFixed(0)} MB (${copy.rssBeforeMb.toFixed(0)} MB before)`),
    );
    const version = await store.client('admin');
    try {
      const server = (await version.query('show server_version')).rows[0] as { server_version: string };
      log(`PostgreSQL ${server.server_version}; copy-from took ${(copy.ms / 1000).toFixed(1)} s for ${copy.rows.toLocaleString('en-GB')} rows.`);
    } finally {
      await version.end();
    }

    const opened = await openBenchTeamCore(store.person);
    core = 'core' in opened ? opened.core : null;
    const notRun = 'notRun' in opened ? opened.notRun : '';
    if (!core) log(`The team store core: ${notRun}. The bare writes run; the rows through the router are reported as not run.`);

    collectGarbage();
    memory.start();
    const admin = await store.client('admin');
    const bare = await store.client('person');
    try {
      if (config.only === 'minutes') {
        const live = await putBackInTheRoomPg(admin, store.admin, dataset.manifest.probes.minutesMeetingId);
        log('Measuring the live minutes’ read only (--only minutes)…');
        rows.push(...(await measurePgLiveMinutes(env, core, notRun, store.person, live)));
      } else if (config.only === 'exports') {
        if (core) {
          log('Measuring the minutes’ Word export only (--only exports)…');
          const meetingId = dataset.manifest.probes.minutesMeetingId;
          const inTheRoom = async (except: number) => putBackInTheRoomPg(admin, store.admin, await anotherHeldPanelPg(admin, except));
          rows.push(...(await measureExports(env, { core, dir: emptyFolder('exports-pg'), anotherInTheRoom: inTheRoom }, 'minutes')));
          rows.push(...(await profilePgExport(env, store.person, meetingId, bare)));
        }
      } else if (config.only === 'reads') {
        const live = await putBackInTheRoomPg(admin, store.admin, dataset.manifest.probes.minutesMeetingId);
        log('Measuring the tracker, search, the minutes workspace and the action list only (--only reads)…');
        const reads = await measurePgReads(env, core, notRun, live);
        rows.push(...reads);
        const logged = statementLog();
        const profiled = core ? await openBenchTeamCore(store.person, 0, [logged.plugin]) : null;
        const profiler = profiled && 'core' in profiled ? profiled.core : null;
        try {
          if (profiler) await explainMissedReads(env, reads, live, { profiler, logged, bare });
        } finally {
          await profiler?.close({ backup: false });
        }
      } else if (config.only === 'agenda') {
        if (core) {
          log('Measuring the rota and agenda proposal only (--only agenda)…');
          const proposal = await measureAgenda(env, { core, agendaOf: proposedAgendaOf(admin), faults: [] });
          rows.push(...proposal.rows);
          agenda = proposal.report;
        }
      } else if (config.only === 'autosave') {
        const live = await putBackInTheRoomPg(admin, store.admin, dataset.manifest.probes.minutesMeetingId);
        log('Measuring autosave-sized writes only (--only autosave)…');
        rows.push(...(await measurePgAutosave(env, core, notRun, bare, live)));
        rows.push(...(await measureVersionCheckCost(env, bare, live)));
        const logged = statementLog();
        const profiled = core ? await openBenchTeamCore(store.person, 0, [logged.plugin]) : null;
        const profiler = profiled && 'core' in profiled ? profiled.core : null;
        try {
          if (profiler) for (const p of await profilePgAutosave(profiler, logged, bare, live, env.config.runs.profile)) log(renderPgStatementProfile(p));
        } finally {
          await profiler?.close({ backup: false });
        }
      } else {
        if (core) {
          // Before the meeting is put back in the room: it is exported as approved minutes, as on SQLite.
          log('Measuring the Word exports…');
          const filingDir = emptyFolder('exports-pg');
          rows.push(
            ...(await measureExports(env, {
              core,
              dir: filingDir,
              anotherInTheRoom: async (except) => putBackInTheRoomPg(admin, store.admin, await anotherHeldPanelPg(admin, except)),
            })),
          );
          log('Measuring the management figures…');
          rows.push(...(await measureFigures(env, core)));
        }
        const live = await putBackInTheRoomPg(admin, store.admin, dataset.manifest.probes.minutesMeetingId);
        log('Measuring autosave-sized writes…');
        rows.push(...(await measurePgAutosave(env, core, notRun, bare, live)));
        rows.push(...(await measureVersionCheckCost(env, bare, live)));
        // A second core that logs its statements: where an autosave's time goes, and a missed read's.
        const logged = statementLog();
        const profiled = core ? await openBenchTeamCore(store.person, 0, [logged.plugin]) : null;
        const profiler = profiled && 'core' in profiled ? profiled.core : null;
        try {
          if (profiler) for (const p of await profilePgAutosave(profiler, logged, bare, live, env.config.runs.profile)) log(renderPgStatementProfile(p));
          log('Measuring the tracker, search, the minutes workspace and the action list…');
          const reads = await measurePgReads(env, core, notRun, live);
          rows.push(...reads);
          log('Measuring a save on one laptop seen on another…');
          rows.push(...(await measureLiveAcross(env, core, notRun, store.person, live)));
          if (profiler) await explainMissedReads(env, reads, live, { profiler, logged, bare });
        } finally {
          await profiler?.close({ backup: false });
        }
        if (core) {
          log('Measuring the first tracker query of a new day…');
          rows.push(...(await measurePgNewDay(env, store.person, admin, live)));
          log('Measuring the sign-in…');
          rows.push(...(await measurePgOpen(env, store.person)));
          // Last: it adds a series and its prepared meetings to the one team store (SQLite gives it a copy of its own).
          log('Measuring the rota and agenda proposal…');
          const proposal = await measureAgenda(env, { core, agendaOf: proposedAgendaOf(admin), faults: [] });
          rows.push(...proposal.rows);
          agenda = proposal.report;
        }
      }
    } finally {
      await bare.end();
      await admin.end();
      memory.stop();
      removeWorkingCopies();
    }
    if (core && config.only === null) rows.push(pgMemoryRow(memory));
    if (config.only === null) for (const n of NOT_YET_ON_POSTGRES) rows.push(skippedRow(`${n.id}.postgres`, n.group, n.label, n.why));
  } finally {
    await core?.close({ backup: false });
    await store.drop();
  }

  const report: BenchReport = {
    ...runReport({ engine: 'postgres', started, loadAtStart, quick: config.quick, dataset, rows }),
    profiles: { tracker: [], autosave: [], memory: memory.phases },
    agenda,
    notMeasuredYet: NOT_MEASURED_YET,
  };
  for (const line of runHeader(report)) log(line);
  log(renderTable(rows));
  log(`
What the autosave lines compare on PostgreSQL:
  router  the same call as on SQLite, through createTeamCore signed in as one person holding all five group roles.
  bare    the same rows written in one transaction with named prepared statements on a plain pg client signed in
          as the same person (so the same grants and triggers: the audit actor, the search vector and its GIN
          index), over the same loopback. Samples alternate between the two. Ratio = router ÷ bare, medians.`);
  const sqlite = readSqliteReport(config.resultsDir);
  log(`\nBoth engines, for the README (SQLite from ${sqlite ? `the run of ${sqlite.startedAt}` : 'no SQLite run in the results folder: run npm run bench first'}; timings are p95):\n`);
  log(sideBySide(sqlite, rows.filter((r) => !NOT_YET_ON_POSTGRES.some((n) => r.id === `${n.id}.postgres`)), NOT_YET_ON_POSTGRES));
  const file = writeReport(config.resultsDir, report);
  log(`\n${report.summary.pass} passed, ${report.summary.miss} missed, ${report.summary.fail} failed, ${report.summary.skipped} not run · ${report.durationSeconds} s · written to ${path.relative(process.cwd(), file)} and latest-postgres.json`);
}

/** The statements one minutes export sends (each a round trip on the council's network), from a second core that logs them. */
async function profilePgExport(env: BenchEnv, person: BenchLogin, meetingId: number, bare: pg.Client): Promise<ResultRow[]> {
  const logged = statementLog();
  const opened = await openBenchTeamCore(person, 0, [logged.plugin]);
  if (!('core' in opened)) return [];
  try {
    // Begin and commit of its audit row's write are two more.
    const profile = await profilePgCall(opened.core, logged, 'minutes.exportDocx', () => ({ id: meetingId }), env.config.runs.profile, 2);
    env.log(renderPgStatementProfile(profile, 'minutes.exportDocx'));
    // Whether the server plans the read each time it is sent (a custom plan) or runs the plan it keeps (generic), and what planning it costs.
    const plans = await sql<{ generic_plans: number; custom_plans: number; statement: string }>`select generic_plans, custom_plans, statement from pg_prepared_statements`.execute(opened.core.store.db);
    for (const p of plans.rows) env.log(`  prepared on the profiling connection: ${p.generic_plans} generic, ${p.custom_plans} custom plans: ${p.statement.replace(/\s+/g, ' ').slice(0, 80)}`);
    const plan = await explainSlowest(bare, profile);
    env.log(plan.split('\n').filter((line) => /plan of the slowest|Planning Time|Execution Time/.test(line)).join('\n'));
    return [valueRow('export.statements', 'Word exports of the longest Permanence Panel', '  statements one minutes.exportDocx sends: each a round trip', 'count', profile.roundTrips, undefined, `router ${profile.routerMs.toFixed(1)} ms (median) with the statements logged`)];
  } finally {
    await opened.core.close({ backup: false });
  }
}

/** For each read that missed its target (or a search near it): where its time goes, statement by statement, and the plan of its slowest statement. */
async function explainMissedReads(env: BenchEnv, reads: ResultRow[], live: LiveMeeting, by: { profiler: Core; logged: StatementLog; bare: pg.Client }): Promise<void> {
  for (const read of pgReads(env, live)) {
    const row = reads.find((r) => r.id === read.id);
    const near = read.procedure === 'search.minutes' && row?.stats !== undefined && row.stats.p95 > 0.7 * read.target.limit;
    if (row?.status !== 'miss' && !near) continue;
    const p = await profilePgCall(by.profiler, by.logged, read.procedure, () => read.input, env.config.runs.profile);
    env.log(renderPgStatementProfile(p, `${read.procedure} (${read.label}${row?.status === 'miss' ? ', missed' : ', near its target'})`));
    env.log(await explainSlowest(by.bare, p));
  }
}

/** The newest approved panel of the same kind as `except`, other than it: the one put back in the room for typing during the exports (as on SQLite). */
async function anotherHeldPanelPg(admin: pg.Client, except: number): Promise<number> {
  const { rows } = await admin.query(
    "select m.id from meetings m join agenda_items a on a.meeting_id = m.id where m.status = 'approved' and m.id != $1 and m.type_id = (select type_id from meetings where id = $1) group by m.id order by max(m.date) desc limit 1",
    [except],
  );
  if (!rows[0]) throw new Error('The dataset has no second approved meeting with an agenda to type into.');
  return (rows[0] as { id: number }).id;
}

/** What a prepared date's agenda proposed, read back as the store holds it. */
function proposedAgendaOf(admin: pg.Client): ProposedAgenda {
  return async (seriesId, key) =>
    (
      await admin.query(
        `select m.id as id, count(distinct i.id)::int as items, count(ic.child_id)::int as children
           from meetings m left join agenda_items i on i.meeting_id = m.id and i.source = 'proposed' left join agenda_item_children ic on ic.item_id = i.id
          where m.series_id = $1 and m.occurrence_key = $2 group by m.id`,
        [seriesId, key],
      )
    ).rows[0] as { id: number; items: number; children: number } | undefined;
}
