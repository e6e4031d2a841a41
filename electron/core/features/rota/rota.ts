import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { formatLongDate } from '../../../../shared/domain/long-date';
import { isWorkingDay } from '../../../../shared/domain/working-days';
import { patternDates } from '../../../../shared/rota/generate';
import type { RotaOccurrence } from '../../../../shared/schemas/series';
import type { Db } from '../../db/db-type';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { assertTeamExists } from '../guards';
import { findOccurrence, loadRotaSource, rotaFor, type RotaSource } from './rota-source';
import { getSeriesRow, loadSeries } from './series';
import { syncSeriesMeetings } from './sync-meetings';
import { write } from '../../data/write';
import {
  deleteExtraDate,
  deleteMeeting,
  deleteOverride,
  findExtraDate,
  findOverride,
  insertExtraDate,
  insertOverride,
  meetingsOfSeriesWithItemCounts,
  moveExtraDate,
  teamNameMap,
} from './repository';

async function preparedMeetings(db: Db, seriesId: number) {
  const rows = await meetingsOfSeriesWithItemCounts(db, seriesId);
  return new Map(rows.map((r) => [r.occurrence_key ?? `m:${r.id}`, { ...r, items: Number(r.items) }]));
}

export async function viewRota(ctx: ServiceContext, input: ParsedInput<'rota.view'>): Promise<ProcedureOutput<'rota.view'>> {
  const row = await getSeriesRow(ctx.db, input.seriesId);
  const [series, source, names, meetings] = await Promise.all([loadSeries(ctx.db, row.id), loadRotaSource(ctx.db, row), teamNameMap(ctx.db), preparedMeetings(ctx.db, row.id)]);
  const result = rotaFor(source, input.from, input.to);
  const name = (id: number | null) => (id === null ? null : (names.get(id) ?? null));
  const occurrences: RotaOccurrence[] = result.occurrences.map((o) => {
    const meeting = meetings.get(o.key);
    // Once prepared, the meeting's own team is the truth (its agenda is that team's children); once held, its date too.
    const teamId = meeting && o.status === 'scheduled' ? meeting.team_id : o.teamId;
    const held = meeting !== undefined && meeting.status !== 'planned';
    return {
      key: o.key,
      patternDate: o.patternDate,
      date: held ? meeting.date : o.date,
      meetingStatus: meeting?.status ?? null,
      teamId,
      teamName: name(teamId),
      rotaTeamName: name(o.rotaTeamId),
      status: held ? 'scheduled' : o.status,
      change: o.change,
      holidayName: o.holidayName,
      swapped: o.swapped,
      note: o.note,
      meetingId: meeting?.id ?? null,
      itemCount: meeting?.items ?? 0,
    };
  });
  // A prepared meeting whose date the edited pattern no longer produces is kept, never silently dropped.
  const shown = new Set(occurrences.map((o) => o.key));
  for (const [key, m] of meetings) {
    if (shown.has(key) || m.date < input.from || m.date > input.to) continue;
    if (findOccurrence(source, key)) continue;
    occurrences.push({
      key,
      patternDate: null,
      date: m.date,
      teamId: m.team_id,
      teamName: name(m.team_id),
      rotaTeamName: null,
      status: 'scheduled',
      change: null,
      holidayName: null,
      swapped: false,
      note: m.status === 'planned' ? 'No longer a date of this series; kept because its agenda has been prepared.' : 'Held on this date.',
      meetingStatus: m.status,
      meetingId: m.id,
      itemCount: m.items,
    });
  }
  occurrences.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  return { series, from: input.from, to: input.to, occurrences, unmatched: result.unmatched.map((u) => ({ patternDate: u.patternDate, note: u.note })) };
}

function assertPatternDate(source: RotaSource, date: string): void {
  let dates: string[] = [];
  try {
    dates = patternDates(source.pattern, date);
  } catch {
    // A date beyond the generator's reach is simply not one of the series' dates.
  }
  if (!dates.includes(date)) {
    throw new AppError('INVALID_INPUT', `${formatLongDate(date)} is not one of this series’ dates.`, { patternDate: 'Choose a date from the rota.' });
  }
}

function assertMeetingDay(source: RotaSource, date: string, field: string): void {
  const holiday = source.holidays.get(date);
  if (holiday) throw new AppError('INVALID_INPUT', `${formatLongDate(date)} is a bank holiday (${holiday}). Choose a working day.`, { [field]: 'Choose a working day.' });
  if (!isWorkingDay(date, new Set())) throw new AppError('INVALID_INPUT', `${formatLongDate(date)} is at a weekend. Choose a working day.`, { [field]: 'Choose a working day.' });
}

function assertNoClash(source: RotaSource, date: string, exceptKey: string | null, field: string): void {
  const clash = rotaFor(source, date, date).occurrences.find((o) => o.status === 'scheduled' && o.key !== exceptKey);
  if (clash) throw new AppError('CONFLICT', `This series already meets on ${formatLongDate(date)}.`, { [field]: 'Choose a date the series does not already meet on.' });
}

/** A date whose agenda has children on it is not cancelled or removed from under them. */
async function assertNoAgenda(db: Db, seriesId: number, key: string, what: string): Promise<void> {
  const meeting = (await preparedMeetings(db, seriesId)).get(key);
  if (!meeting) return;
  if (meeting.items > 0 || meeting.status !== 'planned') {
    throw new AppError(
      'CONFLICT',
      `This date already has an agenda with ${meeting.items} ${meeting.items === 1 ? 'item' : 'items'}. Remove the items (or move the date instead) before you ${what} it.`,
    );
  }
  await deleteMeeting(db, meeting.id);
}

type Override = { cancelled: number; moved_to: string | null; team_id: number | null; note: string | null };

async function writeOverride(db: Db, ctx: ServiceContext, seriesId: number, patternDate: string, change: Partial<Override>): Promise<void> {
  const existing = await findOverride(db, seriesId, patternDate);
  const next: Override = { cancelled: existing?.cancelled ?? 0, moved_to: existing?.moved_to ?? null, team_id: existing?.team_id ?? null, note: existing?.note ?? null, ...change };
  await deleteOverride(db, seriesId, patternDate);
  // An override that changes nothing is not kept, so "restore" and "swap back" leave no trace in the data.
  if (next.cancelled || next.moved_to !== null || next.team_id !== null || next.note !== null) {
    await insertOverride(db, { series_id: seriesId, pattern_date: patternDate, ...next, updated_at: isoNow(ctx) });
  }
}

/**
 * Moves one date of a series to another day without the planning checks (a meeting
 * really held early, on a day of its own): the rota and the meeting then agree.
 * Only a date no other meeting of the series is on.
 */
export async function moveOccurrence(db: Db, ctx: ServiceContext, seriesId: number, key: string, date: string): Promise<void> {
  const row = await getSeriesRow(db, seriesId);
  const source = await loadRotaSource(db, row);
  assertNoClash(source, date, key, 'date');
  const extra = /^x:(\d+)$/.exec(key);
  if (extra) {
    await moveExtraDate(db, seriesId, Number(extra[1]), date);
  } else {
    const patternDate = key.slice(2);
    const natural = rotaFor({ ...source, overrides: [] }, patternDate, patternDate).occurrences[0];
    await writeOverride(db, ctx, seriesId, patternDate, { cancelled: 0, moved_to: natural && natural.status === 'scheduled' && natural.date === date ? null : date });
  }
  await syncSeriesMeetings(db, ctx, seriesId);
}

/** A meeting that has started is part of the record: its date and team are what happened, whatever the rota says. */
async function assertNotHeld(db: Db, seriesId: number, key: string, when: string): Promise<void> {
  const meeting = (await preparedMeetings(db, seriesId)).get(key);
  if (meeting && meeting.status !== 'planned') {
    throw new AppError('CONFLICT', `The meeting of ${when} has been held, so it cannot be moved, cancelled or given to another team: its date and team are part of the record.`);
  }
}

export async function changeRotaDate(ctx: ServiceContext, input: ParsedInput<'rota.change'>): Promise<ProcedureOutput<'rota.change'>> {
  return write(ctx, async (w) => {
    const row = await getSeriesRow(w.db, input.seriesId);
    const source = await loadRotaSource(w.db, row);
    assertPatternDate(source, input.patternDate);
    const key = `p:${input.patternDate}`;
    const current = findOccurrence(source, key);
    const names = await teamNameMap(w.db);
    const when = formatLongDate(current?.date ?? input.patternDate);
    await assertNotHeld(w.db, row.id, key, when);
    const change = input.change;
    let message: string;
    switch (change.kind) {
      case 'cancel':
        await assertNoAgenda(w.db, row.id, key, 'cancel');
        await writeOverride(w.db, ctx, row.id, input.patternDate, { cancelled: 1, note: change.note });
        message = `${when}: cancelled.`;
        break;
      case 'move': {
        assertMeetingDay(source, change.date, 'date');
        assertNoClash(source, change.date, key, 'date');
        const natural = rotaFor({ ...source, overrides: [] }, input.patternDate, input.patternDate).occurrences[0];
        const movedTo = natural && natural.status === 'scheduled' && natural.date === change.date ? null : change.date;
        await writeOverride(w.db, ctx, row.id, input.patternDate, { cancelled: 0, moved_to: movedTo, note: change.note });
        message = `${when}: moved to ${formatLongDate(change.date)}.`;
        break;
      }
      case 'swap': {
        await assertTeamExists(w.db, change.teamId, 'teamId');
        const prepared = (await preparedMeetings(w.db, row.id)).get(key);
        if (prepared && prepared.items > 0 && prepared.team_id !== change.teamId) {
          throw new AppError(
            'CONFLICT',
            `The agenda for ${when} was prepared for ${names.get(prepared.team_id ?? -1) ?? 'another team'} and has ${prepared.items} ${prepared.items === 1 ? 'item' : 'items'}. Remove them from the agenda first, or swap teams before preparing it.`,
            { teamId: 'This date’s agenda is already prepared for another team.' },
          );
        }
        const rotaTeam = current?.rotaTeamId ?? null;
        await writeOverride(w.db, ctx, row.id, input.patternDate, { team_id: change.teamId === rotaTeam ? null : change.teamId });
        message = `${when}: ${names.get(change.teamId) ?? 'the team'} attend${rotaTeam !== null && rotaTeam !== change.teamId ? ` instead of ${names.get(rotaTeam) ?? 'the rota’s team'}` : ''}.`;
        break;
      }
      case 'restore':
        await deleteOverride(w.db, row.id, input.patternDate);
        message = `${formatLongDate(input.patternDate)}: back to the rota.`;
        break;
    }
    await syncSeriesMeetings(w.db, ctx, row.id);
    await w.audit({ action: 'update', entity: 'meeting_series', entityId: row.id, summary: `Rota of “${row.name}”: ${message}`, details: input.change });
    return { message };
  });
}

export async function addRotaExtra(ctx: ServiceContext, input: ParsedInput<'rota.addExtra'>): Promise<ProcedureOutput<'rota.addExtra'>> {
  return write(ctx, async (w) => {
    const row = await getSeriesRow(w.db, input.seriesId);
    const source = await loadRotaSource(w.db, row);
    assertMeetingDay(source, input.date, 'date');
    assertNoClash(source, input.date, null, 'date');
    await assertTeamExists(w.db, input.teamId, 'teamId');
    const extraId = await insertExtraDate(w.db, { series_id: row.id, date: input.date, team_id: input.teamId, note: input.note, created_at: isoNow(ctx) });
    const message = `Extra meeting added on ${formatLongDate(input.date)}.`;
    await w.audit({ action: 'create', entity: 'meeting_series', entityId: row.id, summary: `Rota of “${row.name}”: ${message}`, details: { extraId, ...input } });
    return { message };
  });
}

export async function removeRotaExtra(ctx: ServiceContext, input: ParsedInput<'rota.removeExtra'>): Promise<ProcedureOutput<'rota.removeExtra'>> {
  return write(ctx, async (w) => {
    const row = await getSeriesRow(w.db, input.seriesId);
    const extra = await findExtraDate(w.db, row.id, input.extraId);
    if (!extra) throw new AppError('NOT_FOUND', 'That extra meeting could not be found. It may already have been removed.');
    await assertNotHeld(w.db, row.id, `x:${extra.id}`, formatLongDate(extra.date));
    await assertNoAgenda(w.db, row.id, `x:${extra.id}`, 'remove');
    await deleteExtraDate(w.db, extra.id);
    const message = `Extra meeting on ${formatLongDate(extra.date)} removed.`;
    await w.audit({ action: 'delete', entity: 'meeting_series', entityId: row.id, summary: `Rota of “${row.name}”: ${message}` });
    return { message };
  });
}
