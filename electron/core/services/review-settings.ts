import type { ParsedInput, ProcedureOutput } from '../../../shared/contract';
import { todayIso } from '../../../shared/domain/dates';
import { WALSALL_DEFAULTS } from '../../../shared/review/types';
import { storedReviewSettings } from '../../../shared/schemas/review-settings';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from './settings-store';
import { bringTrackingUpToDate } from '../data/tracking/refresh';
import { write } from '../data/write';

export async function getReviewSettings(ctx: ServiceContext): Promise<ProcedureOutput<'settings.getReview'>> {
  return { settings: await readSetting(ctx.db, 'review', storedReviewSettings, WALSALL_DEFAULTS), defaults: WALSALL_DEFAULTS };
}

/** Changing a rule moves every child's due dates: the whole tracker is recomputed before this answers, a batch at a time. */
export async function setReviewSettings(ctx: ServiceContext, input: ParsedInput<'settings.setReview'>): Promise<ProcedureOutput<'settings.setReview'>> {
  await write(ctx, async (w) => {
    const before = await readSetting(w.db, 'review', storedReviewSettings, WALSALL_DEFAULTS);
    await writeSetting(w.db, 'review', input);
    await w.audit({ action: 'update', entity: 'settings', entityId: null, summary: 'Changed the review rules', details: { from: before, to: input } });
    await w.everyChildChanged();
  });
  await bringTrackingUpToDate(ctx.db, todayIso(ctx.now()));
  return getReviewSettings(ctx);
}
