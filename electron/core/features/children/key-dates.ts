import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { KEY_DATE_TYPE } from '../../../../shared/domain/vocabulary';
import type { KeyDate } from '../../../../shared/schemas/child';
import { isoNow, type ServiceContext } from '../../context';
import { notFound } from '../guards';
import { AppError } from '../../errors';
import { toKeyDate } from './mapping';
import { write } from '../../data/write';
import { childExists } from './repository/children';
import { deleteKeyDateRow, findKeyDate, insertKeyDate, updateKeyDateRow } from './repository/records';

/** A review that has been held is an event the next one counts from, not a key date: it is recorded as a review. */
function assertNotHeldReview(input: { type: string; date: string }, today: string): void {
  if (input.type === 'second_cic_review' && input.date <= today) {
    throw new AppError('INVALID_INPUT', 'A Child in Care review that has been held is recorded under “Child in Care reviews”, where the next one is counted from it. A key date of this kind is for a review still to come.', {
      type: 'Record a held review under Child in Care reviews.',
    });
  }
}

export async function createKeyDate(ctx: ServiceContext, input: ParsedInput<'keyDates.create'>): Promise<KeyDate> {
  return write(ctx, async (w) => {
    const child = await childExists(w.db, input.childId);
    if (!child) throw notFound('child');
    assertNotHeldReview(input, todayIso(ctx.now()));
    const now = isoNow(ctx);
    const row = await insertKeyDate(w.db, { child_id: input.childId, type: input.type, date: input.date, label: input.label, decision: input.decision, notes: input.notes, created_at: now, updated_at: now });
    await w.audit({ action: 'create', entity: 'key_date', entityId: row.id, summary: `Added ${KEY_DATE_TYPE.labels[input.type]} ${formatUkDate(input.date)}`, details: { childId: input.childId } });
    await w.childrenChanged([input.childId]);
    return toKeyDate(row);
  });
}

export async function updateKeyDate(ctx: ServiceContext, input: ParsedInput<'keyDates.update'>): Promise<KeyDate> {
  return write(ctx, async (w) => {
    const before = await findKeyDate(w.db, input.id);
    if (!before) throw notFound('date');
    assertNotHeldReview(input, todayIso(ctx.now()));
    const row = await updateKeyDateRow(w.db, input.id, { type: input.type, date: input.date, label: input.label, decision: input.decision, notes: input.notes, updated_at: isoNow(ctx) });
    await w.audit({
      action: 'update',
      entity: 'key_date',
      entityId: row.id,
      summary: `Changed ${KEY_DATE_TYPE.labels[input.type]} to ${formatUkDate(input.date)}`,
      details: { childId: row.child_id, from: { type: before.type, date: before.date, decision: before.decision } },
    });
    // The review engine reads only the type, date and decision: a change to the notes or description moves nothing.
    const reviewed = (k: { type: string; date: string; decision: string | null }) => `${k.type}|${k.date}|${k.decision}`;
    if (reviewed(before) !== reviewed(row)) await w.childrenChanged([row.child_id]);
    return toKeyDate(row);
  });
}

export async function deleteKeyDate(ctx: ServiceContext, input: ParsedInput<'keyDates.delete'>): Promise<{ deleted: true }> {
  return write(ctx, async (w) => {
    const before = await findKeyDate(w.db, input.id);
    if (!before) throw notFound('date');
    await deleteKeyDateRow(w.db, input.id);
    // The audit keeps what was removed, so a deletion can always be seen and undone by hand.
    await w.audit({ action: 'delete', entity: 'key_date', entityId: before.id, summary: `Removed ${KEY_DATE_TYPE.labels[before.type] ?? before.type} ${formatUkDate(before.date)}`, details: before });
    await w.childrenChanged([before.child_id]);
    return { deleted: true };
  });
}
