import type { Transaction } from 'kysely';
import { z } from 'zod';
import { importMapping, importPersonMap, importTeamMap, importValueMap } from '../../../../shared/schemas/import';
import type { Database } from '../../db/schema';
import type { ImportChoices } from './analyse';
import { looseKey } from './clean-cell';
import { importProfiles } from '../../data/tables/import-profiles';
import type { Db } from '../../db/db-type';
import { profileByHeadings, upsertProfile } from './repository';

/**
 * A profile is what the person decided about a case system's report (which column is
 * which, what its wordings mean, which team its team names are, who its workers are),
 * found again by the report's headings: the next export of the same report, next month,
 * needs none of it done again.
 */
export interface ImportProfile {
  name: string;
  savedAt: string;
  choices: ImportChoices;
}

const storedChoices = z.object({
  mapping: importMapping,
  values: importValueMap.catch({}),
  teams: importTeamMap.catch({}),
  people: importPersonMap.catch({}),
});

/** The headings as a set: order, case and punctuation do not matter, so a re-ordered export is the same report. */
export function headingsKey(headers: readonly string[]): string {
  return [...new Set(headers.map(looseKey).filter(Boolean))].sort().join('|');
}

export async function findProfile(db: Db, headers: readonly string[]): Promise<ImportProfile | undefined> {
  if (headers.length === 0) return undefined;
  const row = await profileByHeadings(db, headingsKey(headers));
  if (!row) return undefined;
  try {
    const parsed = storedChoices.safeParse(importProfiles.columns.choices.decode(row.choices));
    // A profile that no longer reads (written by a later version, say) is passed over, not trusted.
    return parsed.success ? { name: row.name, savedAt: row.saved_at, choices: parsed.data } : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the choices an import was made with, for the next file with these headings (one profile per set of headings). */
export async function saveProfile(trx: Transaction<Database>, headers: readonly string[], name: string, choices: ImportChoices, at: string, by: string): Promise<void> {
  const values = { name, choices: importProfiles.columns.choices.encode(choices), saved_at: at, saved_by: by };
  await upsertProfile(trx, headingsKey(headers), values);
}
