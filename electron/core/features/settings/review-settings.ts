import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { todayIso } from '../../../../shared/domain/dates';
import { WALSALL_DEFAULTS } from '../../../../shared/review/types';
import type { ServiceContext } from '../../context';
import { readSetting, settingVersion, writeSetting } from '../../data/tables/settings';
import { claimSetting } from '../../data/claim-setting';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { write } from '../../data/write';

export async function getReviewSettings(ctx: ServiceContext): Promise<ProcedureOutput<'settings.getReview'>> {
  const [settings, version] = await Promise.all([readSetting(ctx.db, 'review'), settingVersion(ctx.db, 'review')]);
  return { settings, defaults: WALSALL_DEFAULTS, version };
}

/** What its audit rows say: how a lost race tells the rules' own changes from other settings'. */
const SUMMARY = 'Changed the review rules';

const shown = (value: unknown) => `‘${Array.isArray(value) ? value.join(', ') : String(value)}’`;

/** Changing a rule moves every child's due dates: the whole tracker is recomputed before this answers, a batch at a time. */
export async function setReviewSettings(ctx: ServiceContext, input: ParsedInput<'settings.setReview'>): Promise<ProcedureOutput<'settings.setReview'>> {
  await write(ctx, async (w) => {
    const { version, ...rules } = input;
    const before = await readSetting(w.db, 'review');
    const keys = Object.keys(rules) as (keyof typeof rules)[];
    // A save that changes no rule writes nothing: it would move the version under someone else's page.
    if (!keys.some((k) => JSON.stringify(rules[k]) !== JSON.stringify(before[k]))) return;
    await claimSetting(w, 'review', {
      version,
      ownSummary: (summary) => summary === SUMMARY,
      fields: async () => {
        const now = await readSetting(w.db, 'review');
        return Object.fromEntries(keys.map((k) => [k, { mine: rules[k], theirs: now[k], shown: shown(now[k]) }]));
      },
    });
    await writeSetting(w.db, 'review', rules);
    await w.audit({ action: 'update', entity: 'settings', entityId: null, summary: SUMMARY, details: { from: before, to: rules } });
    await w.everyChildChanged();
  });
  await bringTrackingUpToDate(ctx.db, todayIso(ctx.now()));
  return getReviewSettings(ctx);
}
