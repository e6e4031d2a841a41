import { z } from 'zod';
import { englandWalesBankHolidays, holidayNames, holidaySet, SHIPPED_BANK_HOLIDAY_YEARS } from '../../../../shared/domain/bank-holidays';
import { WALSALL_DEFAULTS } from '../../../../shared/review/types';
import { isoDate } from '../../../../shared/schemas/common';
import { DEFAULT_EXTRACT_SETTINGS, extractSettings } from '../../../../shared/schemas/extract-review';
import { storedReviewSettings } from '../../../../shared/schemas/review-settings';
import type { Db } from '../../db/db-type';
import { integer, looseJson, text, withDefault } from '../codecs';
import { table } from '../table';

/** Settings are JSON values under a key; each key's schema and default are below. */
export const settings = table('settings', {
  key: text(),
  value: looseJson(),
  /** Added to by each save that changes the row; a save based on an older version is a conflict (see the write path). */
  version: withDefault(integer()),
});

export const bankHolidayList = z.array(z.object({ date: isoDate, name: z.string() }));

/**
 * The shipped England and Wales list (as announced, through 2028), then the standard
 * holidays worked out by rule for later years, so working-day rules never silently
 * stop skipping holidays when the shipped data runs out.
 */
export const DEFAULT_BANK_HOLIDAYS = englandWalesBankHolidays(SHIPPED_BANK_HOLIDAY_YEARS.from, SHIPPED_BANK_HOLIDAY_YEARS.to + 12);

/** Every setting: what its value must be, and what it is until a council changes it. */
const SETTINGS = {
  /** The review rules: when each child is due at each meeting. */
  review: { schema: storedReviewSettings, fallback: WALSALL_DEFAULTS },
  /** The bank holidays in force, with their names: the default list unless the council has edited it. */
  bankHolidays: { schema: bankHolidayList, fallback: DEFAULT_BANK_HOLIDAYS },
  /** The council's name for the heading of its documents; none until it is set. */
  authorityName: { schema: z.string().trim().min(1).nullable(), fallback: null },
  /** Whether siblings' names stay in a child's extract for the case record. */
  extracts: { schema: extractSettings, fallback: DEFAULT_EXTRACT_SETTINGS },
} as const;

type Settings = typeof SETTINGS;
export type SettingKey = keyof Settings;
export type SettingValue<K extends SettingKey> = z.output<Settings[K]['schema']>;

/** A setting's value; one stored that no longer fits its schema falls back to the default. */
export async function readSetting<K extends SettingKey>(db: Db, key: K): Promise<SettingValue<K>> {
  const row = await storedSettingQuery(db, key).executeTakeFirst();
  return settingFromStored(key, row?.value);
}

/** A setting's stored value as a query, for a read that goes with others (`readTogether`); `settingFromStored` decodes its row. */
export function storedSettingQuery(db: Db, key: SettingKey) {
  return db.selectFrom('settings').select('value').where('key', '=', key);
}

/** A setting's value from its stored column as read with others (undefined: never saved, so the default), as `readSetting` decodes it. */
export function settingFromStored<K extends SettingKey>(key: K, stored: Parameters<typeof settings.columns.value.decode>[0] | undefined): SettingValue<K> {
  const { schema, fallback } = SETTINGS[key];
  if (stored === undefined) return fallback as SettingValue<K>;
  const parsed = schema.safeParse(settings.columns.value.decode(stored));
  return (parsed.success ? parsed.data : fallback) as SettingValue<K>;
}

/** A setting's version: what a save of it is based on (0: at its default, never saved). */
export async function settingVersion(db: Db, key: SettingKey): Promise<number> {
  return (await db.selectFrom('settings').select('version').where('key', '=', key).executeTakeFirst())?.version ?? 0;
}

export async function writeSetting<K extends SettingKey>(db: Db, key: K, value: SettingValue<K>): Promise<void> {
  const stored = settings.columns.value.encode(value);
  await db.insertInto('settings').values({ key, value: stored }).onConflict((oc) => oc.column('key').doUpdateSet({ value: stored })).execute();
}

/** What a setting put back to its default stores: the row stays, so its version goes on rising and is never used twice. */
export const AT_DEFAULT = settings.columns.value.encode(null);

/** Whether the council has set this setting (rather than it standing at its default, never saved or put back). */
export async function isSet(db: Db, key: SettingKey): Promise<boolean> {
  return (await db.selectFrom('settings').select('key').where('key', '=', key).where('value', '<>', AT_DEFAULT).executeTakeFirst()) !== undefined;
}

/** Back to the default, keeping the row and its version (a save based on the list before is still a conflict). */
export async function resetSetting(db: Db, key: SettingKey): Promise<void> {
  await db.updateTable('settings').set({ value: AT_DEFAULT }).where('key', '=', key).execute();
}

/**
 * A setting's row for its first save to claim, at version 0, if there is none: two first saves at once
 * then meet at the row (the second waits for the first, finds its row and loses the claim) instead of
 * both claiming a row that is not there. Its value is the default until the save writes its own.
 */
export async function settingRowToClaim(db: Db, key: SettingKey): Promise<void> {
  await db.insertInto('settings').values({ key, value: AT_DEFAULT, version: 0 }).onConflict((oc) => oc.column('key').doNothing()).execute();
}

export async function loadBankHolidays(db: Db): Promise<ReadonlySet<string>> {
  return holidaySet(await readSetting(db, 'bankHolidays'));
}

export async function loadBankHolidayNames(db: Db): Promise<ReadonlyMap<string, string>> {
  return holidayNames(await readSetting(db, 'bankHolidays'));
}
