import { id, looseJson, text } from '../codecs';
import { table } from '../table';

/** What a person decided about a case system's report, found again by its headings. */
export const importProfiles = table('import_profiles', {
  id: id(),
  /** The file's headings, compared loosely and in any order. */
  headings_key: text(),
  name: text(),
  /** Mapping, values, teams, people: checked by the import as it reads them (an old profile that no longer reads is passed over). */
  choices: looseJson(),
  saved_at: text(),
  saved_by: text(),
});
