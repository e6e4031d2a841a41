import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { assertMinutesEditable, childName } from './guards';
import { notFound } from '../guards';
import { assertHoldsPen } from '../pen/guard';
import { syncOutcomes } from './outcomes';
import { write } from '../../data/write';
import { readItemAndRating, readItemAndWriteRating, writeRatingOver } from './repository/fields';
import { engineOf } from '../../data/dialect';

/**
 * The rating and its reason, saved as they are chosen and typed. A rating without a
 * reason is kept (the reason is being typed) but goes no further: the meeting cannot
 * close and the child's RAG history is not touched until the reason is there.
 */
export async function rateChild(ctx: ServiceContext, input: ParsedInput<'minutes.rate'>): Promise<ProcedureOutput<'minutes.rate'>> {
  const savedAt = isoNow(ctx);
  await write(ctx, async (w) => {
    const values = { item_id: input.itemId, child_id: input.childId, rating: input.rating, reason: input.reason, updated_at: savedAt };
    // One statement reads what the checks need: on a team store it writes too, and a refusal below undoes the write with the transaction;
    // the laptop's file reads the stored rating with the checks' rows and writes after them.
    const read = engineOf(w.db) === 'postgres' ? await readItemAndWriteRating(w.db, values) : await readItemAndRating(w.db, input.itemId, input.childId);
    if (!read.context) throw notFound('agenda item');
    const c = { ...read.context, form: read.context.type.form };
    assertMinutesEditable(c.meeting);
    await assertHoldsPen(w.db, ctx, c.meeting.id, c);
    const child = c.children.find((ch) => ch.id === input.childId);
    if (!child) throw new AppError('INVALID_INPUT', 'That child is not part of this item, so the rating was not saved.', { childId: 'Not a child of this item.' });
    const written = 'written' in read ? read.written : await writeRatingOver(w.db, values, read.stored);
    if (written === 'unchanged') return;
    await w.auditEdit({
      entity: 'minutes',
      entityId: input.itemId,
      // The rating is in the summary, so changing it starts a new row: a red later made green is never folded away.
      summary: `Rated ${childName(child)}’s plan ${input.rating ?? 'not rated'} at ${c.type.name} on ${formatUkDate(c.meeting.date)}`,
      from: written.from,
      to: { rating: input.rating, reason: input.reason },
    });
    // A draft's ratings are already in the child's history: keep it in step.
    if (c.meeting.status === 'draft') await syncOutcomes(w, c.meeting, c.type);
  });
  return { savedAt };
}
