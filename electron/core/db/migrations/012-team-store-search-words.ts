import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The team store's minutes search finds what the laptop's finds. SQLite's FTS5 index (migration 4)
 * splits the text into words at anything that is not a letter or a digit, folds case, takes the
 * accents off (unicode61, remove_diacritics 2) and does not stem or drop words; PostgreSQL's first
 * form stemmed English and dropped common words, so "meetings" found "meeting" and "Zoe" did not
 * find "Zoë". Now its words are made the same way: the text decomposed and its combining accents
 * dropped, case folded, and only letters and digits left between single spaces; the `simple`
 * dictionary then indexes each word as it is. Built-in immutable functions only: no extension,
 * and no function of ours that each role would need the right to run. The minutes repository folds
 * what was typed with the same expression.
 *
 * SQLite: nothing changes (its schema stays byte for byte as it was).
 */
export const m012TeamStoreSearchWords: Migration = {
  version: 12,
  name: 'the team store indexes the minutes’ words as the laptop does: no stemming, accents and case folded',
  async up(db, engine) {
    if (engine !== 'postgres') return;
    const words = sql`btrim(regexp_replace(lower(regexp_replace(normalize(search_text, NFD), '[\\u0300-\\u036f]+', '', 'g')), '[^[:alnum:]]+', ' ', 'g'))`;
    await sql`alter table minute_fields drop column search_vector`.execute(db);
    await sql`alter table minute_fields add column search_vector tsvector generated always as (to_tsvector('simple'::regconfig, ${words})) stored`.execute(db);
    await sql`create index minutes_search on minute_fields using gin (search_vector)`.execute(db);
  },
};
