import type { ParsedInput, ProcedureOutput } from '../../../shared/contract';
import { todayIso } from '../../../shared/domain/dates';
import { WALSALL_DEFAULTS } from '../../../shared/review/types';
import { storedReviewSettings } from '../../../shared/schemas/review-settings';
import type { ServiceContext } from '../context';
import { recordAudit } from './audit';
import { readSetting, writeSetting } from './settings-store';
import { bringTrackingUpToDate, markAllTrackingStale } from './tracking/refresh';

export async function getReviewSettings(ctx: ServiceContext): Promise<ProcedureOutput<'settings.getReview'>> {
  return { settings: await readSetting(ctx.db, 'review', storedReviewSettings, WALSALL_DEFAULTS), defaults: WALSALL_DEFAULTS };
}

/** Changing a rule moves every child's due dates: the whole tracker is recomputed before this answers, a batch at a time. */
export async function setReviewSettings(ctx: ServiceContext, input: ParsedInput<'settings.setReview'>): Promise<ProcedureOutput<'settings.setReview'>> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await readSetting(trx, 'review', storedReviewSettings, WALSALL_DEFAULTS);
    await writeSetting(trx, 'review', input);
    await recordAudit(trx, ctx, { action: 'update', entity: 'settings', entityId: null, summary: 'Changed the review rules', details: { from: before, to: input } });
    await markAllTrackingStale(trx);
  });
  await bringTrackingUpToDate(ctx.db, todayIso(ctx.now()));
  return getReviewSettings(ctx);
}
