import { MOVES_VERSION } from '../../data/row-version';
import type { ParsedInput } from '../../../../shared/contract';
import { refuseDateToCome } from '../guards';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { CicReview } from '../../../../shared/schemas/child-events';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/db-type';
import type { CicReviewsTable } from '../../db/schema';
import { AppError } from '../../errors';
import { notFound } from '../guards';
import type { Selectable } from 'kysely';
import { write } from '../../data/write';
import { personNamed } from '../settings/repository';
import { findChild, updateChildColumns } from './repository/children';
import { cicReviewHeldOn, cicReviewsOf, deleteCicReview, findCicReview, highestOrdinalBefore, insertCicReview } from './repository/reviews';

export function toCicReview(r: Selectable<CicReviewsTable> & { person_name?: string | null }): CicReview {
  return { id: r.id, childId: r.child_id, heldOn: r.held_on, ordinal: r.ordinal, iroId: r.iro_id, iroName: r.person_name ?? r.iro_name, notes: r.notes, recordedBy: r.recorded_by };
}

export function listCicReviews(db: Db, childId: number): Promise<CicReview[]> {
  return cicReviewsOf(db, childId).then((rows) => rows.map(toCicReview));
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
export function ordinalWord(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`;
}

/**
 * A Child in Care review held, on the child's record: the review engine counts the next
 * one from it. Never a day still to come, and never before this episode of care began.
 * Naming an IRO when the child has none recorded records them as the child's IRO.
 */
export async function recordCicReview(ctx: ServiceContext, input: ParsedInput<'cicReviews.record'>): Promise<CicReview[]> {
  return write(ctx, async (w) => {
    const child = await findChild(w.db, input.childId);
    if (!child) throw notFound('child');
    refuseDateToCome(ctx, 'heldOn', input.heldOn, 'A review is recorded once it has been held: this date is still to come.');
    const entered = child.date_entered_care;
    if (entered !== null && input.heldOn < entered) {
      throw new AppError('INVALID_INPUT', `${child.first_name} entered care on ${formatUkDate(entered)}: a review of this time in care is held on or after that day.`, { heldOn: `Choose ${formatUkDate(entered)} or later.` });
    }
    const same = await cicReviewHeldOn(w.db, child.id, input.heldOn);
    if (same) throw new AppError('CONFLICT', `A Child in Care review on ${formatUkDate(input.heldOn)} is already recorded for ${child.first_name}.`, { heldOn: 'Already recorded on this date.' });
    const iro = input.iroId === null ? undefined : await personNamed(w.db, input.iroId);
    if (input.iroId !== null && !iro) throw new AppError('INVALID_INPUT', 'That IRO could not be found. Choose again.', { iroId: 'Choose someone from the list.' });
    // By default the next review after those already held in this episode.
    const ordinal = input.ordinal ?? (await highestOrdinalBefore(w.db, child.id, input.heldOn, entered)) + 1;
    const now = isoNow(ctx);
    const reviewId = await insertCicReview(w.db, { child_id: child.id, held_on: input.heldOn, ordinal, iro_id: iro?.id ?? null, iro_name: null, notes: input.notes, source: 'recorded', created_at: now, updated_at: now, recorded_by: ctx.actor });
    await w.audit({
      action: 'create',
      entity: 'cic_review',
      entityId: reviewId,
      summary: `Recorded ${child.first_name} ${child.last_name}’s ${ordinalWord(ordinal)} Child in Care review, held on ${formatUkDate(input.heldOn)}${iro ? ` (IRO ${iro.name})` : ''}`,
      details: { childId: child.id },
    });
    if (iro && child.iro_id === null) {
      await updateChildColumns(w.db, child.id, { iro_id: iro.id, updated_at: now }, MOVES_VERSION);
      await w.audit({ action: 'update', entity: 'child', entityId: child.id, summary: `Recorded ${iro.name} as ${child.first_name} ${child.last_name}’s IRO, from the review of ${formatUkDate(input.heldOn)}`, details: { iro_id: { from: null, to: iro.id } } });
    }
    await w.childrenChanged([child.id]);
    return listCicReviews(w.db, child.id);
  });
}

/** A review recorded in error comes off the record; the audit keeps what it said. */
export async function removeCicReview(ctx: ServiceContext, input: { id: number }): Promise<CicReview[]> {
  return write(ctx, async (w) => {
    const before = await findCicReview(w.db, input.id);
    if (!before) throw notFound('review');
    await deleteCicReview(w.db, before.id);
    await w.audit({ action: 'delete', entity: 'cic_review', entityId: before.id, summary: `Removed the Child in Care review of ${formatUkDate(before.held_on)}`, details: before });
    await w.childrenChanged([before.child_id]);
    return listCicReviews(w.db, before.child_id);
  });
}
