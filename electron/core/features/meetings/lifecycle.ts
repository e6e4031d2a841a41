import type { ParsedInput } from '../../../../shared/contract';
import { refuseDateToCome } from '../guards';
import { formatUkDate } from '../../../../shared/domain/dates';
import { MEETING_STATUS, type MeetingStatus } from '../../../../shared/domain/minutes-vocabulary';
import { canMove, closeProblems, type ItemForClose } from '../../../../shared/minutes/lifecycle';
import type { MeetingState, MinutesDetail } from '../../../../shared/schemas/minutes';
import type { Db } from '../../db/db-type';
import type { MeetingRow, MeetingTypeRow } from '../../db/schema';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { notFound } from '../guards';
import { getMeetingRow } from './detail';
import { prefillAttendance } from '../minutes/attendance';
import { meetingState, minutesDetail } from '../minutes/detail';
import { syncNextCpm } from '../minutes/next-cpm';
import { meetingForToday } from './held-today';
import { clearOutcomes, syncOutcomes } from '../minutes/outcomes';
import { keepRecordDetails } from '../minutes/record-details';
import { write, type Writer } from '../../data/write';
import { minuteValue } from '../../data/tables/minute-fields';
import { findItemOfMeeting } from './repository/meetings';
import { meetingTypeById } from './repository/meeting-types';
import {
  addTimeToItem,
  firstItemOfMeeting,
  itemIdsOfMeeting,
  markMeetingApproved,
  markMeetingClosed,
  markMeetingLocked,
  markMeetingReopened,
  markMeetingStarted,
  moveRoomTo,
  nextMeetingFieldsAtMeeting,
  ratingsAtMeeting,
} from './repository/room';

/** A spell on one item longer than this is the laptop left open over lunch, not discussion. */
const MAX_SPELL_SECONDS = 4 * 60 * 60;

function assertMove(m: MeetingRow, to: MeetingStatus): void {
  const from = m.status;
  if (canMove(from, to)) return;
  throw new AppError('CONFLICT', `This meeting is ${MEETING_STATUS.labels[from].toLowerCase()}, so it cannot become ${MEETING_STATUS.labels[to].toLowerCase()}. Reload to see its current state.`);
}

async function loadType(db: Db, m: MeetingRow): Promise<MeetingTypeRow> {
  return meetingTypeById(db, m.type_id);
}

/** Adds the running spell on the current item to its time, as the room moves on or stops. */
async function endSpell(db: Db, m: MeetingRow, now: string): Promise<void> {
  if (m.current_item_id === null || m.current_since === null) return;
  const seconds = Math.max(0, Math.min(MAX_SPELL_SECONDS, Math.round((Date.parse(now) - Date.parse(m.current_since)) / 1000)));
  await addTimeToItem(db, m.current_item_id, seconds);
}

async function transition(ctx: ServiceContext, id: number, work: (w: Writer, m: MeetingRow, type: MeetingTypeRow, now: string) => Promise<void>): Promise<MinutesDetail> {
  await write(ctx, async (w) => {
    const m = await getMeetingRow(w.db, id);
    await work(w, m, await loadType(w.db, m), isoNow(ctx));
  });
  return minutesDetail(ctx, id);
}

export function startMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.start'>): Promise<MinutesDetail> {
  return transition(ctx, input.id, async (w, booked, type, now) => {
    // Two people pressing Start, or one pressing it twice, is one start. A draft goes back to the room by "reopen", never by Start.
    if (booked.status === 'in_progress') return;
    if (booked.status !== 'planned') throw new AppError('CONFLICT', 'This meeting has already been held. Reload to see its minutes.');
    const m = await meetingForToday(w, booked, type, input.moveToToday);
    const first = await firstItemOfMeeting(w.db, m.id);
    await markMeetingStarted(w.db, m.id, now, first?.id ?? null);
    await prefillAttendance(w.db, m, type, now);
    await keepRecordDetails(w.db, m.id, now);
    await w.audit({ action: 'update', entity: 'meeting', entityId: m.id, summary: `Started ${type.name} on ${formatUkDate(m.date)}` });
  });
}

async function closeCheck(trx: Db, m: MeetingRow, type: MeetingTypeRow): Promise<ItemForClose[]> {
  const items = await itemIdsOfMeeting(trx, m.id);
  const ratings = await ratingsAtMeeting(trx, m.id);
  const next = await nextMeetingFieldsAtMeeting(trx, m.id);
  return items.map((item) => {
    const date = next.find((f) => f.item_id === item.id && f.field === 'nextMeetingDate');
    const reason = next.find((f) => f.item_id === item.id && f.field === 'nextMeetingReason');
    return {
      ratings: ratings.filter((r) => r.item_id === item.id).map((r) => ({ childName: `${r.first_name} ${r.last_name}`, rating: r.rating, reason: r.reason })),
      nextMeeting: type.form === 'cpm' ? { date: date ? minuteValue.decode('nextMeetingDate', date.value) : null, reason: reason ? minuteValue.decode('nextMeetingReason', reason.value) : '' } : undefined,
    };
  });
}

export function closeMeeting(ctx: ServiceContext, input: { id: number }): Promise<MinutesDetail> {
  return transition(ctx, input.id, async (w, m, type, now) => {
    assertMove(m, 'draft');
    const items = await closeCheck(w.db, m, type);
    const problems = closeProblems(items);
    if (problems.length > 0) throw new AppError('CONFLICT', `The meeting cannot close yet. ${problems.join(' ')}`);
    await endSpell(w.db, m, now);
    await markMeetingClosed(w.db, m.id, now);
    const drafted = await getMeetingRow(w.db, m.id);
    await syncOutcomes(w, drafted, type);
    await keepRecordDetails(w.db, m.id, now);
    if (type.form === 'cpm') await syncNextCpm(w, drafted);
    await w.audit({ action: 'update', entity: 'meeting', entityId: m.id, summary: `Closed ${type.name} on ${formatUkDate(m.date)}: the minutes are a draft` });
  });
}

export function reopenMeeting(ctx: ServiceContext, input: { id: number }): Promise<MinutesDetail> {
  return transition(ctx, input.id, async (w, m, type, now) => {
    // Only minutes that were taken can go back to the room: a meeting still to be held is started on its date, never "reopened".
    if (m.status === 'planned') throw new AppError('CONFLICT', 'This meeting has not been held yet, so it has no minutes to take back to the room. Start it on its date.');
    assertMove(m, 'in_progress');
    // Back in the room the meeting has not ended: what closing wrote into the histories comes out, and goes back on close.
    await clearOutcomes(w, m);
    await markMeetingReopened(w.db, m.id, now, m.current_item_id === null ? null : now);
    await w.audit({ action: 'update', entity: 'meeting', entityId: m.id, summary: `Took the draft minutes of ${type.name} on ${formatUkDate(m.date)} back to the room` });
  });
}

export function approveMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.approve'>): Promise<MinutesDetail> {
  return transition(ctx, input.id, async (w, m, type, now) => {
    assertMove(m, 'approved');
    // The draft may have changed since it closed: approval holds it to the same rules.
    const problems = closeProblems(await closeCheck(w.db, m, type));
    if (problems.length > 0) throw new AppError('CONFLICT', `The minutes cannot be approved yet. ${problems.join(' ')}`);
    if (input.approvedOn < m.date) throw new AppError('INVALID_INPUT', 'Minutes cannot be approved before the meeting was held.', { approvedOn: `Choose ${formatUkDate(m.date)} or later.` });
    refuseDateToCome(ctx, 'approvedOn', input.approvedOn, 'Minutes cannot be approved on a date still to come.');
    await markMeetingApproved(w.db, m.id, input.approvedBy, input.approvedOn, now);
    await w.audit({
      action: 'update',
      entity: 'meeting',
      entityId: m.id,
      summary: `${input.approvedBy} approved the minutes of ${type.name} on ${formatUkDate(m.date)} (approved ${formatUkDate(input.approvedOn)})`,
    });
  });
}

export function lockMeeting(ctx: ServiceContext, input: { id: number }): Promise<MinutesDetail> {
  return transition(ctx, input.id, async (w, m, type, now) => {
    assertMove(m, 'locked');
    await markMeetingLocked(w.db, m.id, now);
    await w.audit({ action: 'update', entity: 'meeting', entityId: m.id, summary: `Locked the minutes of ${type.name} on ${formatUkDate(m.date)}` });
  });
}

/** Moves the room to an item. Only a running meeting keeps time; otherwise it just says where things stand. */
export async function setCurrentItem(ctx: ServiceContext, input: ParsedInput<'meetings.setCurrentItem'>): Promise<MeetingState> {
  return write(ctx, async (w) => {
    const m = await getMeetingRow(w.db, input.meetingId);
    if (input.itemId !== null) {
      const item = await findItemOfMeeting(w.db, input.itemId, m.id);
      if (!item) throw notFound('agenda item');
    }
    if (m.status !== 'in_progress' || m.current_item_id === input.itemId) return meetingState(m);
    const now = isoNow(ctx);
    await endSpell(w.db, m, now);
    await moveRoomTo(w.db, m.id, input.itemId, input.itemId === null ? null : now);
    // Not kept in the audit log (the room moving on), but other windows follow the room.
    w.changed('meeting', m.id);
    return meetingState(await getMeetingRow(w.db, m.id));
  });
}
