import type { Db } from '../../db/db-type';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import type { ServiceContext } from '../../context';
import { readSetting, writeSetting } from '../../data/tables/settings';
import { write } from '../../data/write';

/** The council's name for the heading of its documents; none until it is set. */
export function loadAuthorityName(db: Db): Promise<string | null> {
  return readSetting(db, 'authorityName');
}

export async function getDocumentSettings(ctx: ServiceContext): Promise<ProcedureOutput<'settings.getDocuments'>> {
  return { authorityName: await loadAuthorityName(ctx.db) };
}

export async function setDocumentSettings(ctx: ServiceContext, input: ParsedInput<'settings.setDocuments'>): Promise<ProcedureOutput<'settings.setDocuments'>> {
  await write(ctx, async (w) => {
    const before = await loadAuthorityName(w.db);
    await writeSetting(w.db, 'authorityName', input.authorityName);
    await w.audit({ action: 'update', entity: 'settings', entityId: null, summary: 'Changed the council’s name on documents', details: { from: before, to: input.authorityName } });
  });
  return getDocumentSettings(ctx);
}
