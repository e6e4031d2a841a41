import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { RAG } from '../../../../shared/domain/vocabulary';
import type { RagRating } from '../../../../shared/schemas/child';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { notFound } from '../guards';
import { toRag } from './mapping';
import { write } from '../../data/write';
import { findChildName } from './repository/children';
import { insertRating } from './repository/records';

/** A rating recorded outside a meeting (by the permanence coordinator keeping the tracker true). */
export async function createRating(ctx: ServiceContext, input: ParsedInput<'ratings.create'>): Promise<RagRating> {
  const today = todayIso(ctx.now());
  if (input.ratedOn > today) throw new AppError('INVALID_INPUT', 'A rating cannot be dated in the future.', { ratedOn: 'A rating cannot be dated in the future.' });
  return write(ctx, async (w) => {
    const child = await findChildName(w.db, input.childId);
    if (!child) throw notFound('child');
    const row = await insertRating(w.db, { child_id: input.childId, rating: input.rating, reason: input.reason, rated_on: input.ratedOn, source: 'manual', meeting_id: null, recorded_at: isoNow(ctx), recorded_by: ctx.actor });
    await w.audit({
      action: 'create',
      entity: 'rag_rating',
      entityId: row.id,
      summary: `Rated ${child.first_name} ${child.last_name}’s plan ${RAG.labels[input.rating]} on ${formatUkDate(input.ratedOn)}`,
      details: { childId: input.childId, reason: input.reason },
    });
    await w.childrenChanged([input.childId]);
    return toRag(row);
  });
}
