import { createCore, type Core as AnyCore, type SqliteCore as Core } from '../../../electron/core/core';
import { getMeeting, prepareMeeting } from '../../../electron/core/features/meetings/meetings';
import { viewRota } from '../../../electron/core/features/rota/rota';
import { contract, type ProcedureOutput } from '../../../shared/contract';
import { addMonthsIso } from '../../../shared/domain/dates';
import { plusDays } from '../../../shared/domain/day-numbers';
import { workingCopy } from '../dataset/cache';
import { datasetNow, DATASET_TODAY } from '../dataset/spec';
import { ms } from '../report/format';
import { failedRow, skippedRow, TARGETS, timingRow, valueRow, type ResultRow } from '../report/rows';
import { callOk } from './bench-core';
import { profileCall, type CallProfile } from './call-profile';
import type { BenchEnv } from './env';
import { summarise } from './stats';
import { timed, timeLoop } from './timing';

/** The proposed part of a date's agenda as stored: its meeting, items and children (read past the app, so known when a call failed after its commit). */
export type ProposedAgenda = (seriesId: number, key: string) => Promise<{ id: number; items: number; children: number } | undefined>;

/** The agenda rows on a store opened elsewhere (the team store): its core, how the stored agenda is read there, and where faults are kept. */
export interface AgendaOn {
  core: AnyCore;
  agendaOf: ProposedAgenda;
  faults: string[];
}

const GROUP = 'Agenda proposal: a weekly Permanence Panel, every team on its rota (router, zod both ways)';

/** Thursday: 0 = Monday. */
const WEEKDAY = 3;
/** The series runs 10:00 to 12:00. */
const SESSION_MINUTES = 120;

type Detail = ProcedureOutput<'meetings.prepare'>;

export interface PreparedSample {
  key: string;
  date: string;
  team: string | null;
  /** The team's first date in the series: a later turn leaves out children already on a coming agenda. */
  firstTurn: boolean;
  /** Until the router answered, whether with the meeting or an error. */
  ms: number;
  /** The router's error, when the call failed; the internal fault behind an INTERNAL one. */
  error: string | null;
  /** Read from the database after the call, so they are known for a failed call too. */
  items: number;
  children: number;
  /** What falls due before the team's next turn: the window the proposal covers (from a successful answer). */
  dueBy: string | null;
  /** Children due in that window who did not fit the session, listed beside the agenda (from a successful answer). */
  notFitted: number | null;
}

/** Where one rota or agenda call's time goes (see call-profile.ts). */
export type AgendaProfile = CallProfile<'rota.view' | 'meetings.prepare' | 'meetings.get'>;

export interface AgendaReport {
  series: { id: number; weekday: number; startsOn: string; teams: number; datesInYear: number; scheduledInYear: number };
  prepared: PreparedSample[];
  /** The prepared meeting meetings.get was timed on (the longest agenda that opens), and how many prepared meetings do not open. */
  getMeeting: { id: number; date: string; team: string | null; items: number; children: number; suggestions: number } | null;
  unopenable: { meetings: number; of: number; error: string | null };
  profiles: AgendaProfile[];
}

/**
 * The rota and agenda screens on the decade of data: one weekly Permanence Panel whose
 * rota is every team of the dataset (12), created once on a working copy (never the
 * cached dataset). Then, through the router: preparing successive dates (each call
 * materialises a new date and fills its agenda from the review engine: the real
 * operation, once per panel), reloading a prepared meeting (after every agenda
 * change), and the rota for a year. A call that fails is counted and shown, never
 * dropped: the row fails.
 */
export async function measureAgenda(env: BenchEnv, on?: AgendaOn): Promise<{ rows: ResultRow[]; report: AgendaReport }> {
  const faults: string[] = on?.faults ?? [];
  const core: AnyCore = on?.core ?? (await openAgendaCore(workingCopy(env.dataset.dir, 'agenda'), faults));
  const quick = env.config.quick;
  const runs = { prepare: quick ? 10 : 30, get: quick ? 15 : 50, rota: quick ? 10 : 30 };
  const warmup = { prepare: 2, get: 5, rota: 5 };
  const failure = (error: { code: string; message: string }) => (error.code === 'INTERNAL' && faults.length > 0 ? `INTERNAL (${faults[faults.length - 1]!})` : `${error.code}: ${error.message}`);
  try {
    env.memory.begin('agenda: create the series');
    const { pp, teams, series, year, firstView, scheduled } = await createPanel(core, warmup.prepare + runs.prepare);
    const agendaOf = on?.agendaOf ?? proposedAgenda(core as Core);

    // Successive dates, in rota order, each prepared once: each call is a new meeting.
    env.memory.begin('agenda: meetings.prepare of successive dates');
    const prepared: PreparedSample[] = [];
    const meetingIds: number[] = [];
    const teamsSeen = new Set<number | null>();
    for (let i = 0; i < warmup.prepare + runs.prepare; i++) {
      const occurrence = scheduled[i]!;
      const { ms: took, value: result } = await timed(() => core.router.call('meetings.prepare', { seriesId: series.id, key: occurrence.key }));
      env.memory.sample();
      const stored = await agendaOf(series.id, occurrence.key);
      if (result.ok && (result.value as Detail).meeting.date !== occurrence.date) throw new Error(`meetings.prepare for ${occurrence.key} returned another date.`);
      if (!result.ok && !stored) throw new Error(`meetings.prepare for ${occurrence.key} failed before saving anything: ${failure(result.error)}`);
      const firstTurn = !teamsSeen.has(occurrence.teamId);
      teamsSeen.add(occurrence.teamId);
      if (i < warmup.prepare) continue;
      meetingIds.push(stored!.id);
      prepared.push({
        key: occurrence.key,
        date: occurrence.date,
        team: occurrence.teamName,
        firstTurn,
        ms: took,
        error: result.ok ? null : failure(result.error),
        items: stored!.items,
        children: stored!.children,
        dueBy: result.ok ? (result.value as Detail).dueBy : null,
        notFitted: result.ok ? (result.value as Detail).suggestions.length : null,
      });
    }
    const prepare = summarise(prepared.map((p) => p.ms));
    const prepareOk = prepared.filter((p) => p.error === null);
    const prepareFailed = prepared.length - prepareOk.length;
    const children = prepared.map((p) => p.children);
    const meanChildren = mean(children);
    const meanItems = mean(prepared.map((p) => p.items));

    // Which prepared meetings open at all: the screen's reload is only timed on one that does.
    const opened: Detail[] = [];
    let unopenableError: string | null = null;
    for (const id of meetingIds) {
      const result = await core.router.call('meetings.get', { id });
      if (result.ok) opened.push(result.value as Detail);
      else unopenableError ??= failure(result.error);
    }
    const unopenable = meetingIds.length - opened.length;

    // The reload after every agenda change, on the prepared meeting with the longest agenda that opens.
    const longest = opened.length === 0 ? undefined : opened.reduce((best, d) => (count(d) > count(best) ? d : best));
    let get: ResultRow;
    let got: Detail | undefined;
    if (longest) {
      env.memory.begin('agenda: meetings.get of a prepared meeting');
      const samples = await timeLoop(() => callOk(core, 'meetings.get', { id: longest.meeting.id }), {
        warmup: warmup.get,
        runs: runs.get,
        after: (result) => {
          env.memory.sample();
          got = result as Detail;
        },
      });
      const which = `${formatDate(longest.meeting.date)}, ${longest.meeting.teamName ?? 'no team'}: ${got!.items.length} items, ${count(got!)} children, ${got!.suggestions.length} more suggested`;
      get = timingRow('agenda.get', GROUP, 'meetings.get: reload of a prepared meeting', summarise(samples), TARGETS.agendaGet, `the longest prepared agenda that opens (${which}); recomputes slots and suggestions`);
      if (unopenable > 0) get = failedRow(get, `${unopenable} of ${meetingIds.length} prepared meetings do not open: ${unopenableError ?? 'error'}. Timed on the longest agenda that opens (${which})`);
    } else {
      get = { ...skippedRow('agenda.get', GROUP, 'meetings.get: reload of a prepared meeting', `none of the ${meetingIds.length} prepared meetings opens: ${unopenableError ?? 'error'}`, TARGETS.agendaGet), status: 'fail' };
    }

    // The year's rota, with the dates prepared above showing their agendas.
    env.memory.begin('agenda: rota.view for a year');
    let view: ProcedureOutput<'rota.view'> | undefined;
    const rota = summarise(
      await timeLoop(() => callOk(core, 'rota.view', year), {
        warmup: warmup.rota,
        runs: runs.rota,
        after: (result) => {
          env.memory.sample();
          view = result as ProcedureOutput<'rota.view'>;
        },
      }),
    );
    const preparedInYear = view!.occurrences.filter((o) => o.meetingId !== null).length;

    // Proposed items take the type's slot each; the session is 10:00 to 12:00.
    const pastMidnight = prepared.filter((p) => 10 * 60 + p.items * pp.slotMinutes >= 24 * 60).length;
    const proposedNote =
      `children proposed: mean ${meanChildren.toFixed(1)} (min ${Math.min(...children)}, max ${Math.max(...children)}) in ${meanItems.toFixed(1)} items` +
      ` of ${pp.slotMinutes} min, ${((meanItems * pp.slotMinutes) / 60).toFixed(1)} h on average for a ${SESSION_MINUTES / 60} h session; ${pastMidnight} of ${prepared.length} agendas run past midnight`;
    const turns = (['first', 'later'] as const)
      .map((turn) => {
        const of = prepared.filter((p) => p.firstTurn === (turn === 'first'));
        if (of.length === 0) return undefined;
        const t = summarise(of.map((p) => p.ms));
        return `${turn} turns of a team: ${of.length}, mean ${mean(of.map((p) => p.children)).toFixed(1)} children, median ${ms(t.median)}, p95 ${ms(t.p95)}`;
      })
      .filter((x) => x !== undefined)
      .join('; ');
    let prepareRow = timingRow('agenda.prepare', GROUP, 'meetings.prepare: a new date, agenda proposed', prepare, TARGETS.agendaPrepare, `${successiveNote(prepared)}; ${proposedNote}; ${turns}`);
    if (prepareFailed > 0) {
      const okTimes = prepareOk.length > 0 ? summarise(prepareOk.map((p) => p.ms)) : undefined;
      prepareRow = failedRow(
        prepareRow,
        `${prepareFailed} of ${prepared.length} calls failed with ${prepared.find((p) => p.error)!.error}, after committing the meeting and its agenda (times include them)` +
          `; ${proposedNote} (read from the database)` +
          (okTimes ? `; the ${okTimes.n} that succeeded (${mean(prepareOk.map((p) => p.children)).toFixed(1)} children on average): median ${ms(okTimes.median)}, p95 ${ms(okTimes.p95)}` : '') +
          `; ${successiveNote(prepared)}`,
      );
    }
    const rows: ResultRow[] = [
      fitRow(prepared, pp.slotMinutes),
      timingRow(
        'agenda.rotaView',
        GROUP,
        `rota.view: a year of the series (${view!.occurrences.length} dates)`,
        rota,
        TARGETS.rotaView,
        `${teams.length} teams on the rota (${teams.filter((t) => t.archived).length} archived); ${preparedInYear} of the dates prepared, with their item counts`,
      ),
      prepareRow,
      get,
    ];

    // Where the time goes: prepare always (it is the feature's write), the others when they miss or fail.
    // (The profiles time SQLite per statement on the file's own connection: on a team store, none.)
    const profiles: AgendaProfile[] = on ? [] : [await profilePrepare(env, prepared)];
    if (!on && longest && get.status !== 'pass') {
      env.memory.begin('agenda: profile of meetings.get');
      profiles.push(
        await profileCall(env, core as Core, {
          procedure: 'meetings.get',
          label: 'the longest prepared agenda that opens',
          routerMs: get.stats!.median,
          input: () => ({ id: longest.meeting.id }),
          service: (ctx, input) => getMeeting(ctx, contract['meetings.get'].input.parse(input)),
          runs: env.config.runs.profile,
        }),
      );
    }
    if (!on && rows[0]!.status !== 'pass') {
      env.memory.begin('agenda: profile of rota.view');
      profiles.push(
        await profileCall(env, core as Core, {
          procedure: 'rota.view',
          label: 'a year of the series',
          routerMs: rota.median,
          input: () => year,
          service: (ctx, input) => viewRota(ctx, contract['rota.view'].input.parse(input)),
          runs: env.config.runs.profile,
        }),
      );
    }

    const report: AgendaReport = {
      series: { id: series.id, weekday: WEEKDAY, startsOn: DATASET_TODAY, teams: teams.length, datesInYear: firstView.occurrences.length, scheduledInYear: scheduled.length },
      prepared,
      getMeeting: longest ? { id: longest.meeting.id, date: longest.meeting.date, team: longest.meeting.teamName, items: got!.items.length, children: count(got!), suggestions: got!.suggestions.length } : null,
      unopenable: { meetings: unopenable, of: meetingIds.length, error: unopenableError },
      profiles,
    };
    return { rows, report };
  } finally {
    if (!on) await core.close();
  }
}

/** As openBenchCore, but faults are collected for the notes instead of printed with a stack each. */
function openAgendaCore(dir: string, faults: string[]): Promise<Core> {
  return createCore({
    dataDir: dir,
    actor: 'bench',
    appVersion: 'bench',
    mode: 'desktop',
    now: () => datasetNow(),
    onInternalError: (name, err) => faults.push(`${name}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`),
  });
}

/** The weekly Permanence Panel, through the router, and its scheduled dates for a year from the dataset's day. */
async function createPanel(core: AnyCore, needed: number) {
  const pp = (await callOk(core, 'meetingTypes.list', undefined)).find((t) => t.code === 'pp');
  if (!pp) throw new Error('No Permanence Panel meeting type (code pp) in the dataset.');
  // Every team in the dataset, the one archived after a merger included (its children are still open cases).
  const teams = await callOk(core, 'teams.list', { includeArchived: true });
  const series = await callOk(core, 'series.create', {
    typeId: pp.id,
    name: 'Permanence Panel (bench)',
    weekday: WEEKDAY,
    interval: 'weekly',
    startsOn: DATASET_TODAY,
    endsOn: null,
    startTime: '10:00',
    endTime: '12:00',
    venue: 'Civic Centre, Room 2',
    chairId: null,
    holidayRule: 'skip',
    rotation: teams.map((t) => t.id),
  });
  const year = { seriesId: series.id, from: DATASET_TODAY, to: plusDays(addMonthsIso(DATASET_TODAY, 12), -1) };
  const firstView = await callOk(core, 'rota.view', year);
  const scheduled = firstView.occurrences.filter((o) => o.status === 'scheduled' && o.key.startsWith('p:'));
  if (scheduled.length < needed) throw new Error(`The series has ${scheduled.length} scheduled dates in a year; the measurement needs ${needed}.`);
  return { pp, teams, series, year, firstView, scheduled };
}

/** The proposed part of a date's agenda as stored (so it is known when the call failed after its commit too). */
function proposedAgenda(core: Core): ProposedAgenda {
  const statement = core.store.sqlite.prepare(
    `select m.id as id, count(distinct i.id) as items, count(ic.child_id) as children
       from meetings m left join agenda_items i on i.meeting_id = m.id and i.source = 'proposed' left join agenda_item_children ic on ic.item_id = i.id
      where m.series_id = ? and m.occurrence_key = ? group by m.id`,
  );
  return (seriesId, key) => Promise.resolve(statement.get(seriesId, key) as { id: number; items: number; children: number } | undefined);
}

/**
 * Where meetings.prepare's time goes. On a fresh working copy with the same series, so
 * the profiled dates are each team's first turn, like the first timed ones: a later turn
 * leaves out the children already on a coming agenda and proposes far fewer.
 */
async function profilePrepare(env: BenchEnv, samples: readonly PreparedSample[]): Promise<AgendaProfile> {
  env.memory.begin('agenda: profile of meetings.prepare');
  const faults: string[] = [];
  const core = await openAgendaCore(workingCopy(env.dataset.dir, 'agenda-profile'), faults);
  try {
    const runs = env.config.runs.profile;
    const { series, scheduled } = await createPanel(core, runs + 2);
    let next = 0;
    const profile = await profileCall(env, core, {
      procedure: 'meetings.prepare',
      label: '',
      routerMs: Number.NaN,
      input: () => ({ seriesId: series.id, key: scheduled[next++]!.key }),
      service: (ctx, input) => prepareMeeting(ctx, contract['meetings.prepare'].input.parse(input)),
      runs,
    });
    const agendaOf = proposedAgenda(core);
    const profiled = await Promise.all(scheduled.slice(2, 2 + runs).map(async (o) => (await agendaOf(series.id, o.key))?.children ?? 0));
    const firstTurns = samples.filter((p) => p.firstTurn);
    const reference = firstTurns.length > 0 ? firstTurns : samples;
    return {
      ...profile,
      label: `of ${runs} teams' first turns (${mean(profiled).toFixed(1)} children proposed on average; the timed ${firstTurns.length > 0 ? 'first turns' : 'dates'} ${mean(reference.map((p) => p.children)).toFixed(1)})`,
      routerMs: summarise(reference.map((p) => p.ms)).median,
    };
  } finally {
    await core.close();
  }
}

/**
 * "An agenda fits its session": on each team's first turn (its whole backlog due at
 * once), the proposed slots against the session's length. The figure is the fullest
 * first-turn agenda's slots ÷ the session; the note gives children proposed, hours of
 * slots and the children due but not fitted.
 */
function fitRow(prepared: readonly PreparedSample[], slotMinutes: number): ResultRow {
  const label = 'proposals for a team’s first turn: slots ÷ the session’s length (fullest agenda)';
  const first = prepared.filter((p) => p.firstTurn && p.error === null);
  if (first.length === 0) return skippedRow('agenda.fit', GROUP, label, 'no team’s first turn was prepared without an error', TARGETS.agendaFit);
  const hours = (p: PreparedSample) => (p.items * slotMinutes) / 60;
  const fullest = Math.max(...first.map((p) => (p.items * slotMinutes) / SESSION_MINUTES));
  const note =
    `${first.length} first turns: children proposed mean ${mean(first.map((p) => p.children)).toFixed(1)} (max ${Math.max(...first.map((p) => p.children))}),` +
    ` ${mean(first.map(hours)).toFixed(1)} h of slots on average (max ${Math.max(...first.map(hours)).toFixed(1)} h) for a ${SESSION_MINUTES / 60} h session;` +
    ` due but not fitted, listed beside the agenda: mean ${mean(first.map((p) => p.notFitted ?? 0)).toFixed(1)} (max ${Math.max(...first.map((p) => p.notFitted ?? 0))})`;
  return valueRow('agenda.fit', GROUP, label, '×', fullest, TARGETS.agendaFit, note);
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function count(d: Detail): number {
  return d.items.reduce((sum, item) => sum + item.children.length, 0);
}

function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function successiveNote(prepared: readonly PreparedSample[]): string {
  const first = prepared[0]!;
  const last = prepared[prepared.length - 1]!;
  return `${prepared.length} successive dates, ${formatDate(first.date)} to ${formatDate(last.date)}, each a new meeting`;
}
