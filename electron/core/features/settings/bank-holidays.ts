import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { todayIso } from '../../../../shared/domain/dates';
import type { ServiceContext } from '../../context';
import { readSetting } from '../../data/tables/settings';
import { writeSetting } from '../../data/tables/settings';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { syncSeriesMeetings } from '../rota/sync-meetings';
import { write } from '../../data/write';
import { allSeriesIds } from '../rota/repository';
import { clearSetting, settingStored } from './repository';

export async function getBankHolidays(ctx: ServiceContext): Promise<ProcedureOutput<'settings.getBankHolidays'>> {
  const [holidays, stored] = await Promise.all([
    readSetting(ctx.db, 'bankHolidays'),
    settingStored(ctx.db, 'bankHolidays'),
  ]);
  return { holidays, edited: stored };
}

/**
 * The government can add or move a bank holiday (it did in 2020, 2022 and 2023), so the
 * list is the council's to edit. Working-day rules move with it, so every child's due
 * dates are recomputed before this answers (marked stale in the change's transaction, then a
 * batch at a time); rotas read the list when shown.
 */
export async function setBankHolidays(ctx: ServiceContext, input: ParsedInput<'settings.setBankHolidays'>): Promise<ProcedureOutput<'settings.setBankHolidays'>> {
  await write(ctx, async (w) => {
    if (input.reset) {
      await clearSetting(w.db, 'bankHolidays');
      await w.audit({ action: 'update', entity: 'settings', entityId: null, summary: 'Reset the bank holidays to the England and Wales list' });
    } else {
      const before = new Set((await readSetting(w.db, 'bankHolidays')).map((h) => `${h.date} ${h.name}`));
      const sorted = [...input.holidays].sort((a, b) => a.date.localeCompare(b.date));
      await writeSetting(w.db, 'bankHolidays', sorted);
      const after = new Set(sorted.map((h) => `${h.date} ${h.name}`));
      await w.audit({
        action: 'update',
        entity: 'settings',
        entityId: null,
        summary: 'Changed the bank holidays',
        details: { added: [...after].filter((h) => !before.has(h)), removed: [...before].filter((h) => !after.has(h)) },
      });
    }
    await w.everyChildChanged();
    // Under the move rule a new holiday moves a date; a prepared meeting goes with it.
    for (const id of await allSeriesIds(w.db)) await syncSeriesMeetings(w.db, ctx, id);
  });
  await bringTrackingUpToDate(ctx.db, todayIso(ctx.now()));
  return getBankHolidays(ctx);
}
