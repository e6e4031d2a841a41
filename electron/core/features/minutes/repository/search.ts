import { sql, type RawBuilder } from 'kysely';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../../../shared/schemas/minutes';
import { containsPattern } from '../../../db/contains';
import type { Db } from '../../../db/db-type';
import { engineOf } from '../../../data/dialect';

/** A word or a "quoted phrase" of what was typed; the last word (not a phrase) matches as a prefix while typing. */
interface Term {
  text: string;
  prefix: boolean;
}

/** What was typed, as terms: punctuation alone is no term, so what has no letter or digit searches nothing. */
function termsOf(typed: string): Term[] {
  const parts = typed.match(/"[^"]*"|[^\s"]+/g) ?? [];
  const terms = parts
    .map((p) => ({ phrase: p.startsWith('"'), text: p.replace(/"/g, '').trim() }))
    .filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  return terms.map((t, i) => ({ text: t.text, prefix: !t.phrase && i === terms.length - 1 }));
}

/**
 * Turns what a person typed into an FTS5 query that cannot be a syntax error: every
 * word is a quoted phrase (so AND, NEAR, colons and stray quotes are just words), a
 * "quoted phrase" stays a phrase, and the last word matches as a prefix while typing.
 */
export function toFtsQuery(typed: string): string | null {
  const terms = termsOf(typed);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.text}"${t.prefix ? '*' : ''}`).join(' ');
}

/** A minute field the words were found in, with the words marked in a snippet of it. */
export interface FieldMatch {
  id: number;
  item_id: number;
  field: string;
  snip: string;
}

/**
 * The minute fields matching what a person typed, newest first, by the engine's full-text index:
 * SQLite's FTS5 (kept by triggers in migration 4), or PostgreSQL's GIN index over the words the
 * database keeps for each field (migration 12). The one place the minutes are searched by words.
 * Both find the same fields: words split at anything not a letter or digit, case and accents
 * folded, no stemming, every term required, a phrase as consecutive words, the last word a prefix.
 *
 * Newest first by the index's own order: field ids follow typing, so the newest minutes come first, and
 * SQLite reads the index backwards and stops at the limit (no sort of every match of a common word).
 * The snippet is built in the same pass, for those rows only.
 */
export async function searchMinuteFieldsFts5(db: Db, typed: string, limit: number): Promise<FieldMatch[]> {
  if (engineOf(db) === 'postgres') return searchMinuteFieldsPostgres(db, termsOf(typed), limit);
  const fts = toFtsQuery(typed);
  if (fts === null) return [];
  return (
    await sql<FieldMatch>`
      select f.id, f.item_id, f.field, snippet(minutes_search, 0, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 16) as snip
      from minutes_search
      join minute_fields f on f.id = minutes_search.rowid
      where minutes_search match ${fts}
      order by minutes_search.rowid desc
      limit ${limit}`.execute(db)
  ).rows;
}

/**
 * Typed words folded as the team store folds the minutes' words for its index (migration 12): the
 * accents taken off, case folded, only letters and digits left between single spaces. The same
 * expression on both sides, on the same server, so what was typed and what was written always agree.
 */
const searchWords = (typed: string) => sql<string>`btrim(regexp_replace(lower(regexp_replace(normalize(cast(${typed} as text), NFD), '[\\u0300-\\u036f]+', '', 'g')), '[^[:alnum:]]+', ' ', 'g'))`;

/**
 * PostgreSQL: each term's words folded as the indexed column's are, a phrase's words one after
 * another (`<->`), the last word a prefix (`:*`), every term required (`&&`), all worked out by the
 * server in the search's own statement (one round trip). Every function in the query is immutable,
 * so the planner folds it to its words before planning: a rare word is found by the GIN index, a
 * common one by reading the newest fields backwards until the page is full, as FTS5 does. A term
 * whose words all fold away drops out; with none left nothing is read (`numnode` of the query is 0).
 * The snippet is marked here as FTS5 marks it.
 */
async function searchMinuteFieldsPostgres(db: Db, terms: Term[], limit: number): Promise<FieldMatch[]> {
  if (terms.length === 0) return [];
  const query = sql.join(
    terms.map((t) => {
      const phrase = sql`regexp_replace(${searchWords(t.text)}, ' ', ' <-> ', 'g')`;
      return sql`to_tsquery('simple'::regconfig, ${t.prefix ? sql`regexp_replace(${phrase}, '^(.+)$', '\\1:*')` : phrase})`;
    }),
    sql` && `,
  );
  const { rows } = await sql<{ id: number; item_id: number; field: string; search_text: string }>`
    select f.id, f.item_id, f.field, f.search_text
    from minute_fields f
    where f.search_vector @@ (${query}) and numnode(${query}) > 0
    order by f.id desc
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ id: r.id, item_id: r.item_id, field: r.field, snip: snippetOf(r.search_text, terms) }));
}

/** Tokens as FTS5's unicode61 tokenizer finds them: letters and digits, with any marks on them. */
const TOKEN = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{M}]*/gu;
/** A token as the index holds it: accents off, case folded. */
const fold = (word: string) => (/^[0-9A-Za-z]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
/** Words in a snippet around the words found. */
const SNIPPET_TOKENS = 16;

/**
 * FTS5's snippet(…, '…', 16), worked out the same way: the window of 16 words that holds the
 * most of the different terms (centred on them, or starting at a sentence when that holds more),
 * each term's words marked (a phrase as one mark), '…' where the field goes on beyond the window.
 */
export function snippetOf(text: string, terms: readonly Term[]): string {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: fold(m[0]) }));
  const n = tokens.length;
  // Every place a term's words stand one after another, in the order of the text.
  const hits: { term: number; from: number; to: number }[] = [];
  terms.forEach((t, term) => {
    const words = [...t.text.matchAll(TOKEN)].map((m) => fold(m[0]));
    if (words.length === 0) return;
    for (let i = 0; i + words.length <= n; i++) {
      const ok = words.every((w, j) => (t.prefix && j === words.length - 1 ? tokens[i + j]!.word.startsWith(w) : tokens[i + j]!.word === w));
      if (ok) hits.push({ term, from: i, to: i + words.length });
    }
  });
  hits.sort((a, b) => a.from - b.from || a.term - b.term);
  /** The first hit at or after a word. */
  const firstHitFrom = (from: number) => {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]!.from < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The hits in the 16 words from `from`: 1000 for each term, 1 for each repeat; and where a window centred on them starts.
  const score = (from: number) => {
    const seen = new Set<number>();
    let total = 0;
    let first = -1;
    let last = 0;
    for (let k = firstHitFrom(from); k < hits.length && hits[k]!.from < from + SNIPPET_TOKENS; k++) {
      const h = hits[k]!;
      total += seen.has(h.term) ? 1 : 1000;
      seen.add(h.term);
      if (first < 0) first = h.from;
      last = h.to;
    }
    let adjusted = first - Math.trunc((SNIPPET_TOKENS - (last - first)) / 2);
    if (adjusted + SNIPPET_TOKENS > n) adjusted = n - SNIPPET_TOKENS;
    return { total, adjusted: Math.max(adjusted, 0) };
  };
  // Sentence starts (a longer field only): the first word, and each word after '.' or ':' and a space.
  const firsts: number[] = [];
  if (n > SNIPPET_TOKENS) for (let i = 0; i < n; i++) if (i === 0 || /[.:][ \t\n\r]+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) firsts.push(i);
  let best = 0;
  let bestStart = 0;
  let sentenceAt = 0;
  for (const h of hits) {
    const centred = score(h.from);
    if (centred.total > best) [best, bestStart] = [centred.total, centred.adjusted];
    if (firsts.length > 0) {
      while (sentenceAt + 1 < firsts.length && firsts[sentenceAt + 1]! <= h.from) sentenceAt++;
      const sentence = firsts[sentenceAt]!;
      if (sentence < h.from) {
        const total = score(sentence).total + (sentence === 0 ? 120 : 100);
        if (total > best) [best, bestStart] = [total, sentence];
      }
    }
  }
  const rangeEnd = bestStart + SNIPPET_TOKENS - 1;
  // The marks, each over a whole term's words; overlapping ones as one; a mark begun before the window is left out.
  const opens = new Set<number>();
  const closes = new Map<number, number>();
  let span: { from: number; to: number } | null = null;
  const keep = (s: { from: number; to: number } | null) => {
    if (!s || s.from < bestStart) return;
    opens.add(s.from);
    closes.set(s.from, s.to - 1);
  };
  for (const h of hits) {
    if (span && h.from < span.to) {
      span.to = Math.max(span.to, h.to);
    } else {
      keep(span);
      span = { from: h.from, to: h.to };
    }
  }
  keep(span);
  let out = bestStart > 0 ? '…' : '';
  let at = bestStart > 0 && n > 0 ? tokens[bestStart]!.start : 0;
  let closeAt = -1;
  for (let i = bestStart; i <= Math.min(rangeEnd, n - 1); i++) {
    const tk = tokens[i]!;
    if (opens.has(i)) {
      out += text.slice(at, tk.start) + SNIPPET_OPEN;
      at = tk.start;
      closeAt = closes.get(i)!;
    }
    if (closeAt >= 0 && (i === closeAt || i === rangeEnd)) {
      out += text.slice(at, tk.end) + SNIPPET_CLOSE;
      at = tk.end;
      closeAt = -1;
    }
  }
  if (rangeEnd >= n - 1) out += text.slice(at);
  else out += text.slice(at, tokens[rangeEnd]!.end) + '…';
  return out;
}

/**
 * Text compared byte by byte, where ILIKE folds the case of A to Z only, as SQLite's LIKE does (and
 * several times faster over every child than folding each name with translate()).
 */
const asciiCaseless = (text: RawBuilder<string>) => sql<string>`(${text}) collate "C"`;

/** The items of held meetings about children whose name or reference contains what was typed, newest meeting first. */
export async function itemsOfChildrenNamed(db: Db, typed: string, limit: number): Promise<{ item_id: number }[]> {
  const postgres = engineOf(db) === 'postgres';
  const like = containsPattern(typed);
  const text = (column: RawBuilder<string>) => (postgres ? asciiCaseless(column) : column);
  const op = postgres ? 'ilike' : 'like';
  // The children who match (a few among thousands, usually none) first, then their items by the index on the
  // child: asked as one query, PostgreSQL may instead read every held meeting newest first looking for them.
  const children = await db
    .selectFrom('children as c')
    .select('c.id')
    // "Ava Ashdown" or "Ashdown Ava", as lists in councils are written both ways.
    .where((w) =>
      w.or([
        w(text(sql<string>`c.first_name || ' ' || c.last_name`), op, like),
        w(text(sql<string>`c.last_name || ' ' || c.first_name`), op, like),
        w(text(sql<string>`c.case_ref`), op, like),
      ]),
    )
    .execute();
  if (children.length === 0) return [];
  return db
    .selectFrom('agenda_item_children as ic')
    .innerJoin('meetings as m', 'm.id', 'ic.meeting_id')
    .select('ic.item_id')
    .where('m.status', '!=', 'planned')
    .where(
      'ic.child_id',
      'in',
      children.map((c) => c.id),
    )
    .orderBy('m.date', 'desc')
    .limit(limit)
    .execute();
}

/** The items found, with their meetings' dates and types. */
export function itemsFound(db: Db, itemIds: number[]) {
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('meeting_types as t', 't.id', 'm.type_id')
    .select(['i.id', 'i.meeting_id', 'm.date', 'm.start_time', 't.name', 'i.position'])
    .where('i.id', 'in', itemIds)
    .execute();
}

/** The children of the items found, in agenda order. */
export function childrenOfItemsFound(db: Db, itemIds: number[]) {
  return db
    .selectFrom('agenda_item_children as ic')
    .innerJoin('children as c', 'c.id', 'ic.child_id')
    .select(['ic.item_id', 'c.id', 'c.case_ref', 'c.first_name', 'c.last_name'])
    .where('ic.item_id', 'in', itemIds)
    .orderBy('ic.position')
    .execute();
}
