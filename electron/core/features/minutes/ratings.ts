import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { assertMinutesEditable, childName, loadItemContext } from './guards';
import { notFound } from '../guards';
import { assertHoldsPen } from '../pen/guard';
import { syncOutcomes } from './outcomes';
import { write } from '../../data/write';
import { readItemAndWriteRating, writeRating } from './repository/fields';
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
    // A team store reads what the checks need and writes in one round trip: a refusal below undoes the write with the transaction.
    const readAndWritten = engineOf(w.db) === 'postgres' ? await readItemAndWriteRating(w.db, values) : null;
    if (readAndWritten && !readAndWritten.context) throw notFound('agenda item');
    const c = readAndWritten?.context ? { ...readAndWritten.context, form: readAndWritten.context.type.form } : await loadItemContext(w.db, input.itemId);
    assertMinutesEditable(c.meeting);
    await assertHoldsPen(w.db, ctx, c.meeting.id, c);
    const child = c.children.find((ch) => ch.id === input.childId);
    if (!child) throw new AppError('INVALID_INPUT', 'That child is not part of this item, so the rating was not saved.', { childId: 'Not a child of this item.' });
    const written = readAndWritten ? readAndWritten.written : await writeRating(w.db, values);
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
