import { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import { englandWalesBankHolidays, holidaySet, SHIPPED_BANK_HOLIDAY_YEARS } from '../../../shared/domain/bank-holidays';
import { isoDate } from '../../../shared/schemas/common';
import type { Database } from '../db/schema';
import { readSetting } from './settings-store';

type Db = Kysely<Database> | Transaction<Database>;

export const bankHolidayList = z.array(z.object({ date: isoDate, name: z.string() }));

/**
 * The shipped England and Wales list (as announced, through 2028), then the standard
 * holidays worked out by rule for later years, so working-day rules never silently
 * stop skipping holidays when the shipped data runs out.
 */
export const DEFAULT_BANK_HOLIDAYS = englandWalesBankHolidays(SHIPPED_BANK_HOLIDAY_YEARS.from, SHIPPED_BANK_HOLIDAY_YEARS.to + 12);

/** The bank holidays in force, with their names: the default list unless the council has edited it. */
export async function loadBankHolidayList(db: Db): Promise<z.output<typeof bankHolidayList>> {
  return readSetting(db, 'bankHolidays', bankHolidayList, DEFAULT_BANK_HOLIDAYS);
}

export async function loadBankHolidays(db: Db): Promise<ReadonlySet<string>> {
  return holidaySet(await loadBankHolidayList(db));
}

export async function loadBankHolidayNames(db: Db): Promise<ReadonlyMap<string, string>> {
  return new Map((await loadBankHolidayList(db)).map((h) => [h.date, h.name]));
}
