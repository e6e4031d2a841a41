import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { todayIso } from '../../../../shared/domain/dates';
import { WALSALL_DEFAULTS } from '../../../../shared/review/types';
import type { ServiceContext } from '../../context';
import { readSetting, writeSetting } from '../../data/tables/settings';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { write } from '../../data/write';

export async function getReviewSettings(ctx: ServiceContext): Promise<ProcedureOutput<'settings.getReview'>> {
  return { settings: await readSetting(ctx.db, 'review'), defaults: WALSALL_DEFAULTS };
}

/** Changing a rule moves every child's due dates: the whole tracker is recomputed before this answers, a batch at a time. */
export async function setReviewSettings(ctx: ServiceContext, input: ParsedInput<'settings.setReview'>): Promise<ProcedureOutput<'settings.setReview'>> {
  await write(ctx, async (w) => {
    const before = await readSetting(w.db, 'review');
    await writeSetting(w.db, 'review', input);
    await w.audit({ action: 'update', entity: 'settings', entityId: null, summary: 'Changed the review rules', details: { from: before, to: input } });
    await w.everyChildChanged();
  });
  await bringTrackingUpToDate(ctx.db, todayIso(ctx.now()));
  return getReviewSettings(ctx);
}
