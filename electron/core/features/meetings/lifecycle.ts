import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
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

/** A spell on one item longer than this is the laptop left open over lunch, not discussion. */
const MAX_SPELL_SECONDS = 4 * 60 * 60;

function assertMove(m: MeetingRow, to: MeetingStatus): void {
  const from = m.status;
  if (canMove(from, to)) return;
  throw new AppError('CONFLICT', `This meeting is ${MEETING_STATUS.labels[from].toLowerCase()}, so it cannot become ${MEETING_STATUS.labels[to].toLowerCase()}. Reload to see its current state.`);
}

async function loadType(db: Db, m: MeetingRow): Promise<MeetingTypeRow> {
  return db.selectFrom('meeting_types').selectAll().where('id', '=', m.type_id).executeTakeFirstOrThrow();
}

/** Adds the running spell on the current item to its time, as the room moves on or stops. */
async function endSpell(db: Db, m: MeetingRow, now: string): Promise<void> {
  if (m.current_item_id === null || m.current_since === null) return;
  const seconds = Math.max(0, Math.min(MAX_SPELL_SECONDS, Math.round((Date.parse(now) - Date.parse(m.current_since)) / 1000)));
  await db
    .updateTable('agenda_items')
    .set((eb) => ({ seconds_spent: eb('seconds_spent', '+', seconds) }))
    .where('id', '=', m.current_item_id)
    .execute();
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
    const first = await w.db.selectFrom('agenda_items').select('id').where('meeting_id', '=', m.id).orderBy('position').orderBy('id').limit(1).executeTakeFirst();
    await w.db
      .updateTable('meetings')
      .set({ status: 'in_progress', started_at: now, current_item_id: first?.id ?? null, current_since: first ? now : null, updated_at: now })
      .where('id', '=', m.id)
      .execute();
    await prefillAttendance(w.db, m, type, now);
    await keepRecordDetails(w.db, m.id, now);
    await w.audit({ action: 'update', entity: 'meeting', entityId: m.id, summary: `Started ${type.name} on ${formatUkDate(m.date)}` });
  });
}

async function closeCheck(trx: Db, m: MeetingRow, type: MeetingTypeRow): Promise<ItemForClose[]> {
  const items = await trx.selectFrom('agenda_items').select('id').where('meeting_id', '=', m.id).orderBy('position').execute();
  const ratings = await trx
    .selectFrom('item_ratings as r')
    .innerJoin('agenda_items as i', 'i.id', 'r.item_id')
    .innerJoin('children as c', 'c.id', 'r.child_id')
    .select(['r.item_id', 'r.rating', 'r.reason', 'c.first_name', 'c.last_name'])
    .where('i.meeting_id', '=', m.id)
    .execute();
  const next = await trx
    .selectFrom('minute_fields as f')
    .innerJoin('agenda_items as i', 'i.id', 'f.item_id')
    .select(['f.item_id', 'f.field', 'f.value'])
    .where('i.meeting_id', '=', m.id)
    .where('f.field', 'in', ['nextMeetingDate', 'nextMeetingReason'])
    .execute();
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
    await w.db.updateTable('meetings').set({ status: 'draft', closed_at: now, current_since: null, updated_at: now }).where('id', '=', m.id).execute();
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
    await w.db
      .updateTable('meetings')
      .set({ status: 'in_progress', closed_at: null, current_since: m.current_item_id === null ? null : now, updated_at: now })
      .where('id', '=', m.id)
      .execute();
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
    if (input.approvedOn > todayIso(ctx.now())) throw new AppError('INVALID_INPUT', 'Minutes cannot be approved on a date still to come.', { approvedOn: 'Choose today or an earlier date.' });
    await w.db
      .updateTable('meetings')
      .set({ status: 'approved', approved_by: input.approvedBy, approved_on: input.approvedOn, approved_at: now, updated_at: now })
      .where('id', '=', m.id)
      .execute();
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
    await w.db.updateTable('meetings').set({ status: 'locked', locked_at: now, updated_at: now }).where('id', '=', m.id).execute();
    await w.audit({ action: 'update', entity: 'meeting', entityId: m.id, summary: `Locked the minutes of ${type.name} on ${formatUkDate(m.date)}` });
  });
}

/** Moves the room to an item. Only a running meeting keeps time; otherwise it just says where things stand. */
export async function setCurrentItem(ctx: ServiceContext, input: ParsedInput<'meetings.setCurrentItem'>): Promise<MeetingState> {
  return write(ctx, async (w) => {
    const m = await getMeetingRow(w.db, input.meetingId);
    if (input.itemId !== null) {
      const item = await w.db.selectFrom('agenda_items').select('id').where('id', '=', input.itemId).where('meeting_id', '=', m.id).executeTakeFirst();
      if (!item) throw notFound('agenda item');
    }
    if (m.status !== 'in_progress' || m.current_item_id === input.itemId) return meetingState(m);
    const now = isoNow(ctx);
    await endSpell(w.db, m, now);
    await w.db
      .updateTable('meetings')
      .set({ current_item_id: input.itemId, current_since: input.itemId === null ? null : now })
      .where('id', '=', m.id)
      .execute();
    // Not kept in the audit log (the room moving on), but other windows follow the room.
    w.changed('meeting', m.id);
    return meetingState(await getMeetingRow(w.db, m.id));
  });
}
