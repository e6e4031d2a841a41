import { formatUkDate } from '../../../../shared/domain/dates';
import type { MeetingForm } from '../../../../shared/domain/vocabulary';
import { minutesEditable } from '../../../../shared/minutes/lifecycle';
import type { Db } from '../../db/db-type';
import type { AgendaItemRow, MeetingRow, MeetingTypeRow } from '../../db/schema';
import { AppError } from '../../errors';
import { notFound } from '../guards';
import { meetingById } from '../meetings/repository/meetings';
import { meetingTypeById } from '../meetings/repository/meeting-types';
import { engineOf } from '../../data/dialect';
import type { MeetingPenRow } from '../../data/tables/meeting-pens';
import { childrenOfItem, findItem, itemContextInOneRead } from './repository/items';

export interface ItemContext {
  item: AgendaItemRow;
  meeting: MeetingRow;
  type: MeetingTypeRow;
  form: MeetingForm;
  /** The item's children, in agenda order. */
  children: { id: number; firstName: string; lastName: string }[];
  /** The meeting's pen as read with the rest on a team store (null: nobody holds it); absent where it was not read. */
  pen?: MeetingPenRow | null;
}

export async function loadItemContext(db: Db, itemId: number): Promise<ItemContext> {
  // A team store answers in one round trip what the laptop's file answers in four quick reads (five with the pen).
  if (engineOf(db) === 'postgres') {
    const found = await itemContextInOneRead(db, itemId);
    if (!found) throw notFound('agenda item');
    return { ...found, form: found.type.form };
  }
  const item = await findItem(db, itemId);
  if (!item) throw notFound('agenda item');
  const meeting = await meetingById(db, item.meeting_id);
  const type = await meetingTypeById(db, meeting.type_id);
  const children = await childrenOfItem(db, itemId);
  return { item, meeting, type, form: type.form, children };
}

/** Why the minutes cannot be written now, in the words the minute-taker needs; nothing if they can. */
export function assertMinutesEditable(m: MeetingRow): void {
  const status = m.status;
  if (minutesEditable(status)) return;
  if (status === 'planned') throw new AppError('CONFLICT', 'This meeting has not started. Start the meeting to take its minutes.');
  if (status === 'approved') {
    throw new AppError(
      'READ_ONLY',
      `These minutes were approved by ${m.approved_by ?? 'the chair'} on ${formatUkDate(m.approved_on)}, so they can no longer be edited. Make the correction as an amendment: it is dated and shown with the minutes.`,
    );
  }
  throw new AppError('READ_ONLY', 'These minutes are locked: they were approved and are final. Nothing more can be changed or added.');
}

export function childName(c: { firstName: string; lastName: string }): string {
  return `${c.firstName} ${c.lastName}`;
}
