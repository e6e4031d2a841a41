import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import type { BankHoliday } from '../../../../shared/domain/bank-holidays';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import type { ServiceContext } from '../../context';
import { DEFAULT_BANK_HOLIDAYS, isSet, readSetting, resetSetting, settingVersion, writeSetting } from '../../data/tables/settings';
import { claimSetting } from '../../data/claim-setting';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { syncSeriesMeetings } from '../rota/sync-meetings';
import { write } from '../../data/write';
import { allSeriesIds } from '../rota/repository';

const CHANGED = 'Changed the bank holidays';
const RESET = 'Reset the bank holidays to the England and Wales list';

export async function getBankHolidays(ctx: ServiceContext): Promise<ProcedureOutput<'settings.getBankHolidays'>> {
  const [holidays, edited, version] = await Promise.all([
    readSetting(ctx.db, 'bankHolidays'),
    isSet(ctx.db, 'bankHolidays'),
    settingVersion(ctx.db, 'bankHolidays'),
  ]);
  return { holidays, edited, version };
}

const entry = (h: BankHoliday) => `${h.date} ${h.name}`;
const named = (list: readonly BankHoliday[]) => list.map((h) => `${h.name} on ${formatUkDate(h.date)}`).join(', ');

/** What the saved list holds that this save's does not, and the reverse: the whole list is too long to show at a field. */
function differences(theirs: readonly BankHoliday[], mine: readonly BankHoliday[]): string {
  const own = new Set(mine.map(entry));
  const saved = new Set(theirs.map(entry));
  const added = theirs.filter((h) => !own.has(entry(h)));
  const removed = mine.filter((h) => !saved.has(entry(h)));
  const parts = [added.length > 0 ? `with ${named(added.slice(0, 5))}${added.length > 5 ? ` and ${added.length - 5} more` : ''}` : '', removed.length > 0 ? `without ${named(removed.slice(0, 5))}${removed.length > 5 ? ` and ${removed.length - 5} more` : ''}` : ''].filter(Boolean);
  return `‘the list as saved, ${parts.join(', ') || 'the same as yours'}’`;
}

/**
 * The government can add or move a bank holiday (it did in 2020, 2022 and 2023), so the
 * list is the council's to edit. Working-day rules move with it, so every child's due
 * dates are recomputed before this answers (marked stale in the change's transaction, then a
 * batch at a time); rotas read the list when shown. Each save names the version of the list it
 * was based on, so two people editing the list at once do not silently undo each other.
 */
export async function setBankHolidays(ctx: ServiceContext, input: ParsedInput<'settings.setBankHolidays'>): Promise<ProcedureOutput<'settings.setBankHolidays'>> {
  await write(ctx, async (w) => {
    const edited = await isSet(w.db, 'bankHolidays');
    const before = await readSetting(w.db, 'bankHolidays');
    const sorted = input.reset ? DEFAULT_BANK_HOLIDAYS : [...input.holidays].sort((a, b) => a.date.localeCompare(b.date));
    // Putting back a list that was never edited changes nothing.
    if (input.reset && !edited) return;
    // A reset keeps the row and moves its version on, so a version is never used twice: a save based on
    // the list before a reset (or on the list a reset put back, before someone edited it again) is a conflict.
    await claimSetting(w, 'bankHolidays', {
      version: input.version,
      ownSummary: (summary) => summary === CHANGED || summary === RESET,
      fields: async () => {
        const now = await readSetting(w.db, 'bankHolidays');
        return { holidays: { mine: sorted, theirs: now, shown: differences(now, sorted) } };
      },
    });
    if (input.reset) {
      await resetSetting(w.db, 'bankHolidays');
      await w.audit({ action: 'update', entity: 'settings', entityId: null, summary: RESET });
    } else {
      const had = new Set(before.map(entry));
      await writeSetting(w.db, 'bankHolidays', sorted);
      const after = new Set(sorted.map(entry));
      await w.audit({
        action: 'update',
        entity: 'settings',
        entityId: null,
        summary: CHANGED,
        details: { added: [...after].filter((h) => !had.has(h)), removed: [...had].filter((h) => !after.has(h)) },
      });
    }
    await w.everyChildChanged();
    // Under the move rule a new holiday moves a date; a prepared meeting goes with it.
    for (const id of await allSeriesIds(w.db)) await syncSeriesMeetings(w.db, ctx, id);
  });
  await bringTrackingUpToDate(ctx.db, todayIso(ctx.now()));
  return getBankHolidays(ctx);
}
