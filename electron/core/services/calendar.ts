import { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import { ENGLAND_WALES_BANK_HOLIDAYS, holidaySet } from '../../../shared/domain/bank-holidays';
import { isoDate } from '../../../shared/schemas/common';
import type { Database } from '../db/schema';
import { readSetting } from './settings-store';

type Db = Kysely<Database> | Transaction<Database>;

export const bankHolidayList = z.array(z.object({ date: isoDate, name: z.string() }));

/** The bank holidays in force: the shipped England and Wales list unless the council has edited it. */
export async function loadBankHolidays(db: Db): Promise<ReadonlySet<string>> {
  const list = await readSetting(db, 'bankHolidays', bankHolidayList, [...ENGLAND_WALES_BANK_HOLIDAYS]);
  return holidaySet(list);
}
