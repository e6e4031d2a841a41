import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The team store's minutes search finds what the laptop's finds. SQLite's FTS5 index (migration 4)
 * splits the text into words at anything that is not a letter or a digit, folds case, takes the
 * accents off (unicode61, remove_diacritics 2) and does not stem or drop words; PostgreSQL's first
 * form stemmed English and dropped common words, so "meetings" found "meeting" and "Zoe" did not
 * find "Zoë". Now its words are made the same way: `search_words` takes the accents off (the
 * text decomposed, the combining marks dropped), folds case and leaves only letters and digits
 * between single spaces, and the `simple` dictionary indexes each word as it is. The function is
 * immutable and needs no extension, so the generated column and its GIN index can use it; the
 * search turns what was typed into words with the same function, so both sides always agree.
 *
 * SQLite: nothing changes (its schema stays byte for byte as it was).
 */
export const m012TeamStoreSearchWords: Migration = {
  version: 12,
  name: 'the team store indexes the minutes’ words as the laptop does: no stemming, accents and case folded',
  async up(db, engine) {
    if (engine !== 'postgres') return;
    await sql`create function search_words(words text) returns text language sql immutable strict parallel safe
      return btrim(regexp_replace(lower(regexp_replace(normalize(words, NFD), '[\\u0300-\\u036f]+', '', 'g')), '[^[:alnum:]]+', ' ', 'g'))`.execute(db);
    await sql`alter table minute_fields drop column search_vector`.execute(db);
    await sql`alter table minute_fields add column search_vector tsvector generated always as (to_tsvector('simple'::regconfig, search_words(search_text))) stored`.execute(db);
    await sql`create index minutes_search on minute_fields using gin (search_vector)`.execute(db);
  },
};
