import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { amendable } from '../../../../shared/minutes/lifecycle';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { notFound } from '../guards';
import { getMeetingRow } from '../meetings/detail';
import { minutesDetail } from './detail';
import { write } from '../../data/write';
import { findItemOfMeeting } from '../meetings/repository/meetings';
import { insertAmendment } from './repository/items';

/** A correction to approved minutes: dated, signed, shown with them; the approved text itself never changes. */
export async function amendMinutes(ctx: ServiceContext, input: ParsedInput<'minutes.amend'>): Promise<MinutesDetail> {
  await write(ctx, async (w) => {
    const m = await getMeetingRow(w.db, input.meetingId);
    const status = m.status;
    if (status === 'locked') throw new AppError('READ_ONLY', 'These minutes are locked: they were approved and are final, so they take no more amendments.');
    if (!amendable(status)) throw new AppError('CONFLICT', 'These minutes are not approved yet, so correct them directly: amendments are for approved minutes.');
    if (input.itemId !== null) {
      const item = await findItemOfMeeting(w.db, input.itemId, m.id);
      if (!item) throw notFound('agenda item');
    }
    const now = isoNow(ctx);
    const row = await insertAmendment(w.db, { meeting_id: m.id, item_id: input.itemId, text: input.text, made_on: todayIso(ctx.now()), made_by: ctx.actor, at: now });
    await w.audit({ action: 'create', entity: 'amendment', entityId: row.id, summary: `Amended the approved minutes of the meeting on ${formatUkDate(m.date)}`, details: { itemId: input.itemId, text: input.text } });
  });
  return minutesDetail(ctx, input.meetingId);
}
