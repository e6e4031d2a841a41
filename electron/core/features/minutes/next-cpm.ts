import { formatUkDate } from '../../../../shared/domain/dates';
import { isWorkingDay } from '../../../../shared/domain/working-days';
import type { Db } from '../../db/db-type';
import type { MeetingRow } from '../../db/schema';
import { AppError } from '../../errors';
import { loadBankHolidays } from '../../data/tables/settings';
import { bookCpmWithin } from '../cpm/cpm';
import type { Writer } from '../../data/write';
import { readMinuteValue } from '../../data/tables/minute-fields';
import { findMeeting, moveMeetingDate } from '../meetings/repository/meetings';
import { anyChildOfMeeting, anyItemOfMeeting } from './repository/items';
import { deleteBookedMeeting, meetingOfChildOn, setBookedNext } from './repository/outcomes';

/** The next Care Planning Meeting must be a working day after this one. */
export async function assertNextCpmDate(db: Db, meeting: MeetingRow, date: string): Promise<void> {
  if (date <= meeting.date) throw new AppError('INVALID_INPUT', `The next meeting must be after this one (${formatUkDate(meeting.date)}).`, { value: 'Choose a later date.' });
  if (!isWorkingDay(date, await loadBankHolidays(db))) throw new AppError('INVALID_INPUT', `${formatUkDate(date)} is not a working day. Choose a weekday that is not a bank holiday.`, { value: 'Choose a working day.' });
}

/**
 * Keeps the booking the minutes promise: the next meeting on the recorded date, with this
 * meeting's times, venue and chair. Run as the meeting closes and whenever the draft's date
 * changes, so the record and the booking never disagree: a changed date moves the booking
 * this meeting made (while it has not been held), a date taken away cancels it.
 */
export async function syncNextCpm(w: Writer, m: MeetingRow): Promise<void> {
  const { db, ctx } = w;
  const item = await anyItemOfMeeting(db, m.id);
  const child = await anyChildOfMeeting(db, m.id);
  if (!item || !child) return;
  const date = await readMinuteValue(db, item.id, 'nextMeetingDate');
  const booked = m.booked_next_id === null ? undefined : await findMeeting(db, m.booked_next_id);
  const movable = booked?.status === 'planned' ? booked : undefined;

  if (date === null) {
    if (movable) {
      await setBookedNext(db, m.id, null);
      await deleteBookedMeeting(db, movable.id);
      await w.audit({ action: 'delete', entity: 'meeting', entityId: movable.id, summary: `Cancelled the Care Planning Meeting of ${formatUkDate(movable.date)}: the minutes of ${formatUkDate(m.date)} no longer book it` });
    }
    return;
  }
  if (movable?.date === date) return;
  // A meeting already booked for the child on that day (from the Care Planning Meetings page, say) is the one.
  const existing = await meetingOfChildOn(db, { typeId: m.type_id, childId: child.child_id, date, exceptId: m.id });
  if (movable && !existing) {
    await moveMeetingDate(db, movable.id, date, ctx.now().toISOString());
    await w.audit({ action: 'update', entity: 'meeting', entityId: movable.id, summary: `Moved the next Care Planning Meeting from ${formatUkDate(movable.date)} to ${formatUkDate(date)}, as the minutes of ${formatUkDate(m.date)} now say` });
    return;
  }
  const nextId = existing?.id ?? (await bookCpmWithin(w, { childId: child.child_id, date, startTime: m.start_time, endTime: m.end_time, venue: m.venue, chairId: m.chair_id }));
  await setBookedNext(db, m.id, nextId);
}
