import { formatUkDate } from '../../../../shared/domain/dates';
import type { MeetingForm } from '../../../../shared/domain/vocabulary';
import { minutesEditable } from '../../../../shared/minutes/lifecycle';
import type { Db } from '../../db/db-type';
import type { AgendaItemRow, MeetingRow, MeetingTypeRow } from '../../db/schema';
import { AppError } from '../../errors';
import { notFound } from '../guards';
import type { MeetingPenRow } from '../../data/tables/meeting-pens';
import { itemContextInOneRead } from './repository/items';

export interface ItemContext {
  item: AgendaItemRow;
  meeting: MeetingRow;
  type: MeetingTypeRow;
  form: MeetingForm;
  /** The item's children, in agenda order. */
  children: { id: number; firstName: string; lastName: string }[];
  /** The meeting's pen, read with the rest (null: nobody holds it); absent where a context was put together without it. */
  pen?: MeetingPenRow | null;
}

export async function loadItemContext(db: Db, itemId: number): Promise<ItemContext> {
  // One statement on either engine: a round trip on a team store, and on the laptop's file one statement built and run where there were four.
  const found = await itemContextInOneRead(db, itemId);
  if (!found) throw notFound('agenda item');
  return { ...found, form: found.type.form };
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
