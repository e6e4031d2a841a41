import { todayIso } from '../../../../shared/domain/dates';
import { formatLongDate } from '../../../../shared/domain/long-date';
import { isoNow } from '../../context';
import type { MeetingRow, MeetingTypeRow } from '../../db/schema';
import { AppError } from '../../errors';
import { getMeetingRow } from './detail';
import { moveOccurrence } from '../rota/rota';
import type { Writer } from '../../data/write';
import { moveMeetingDate } from './repository/meetings';

/**
 * A meeting is held on its date: nothing it records may be dated before it happened.
 * Starting one booked for a later day is refused with what to do; where the council
 * really is meeting today, the person confirms and the meeting (and its rota date or
 * booking) moves to today before anything is recorded.
 */
export async function meetingForToday(w: Writer, m: MeetingRow, type: MeetingTypeRow, moveToToday: boolean): Promise<MeetingRow> {
  const { db, ctx } = w;
  const today = todayIso(ctx.now());
  if (m.date <= today) return m;
  if (!moveToToday) {
    const where = m.series_id === null ? 'change the date of the booking' : 'move it on the rota';
    throw new AppError(
      'NEEDS_CONFIRMATION',
      `This ${type.name} is booked for ${formatLongDate(m.date)}, so it cannot start today (${formatLongDate(today)}): what it records would be dated before it was held. To hold it on another day, ${where} first. If it really is taking place today, confirm, and it will be moved to today before anything is recorded.`,
    );
  }
  if (m.series_id !== null && m.occurrence_key !== null) {
    await moveOccurrence(db, ctx, m.series_id, m.occurrence_key, today);
  } else {
    await moveMeetingDate(db, m.id, today, isoNow(ctx));
  }
  await w.audit({
    action: 'update',
    entity: 'meeting',
    entityId: m.id,
    summary: `Moved ${type.name} from ${formatLongDate(m.date)} to today, ${formatLongDate(today)}: it was held early`,
    details: { from: m.date, to: today },
  });
  return getMeetingRow(db, m.id);
}
