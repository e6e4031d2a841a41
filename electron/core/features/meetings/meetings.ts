import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import type { MeetingDetail, MeetingSummary } from '../../../../shared/schemas/agenda';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { changedFields } from '../../data/audit';
import { assertPersonExists, notFound } from '../guards';
import { insertItems, lgpReasonForRule, NO_PAPERS_YET } from '../agenda/agenda-rows';
import { REASON_MAX } from '../../../../shared/schemas/agenda';
import { dueByFor, getMeetingRow, meetingDetail, summarise } from './detail';
import { dueChildren, type DueChild } from './proposals';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { findOccurrence, loadSeriesAndRota } from '../rota/rota-source';
import { compareUrgency, fitToSession, mostUrgent } from '../../../../shared/agenda/fit';
import { parseClock } from '../../../../shared/agenda/slots';
import { assertBookingDate } from '../cpm/cpm';
import type { Db } from '../../db/db-type';
import type { MeetingRow } from '../../db/schema';
import { write } from '../../data/write';
import { childIdsOfMeeting, findMeetingOnRotaDate, insertMeeting, meetingsBetween, updateMeetingDetails } from './repository/meetings';
import { allMeetingTypes, meetingTypeById } from './repository/meeting-types';
import { personNamed } from '../settings/repository';

export function getMeeting(ctx: ServiceContext, input: { id: number }): Promise<MeetingDetail> {
  return meetingDetail(ctx, input.id);
}

/** Siblings due together are proposed as one item, as panels discuss them. */
function groupSiblings(due: DueChild[]): DueChild[][] {
  const groups: DueChild[][] = [];
  const byGroup = new Map<number, DueChild[]>();
  for (const d of due) {
    if (d.siblingGroupId === null) {
      groups.push([d]);
      continue;
    }
    const existing = byGroup.get(d.siblingGroupId);
    if (existing) existing.push(d);
    else {
      const group = [d];
      byGroup.set(d.siblingGroupId, group);
      groups.push(group);
    }
  }
  return groups;
}

/**
 * Turns a rota date into a meeting with the review engine's proposed agenda. Calling it
 * again for the same date returns the same meeting, so two people opening the same
 * date never make two meetings.
 */
export async function prepareMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.prepare'>): Promise<MeetingDetail> {
  // Before the transaction, a batch at a time: the proposal inside it then finds nothing stale.
  await bringTrackingUpToDate(ctx.db, todayIso(ctx.now()));
  const id = await write(ctx, async (w) => {
    const existing = await findMeetingOnRotaDate(w.db, input.seriesId, input.key);
    if (existing) return existing.id;
    const read = await loadSeriesAndRota(w.db, input.seriesId);
    if (!read) throw notFound('meeting series');
    const { series, source } = read;
    const occurrence = findOccurrence(source, input.key);
    if (!occurrence) throw new AppError('NOT_FOUND', 'That date is no longer part of the rota. Reload the rota and choose again.');
    if (occurrence.status !== 'scheduled') {
      const why = occurrence.status === 'holiday' ? `a bank holiday (${occurrence.holidayName ?? 'bank holiday'})` : 'cancelled';
      throw new AppError('CONFLICT', `There is no meeting on ${formatUkDate(occurrence.date)}: it is ${why}. Restore or move the date on the rota first.`);
    }
    const type = await meetingTypeById(w.db, series.type_id);
    const now = isoNow(ctx);
    const meeting = await insertMeeting(w.db, {
      type_id: type.id,
      series_id: series.id,
      occurrence_key: input.key,
      date: occurrence.date,
      start_time: series.start_time,
      end_time: series.end_time,
      venue: series.venue,
      chair_id: series.chair_id,
      team_id: occurrence.teamId,
      created_at: now,
      updated_at: now,
    });
    let proposed = 0;
    let notFitted = 0;
    if (type.proposes !== null && type.form !== 'cpm') {
      const due = await dueChildren(w.db, {
        kind: type.proposes,
        teamId: meeting.team_id,
        // The rota read above is this meeting's own: its next turn needs no second read.
        dueBy: await dueByFor(w.db, meeting, source),
        today: todayIso(ctx.now()),
        elsewhere: { typeId: type.id, exceptMeetingId: meeting.id },
      });
      // Most urgent first, as many as the session holds; the rest stay listed as due but not fitted.
      const byUrgency = compareUrgency(meeting.date);
      const groups = groupSiblings(due).sort((a, b) => byUrgency(mostUrgent(a, meeting.date), mostUrgent(b, meeting.date)));
      const fit = fitToSession(groups, type.slot_minutes, parseClock(meeting.end_time) - parseClock(meeting.start_time));
      notFitted = fit.notFitted.reduce((n, g) => n + g.length, 0);
      const lgp = type.form === 'lgp';
      await insertItems(
        w.db,
        meeting.id,
        fit.fitted.map((group) => {
          const lead = mostUrgent(group, meeting.date);
          return {
            childIds: group.map((d) => d.childId),
            presenterId: lead.socialWorkerId ?? lead.teamManagerId,
            slotMinutes: type.slot_minutes,
            reason: [...new Set(group.map((d) => d.reason))].join('; ').slice(0, REASON_MAX),
            source: 'proposed' as const,
            dueRule: lead.rule,
            lgpReason: lgp ? (lgpReasonForRule(lead.rule) ?? 'other') : null,
            papers: lgp ? NO_PAPERS_YET : null,
          };
        }),
        now,
      );
      proposed = fit.fitted.reduce((n, g) => n + g.length, 0);
    }
    await w.audit({
      action: 'create',
      entity: 'meeting',
      entityId: meeting.id,
      summary: `Prepared the agenda of ${type.name} on ${formatUkDate(meeting.date)} (${proposed} ${proposed === 1 ? 'child' : 'children'} proposed${notFitted > 0 ? `, ${notFitted} more due but not fitted in the session` : ''})`,
    });
    return meeting.id;
  });
  return meetingDetail(ctx, id);
}

export async function updateMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.update'>): Promise<MeetingDetail> {
  await write(ctx, async (w) => {
    const before = await getMeetingRow(w.db, input.id);
    if (before.status !== 'planned') throw new AppError('CONFLICT', 'This meeting has started, so its details are part of the record and can no longer change.');
    await assertPersonExists(w.db, input.chairId, 'chairId');
    const date = input.date ?? before.date;
    if (date !== before.date) await assertMovableTo(w.db, ctx, before, date);
    const pickInput = { date, startTime: input.startTime, endTime: input.endTime, venue: input.venue, chairId: input.chairId };
    const stored = { date: before.date, startTime: before.start_time, endTime: before.end_time, venue: before.venue, chairId: before.chair_id };
    if (Object.keys(changedFields(stored, pickInput)).length > 0) {
      await w.claimVersion({
        table: 'meetings',
        key: { id: before.id },
        version: input.version,
        entity: 'meeting',
        entityId: before.id,
        // Read again: on a team store another save may have committed since `before` was read.
        fields: async () => {
          const now = await getMeetingRow(w.db, before.id);
          const stored = { date: now.date, startTime: now.start_time, endTime: now.end_time, venue: now.venue, chairId: now.chair_id };
          const chair = stored.chairId === null ? undefined : await personNamed(w.db, stored.chairId);
          const shown: Partial<Record<keyof typeof pickInput, string>> = { date: `‘${formatUkDate(stored.date)}’`, ...(chair ? { chairId: `‘${chair.name}’` } : {}) };
          return Object.fromEntries((Object.keys(pickInput) as (keyof typeof pickInput)[]).map((k) => [k, { mine: pickInput[k], theirs: stored[k], ...(shown[k] ? { shown: shown[k] } : {}) }]));
        },
      });
    }
    const row = await updateMeetingDetails(w.db, input.id, { date, start_time: input.startTime, end_time: input.endTime, venue: input.venue, chair_id: input.chairId, updated_at: isoNow(ctx) });
    const pick = (r: typeof row) => ({ date: r.date, startTime: r.start_time, endTime: r.end_time, venue: r.venue, chairId: r.chair_id });
    const changes = changedFields(pick(before), pick(row));
    if (Object.keys(changes).length > 0) {
      await w.audit({ action: 'update', entity: 'meeting', entityId: row.id, summary: `Changed the details of the meeting on ${formatUkDate(row.date)}`, details: changes });
    }
  });
  return meetingDetail(ctx, input.id);
}

/** A booking moves to a working day from today on; a rota's date moves on the rota, so the teams' turns stay right. */
async function assertMovableTo(db: Db, ctx: ServiceContext, m: MeetingRow, date: string): Promise<void> {
  if (m.series_id !== null) {
    throw new AppError('INVALID_INPUT', 'This meeting is a date of a rota: move it on the rota, so the teams’ turns stay right.', { date: 'Move it on the rota.' });
  }
  if (date < todayIso(ctx.now())) {
    throw new AppError('INVALID_INPUT', 'A booking can move to today or a later day: a meeting is held on its date, never before it.', { date: 'Choose today or a later date.' });
  }
  const children = await childIdsOfMeeting(db, m.id);
  await assertBookingDate(db, m.type_id, children.map((c) => c.child_id), date, m.id);
}

export async function listMeetings(ctx: ServiceContext, input: ParsedInput<'meetings.list'>): Promise<MeetingSummary[]> {
  const rows = await meetingsBetween(ctx.db, input.from, input.to, input.limit);
  const types = new Map((await allMeetingTypes(ctx.db)).map((t) => [t.id, t]));
  return Promise.all(rows.map(({ items, ...m }) => summarise(ctx.db, m, types.get(m.type_id)!, Number(items ?? 0))));
}
