import type { ParsedInput } from '../../../../shared/contract';
import { type ExtractSettings } from '../../../../shared/schemas/extract-review';
import type { ServiceContext } from '../../context';
import type { Db } from '../../db/db-type';
import { readSetting, writeSetting } from '../../data/tables/settings';
import { write } from '../../data/write';

const KEY = 'extracts' as const;

/** What a council chose for its extracts: whether siblings' names stay (they do unless it says otherwise). */
export function loadExtractSettings(db: Db): Promise<ExtractSettings> {
  return readSetting(db, KEY);
}

export async function getExtractSettings(ctx: ServiceContext): Promise<ExtractSettings> {
  return loadExtractSettings(ctx.db);
}

const SIBLING_WORDS = { keep: 'siblings’ names stay in a child’s extract', take_out: 'siblings’ names are taken out of a child’s extract' } as const;

export async function setExtractSettings(ctx: ServiceContext, input: ParsedInput<'settings.setExtracts'>): Promise<ExtractSettings> {
  await write(ctx, async (w) => {
    const before = await loadExtractSettings(w.db);
    if (before.siblingNames === input.siblingNames) return;
    await writeSetting(w.db, KEY, input);
    await w.audit({ action: 'update', entity: 'settings', entityId: null, summary: `Changed extracts for case records: ${SIBLING_WORDS[input.siblingNames]}`, details: { from: before, to: input } });
  });
  return loadExtractSettings(ctx.db);
}
