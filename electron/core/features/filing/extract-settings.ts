import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { type ExtractSettings } from '../../../../shared/schemas/extract-review';
import type { ServiceContext } from '../../context';
import type { Db } from '../../db/db-type';
import { readSetting, settingVersion, writeSetting } from '../../data/tables/settings';
import { claimSetting } from '../../data/claim-setting';
import { write } from '../../data/write';

const KEY = 'extracts' as const;

/** What a council chose for its extracts: whether siblings' names stay (they do unless it says otherwise). */
export function loadExtractSettings(db: Db): Promise<ExtractSettings> {
  return readSetting(db, KEY);
}

export async function getExtractSettings(ctx: ServiceContext): Promise<ProcedureOutput<'settings.getExtracts'>> {
  const [settings, version] = await Promise.all([loadExtractSettings(ctx.db), settingVersion(ctx.db, KEY)]);
  return { ...settings, version };
}

const SIBLING_WORDS = { keep: 'siblings’ names stay in a child’s extract', take_out: 'siblings’ names are taken out of a child’s extract' } as const;
const SUMMARY_START = 'Changed extracts for case records';

/** A save names the version it was based on, so a second person's choice made meanwhile is shown, not overwritten. */
export async function setExtractSettings(ctx: ServiceContext, input: ParsedInput<'settings.setExtracts'>): Promise<ProcedureOutput<'settings.setExtracts'>> {
  await write(ctx, async (w) => {
    const { version, ...chosen } = input;
    const before = await loadExtractSettings(w.db);
    if (before.siblingNames === chosen.siblingNames) return;
    await claimSetting(w, KEY, {
      version,
      ownSummary: (summary) => summary.startsWith(SUMMARY_START),
      fields: async () => {
        const now = await loadExtractSettings(w.db);
        return { siblingNames: { mine: chosen.siblingNames, theirs: now.siblingNames, shown: `‘${SIBLING_WORDS[now.siblingNames]}’` } };
      },
    });
    await writeSetting(w.db, KEY, chosen);
    await w.audit({ action: 'update', entity: 'settings', entityId: null, summary: `${SUMMARY_START}: ${SIBLING_WORDS[chosen.siblingNames]}`, details: { from: before, to: chosen } });
  });
  return getExtractSettings(ctx);
}
