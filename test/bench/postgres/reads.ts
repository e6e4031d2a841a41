import type { Core } from '../../../electron/core/core';
import type { ProcedureInput, ProcedureName } from '../../../shared/contract';
import type { SearchProbe } from '../dataset/describe';
import { callOk } from '../measure/bench-core';
import type { BenchEnv } from '../measure/env';
import type { LiveMeeting } from '../measure/live-meeting';
import { summarise } from '../measure/stats';
import { timeLoop } from '../measure/timing';
import { trackerVariants } from '../measure/tracker';
import { skippedRow, TARGETS, timingRow, type ResultRow, type Target } from '../report/rows';

const TRACKER_GROUP = 'Tracker query (through the router, output checked by zod)';
const SEARCH_GROUP = 'Full-text search of the minutes (search.minutes through the router)';
const MINUTES_GROUP = 'The minute-taker’s workspace and the action list (through the router)';

interface Read {
  id: string;
  group: string;
  label: string;
  procedure: ProcedureName;
  input: unknown;
  target: Target;
}

/**
 * The reads the SQLite bench times through the router, with the same ids, labels, inputs and
 * targets, for the team store: the tracker's filters, the minutes search, the live meeting's
 * workspace and the action lists.
 */
export function pgReads(env: BenchEnv, live: LiveMeeting): Read[] {
  const { probes } = env.dataset.manifest;
  const s = probes.minutesSearch;
  const search = (id: string, what: string, probe: SearchProbe): Read => ({ id: `search.${id}`, group: SEARCH_GROUP, label: `${what}: “${probe.query}”`, procedure: 'search.minutes', input: { query: probe.query }, target: TARGETS.fullTextSearch });
  const actions = (id: string, label: string, input: ProcedureInput<'actions.list'>): Read => ({ id: `actions.${id}`, group: MINUTES_GROUP, label: `actions.list: ${label}`, procedure: 'actions.list', input, target: TARGETS.actionList });
  return [
    ...trackerVariants(env).map((v) => ({ id: v.id, group: TRACKER_GROUP, label: v.label, procedure: 'tracker.query' as const, input: v.input, target: TARGETS.trackerQuery })),
    search('common', 'a common word', s.common),
    search('rare', 'a rare word', s.rare),
    search('phrase', 'a two-word phrase', s.phrase),
    search('surname', 'a child’s surname', s.surname),
    search('caseRef', 'a case reference', s.caseRef),
    { id: 'minutes.get', group: MINUTES_GROUP, label: `minutes.get: reopen a live ${live.items.length}-item Permanence Panel`, procedure: 'minutes.get', input: { id: live.id }, target: TARGETS.minutesGet },
    actions('open', 'open actions, soonest due first (the default view)', {}),
    actions('owner', `open actions of one owner (${probes.actionOwnerName})`, { ownerId: probes.actionOwnerId }),
    actions('overdue', 'overdue actions', { overdue: true }),
    actions('team', `open actions for one team’s children (${probes.actionTeamName})`, { teamId: probes.actionTeamId }),
  ];
}

/** Each read through the team store's router, p95 against the same target as on SQLite; without the core, each is reported as not run. */
export async function measurePgReads(env: BenchEnv, core: Core | null, notRun: string, live: LiveMeeting, which: (read: Read) => boolean = () => true): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const read of pgReads(env, live).filter(which)) {
    if (!core) {
      rows.push(skippedRow(read.id, read.group, read.label, notRun, read.target));
      continue;
    }
    env.memory.begin(`${read.procedure} ${read.label} (PostgreSQL)`);
    const samples = await timeLoop(() => callOk(core, read.procedure, read.input as never), { warmup: env.config.warmup.tracker, runs: env.config.runs.tracker, after: () => env.memory.sample() });
    rows.push(timingRow(read.id, read.group, read.label, summarise(samples), read.target));
  }
  return rows;
}
