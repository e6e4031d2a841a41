import type { Db } from '../../db/db-type';
import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { formatLongDate } from '../../../../shared/domain/long-date';
import { isWorkingDay } from '../../../../shared/domain/working-days';
import { parseClock } from '../../../../shared/agenda/slots';
import type { CpmRow, MeetingDetail } from '../../../../shared/schemas/agenda';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { loadBankHolidayNames } from '../../data/tables/settings';
import { assertPersonExists } from '../guards';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { insertItem } from '../agenda/agenda-rows';
import { meetingDetail } from '../meetings/detail';
import { write } from '../../data/write';
import type { Writer } from '../../data/write';
import { childTracking } from '../../data/tables/child-tracking';
import { findChild } from '../children/repository/children';
import { bookingOnDate, childrenWithCpmDue, cpmMeetingType, insertMeeting, plannedCpmBookings } from './repository';

/** The list is for working through, soonest first; a council with thousands of children filters by team. */
const CPM_LIST_LIMIT = 300;

/**
 * Every open child with a Care Planning Meeting due, soonest first, with the next one
 * already booked (if any) and when the last was held.
 */
export async function listCpms(ctx: ServiceContext, input: ParsedInput<'cpm.list'>): Promise<CpmRow[]> {
  const today = todayIso(ctx.now());
  await bringTrackingUpToDate(ctx.db, today);
  const search = input.search.trim();
  const rows = await childrenWithCpmDue(ctx.db, { teamId: input.teamId, search });

  // Bookings not yet held: from today on they are booked; before today, the day came and went without the meeting.
  const bookings = await plannedCpmBookings(ctx.db);
  const booked = new Map(bookings.filter((b) => b.date >= today).map((b) => [b.child_id, { meetingId: b.id, date: b.date, startTime: b.start_time }]));
  const missed = new Map<number, { meetingId: number; date: string }>();
  for (const b of bookings) if (b.date < today && !missed.has(b.child_id)) missed.set(b.child_id, { meetingId: b.id, date: b.date });

  const out: CpmRow[] = rows.map((r) => {
    const due = childTracking.columns.due.decode(r.due).filter((d) => d.kind === 'cpm').sort((a, b) => a.date.localeCompare(b.date))[0];
    return {
      childId: r.id,
      caseRef: r.case_ref,
      firstName: r.first_name,
      lastName: r.last_name,
      teamName: r.team_name,
      teamManagerId: r.team_manager_id,
      teamManagerName: r.manager_name,
      dueDate: due?.date ?? null,
      reason: due?.reason ?? null,
      lastCpm: (r.last_cpm as string | null) ?? null,
      booked: booked.get(r.id) ?? null,
      // A missed booking matters until a meeting is held after it.
      missed: [missed.get(r.id)].find((m) => m !== undefined && (r.last_cpm === null || m.date > (r.last_cpm as string))) ?? null,
    };
  });
  return out
    .filter((r) => input.dueBy === null || (r.dueDate !== null && r.dueDate <= input.dueBy))
    .sort((a, b) => (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9') || a.lastName.localeCompare(b.lastName))
    .slice(0, CPM_LIST_LIMIT);
}

/** A booking is on a working day, and not on a day the child already has one of these meetings. */
export async function assertBookingDate(db: Db, typeId: number, childIds: readonly number[], date: string, exceptMeetingId: number | null): Promise<void> {
  const holiday = (await loadBankHolidayNames(db)).get(date);
  if (holiday || !isWorkingDay(date, new Set())) {
    throw new AppError('INVALID_INPUT', `${formatLongDate(date)} is ${holiday ? `a bank holiday (${holiday})` : 'at a weekend'}. Choose a working day.`, { date: 'Choose a working day.' });
  }
  if (childIds.length === 0) return;
  const clash = await bookingOnDate(db, typeId, childIds, date, exceptMeetingId);
  if (clash) throw new AppError('CONFLICT', `A Care Planning Meeting is already booked for this child on ${formatUkDate(date)}.`, { date: 'Already booked on this date.' });
}

/** Books a Care Planning Meeting for one child, chaired by their team manager unless someone else is named. */
export async function bookCpm(ctx: ServiceContext, input: ParsedInput<'cpm.book'>): Promise<MeetingDetail> {
  const id = await write(ctx, (w) => bookCpmWithin(w, input));
  return meetingDetail(ctx, id);
}

/** Books inside the caller's transaction (closing a Care Planning Meeting books the next one in the same write). */
export async function bookCpmWithin(w: Writer, input: ParsedInput<'cpm.book'>): Promise<number> {
  const { db: trx, ctx } = w;
  const child = await findChild(trx, input.childId);
  if (!child) throw new AppError('INVALID_INPUT', 'That child could not be found.', { childId: 'Choose a child.' });
  if (child.closed_on !== null) throw new AppError('INVALID_INPUT', `${child.first_name} ${child.last_name}’s record is closed.`, { childId: 'This child’s record is closed.' });
  const chairId = input.chairId ?? child.team_manager_id;
  await assertPersonExists(trx, chairId, 'chairId');
  const type = await cpmMeetingType(trx);
  await assertBookingDate(trx, type.id, [child.id], input.date, null);
  const now = isoNow(ctx);
  const meeting = await insertMeeting(trx, {
    type_id: type.id,
    series_id: null,
    occurrence_key: null,
    date: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    venue: input.venue,
    chair_id: chairId,
    team_id: child.team_id,
    created_at: now,
    updated_at: now,
  });
  await insertItem(
    trx,
    meeting.id,
    {
      childIds: [child.id],
      presenterId: child.social_worker_id,
      slotMinutes: parseClock(input.endTime) - parseClock(input.startTime),
      reason: 'Care Planning Meeting',
      source: 'booked',
      dueRule: null,
      lgpReason: null,
      papers: null,
    },
    now,
  );
  await w.audit({ action: 'create', entity: 'meeting', entityId: meeting.id, summary: `Booked a Care Planning Meeting for ${child.case_ref} on ${formatUkDate(input.date)}` });
  return meeting.id;
}
