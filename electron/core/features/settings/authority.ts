import type { Db } from '../../db/db-type';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import type { ServiceContext } from '../../context';
import { readSetting, settingVersion, writeSetting } from '../../data/tables/settings';
import { claimSetting } from '../../data/claim-setting';
import { write } from '../../data/write';

const SUMMARY = 'Changed the council’s name on documents';

/** The council's name for the heading of its documents; none until it is set. */
export function loadAuthorityName(db: Db): Promise<string | null> {
  return readSetting(db, 'authorityName');
}

export async function getDocumentSettings(ctx: ServiceContext): Promise<ProcedureOutput<'settings.getDocuments'>> {
  const [authorityName, version] = await Promise.all([loadAuthorityName(ctx.db), settingVersion(ctx.db, 'authorityName')]);
  return { authorityName, version };
}

/** A save names the version it was based on: two people naming the council at once do not silently overwrite each other. */
export async function setDocumentSettings(ctx: ServiceContext, input: ParsedInput<'settings.setDocuments'>): Promise<ProcedureOutput<'settings.setDocuments'>> {
  await write(ctx, async (w) => {
    const before = await loadAuthorityName(w.db);
    if (before === input.authorityName) return;
    await claimSetting(w, 'authorityName', {
      version: input.version,
      ownSummary: (summary) => summary === SUMMARY,
      fields: async () => ({ authorityName: { mine: input.authorityName, theirs: await loadAuthorityName(w.db) } }),
    });
    await writeSetting(w.db, 'authorityName', input.authorityName);
    await w.audit({ action: 'update', entity: 'settings', entityId: null, summary: SUMMARY, details: { from: before, to: input.authorityName } });
  });
  return getDocumentSettings(ctx);
}
