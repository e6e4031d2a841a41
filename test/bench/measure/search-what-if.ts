import type { SqliteCore as Core } from '../../../electron/core/core';
import { toFtsQuery } from '../../../electron/core/features/minutes/search';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../shared/schemas/minutes';
import type { BenchEnv } from './env';
import { summarise } from './stats';
import { timeLoop } from './timing';

/** Rows gathered for a page of 50 hits (search.ts asks for up to four fields per item shown). */
const ROWS = 200;

export interface SearchWhatIf {
  query: string;
  fts: string | null;
  /** Fields the FTS query matches. */
  matches: number;
  /** Medians in milliseconds, each statement alone on the core's connection. */
  ways: { way: string; ms: number; rows: number }[];
}

/**
 * Cheaper forms of a missed search's statements, timed alone on the same data and
 * connection (medians). The service's own statements are in its profile above, so this
 * stays right whatever the service does today: the cost of merely finding every match,
 * the newest matches taken straight from the index in rowid order (FTS5 walks its lists
 * backwards and stops at the limit; minute_fields ids follow the order minutes are first
 * typed) with their snippets in the same pass, and children found by name before their items.
 */
export async function searchWhatIf(env: BenchEnv, core: Core, query: string): Promise<SearchWhatIf> {
  const sqlite = core.store.sqlite;
  const fts = toFtsQuery(query);
  const runs = Math.max(5, env.config.runs.profile);
  const time = async (way: string, fn: () => unknown[]) => {
    let rows = 0;
    const ms = summarise(await timeLoop(() => (rows = fn().length), { warmup: 2, runs, after: () => env.memory.sample() })).median;
    return { way, ms, rows };
  };
  const like = `%${query.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const ways: SearchWhatIf['ways'] = [];
  let matches = 0;
  if (fts !== null) {
    matches = (sqlite.prepare('select count(*) as n from minutes_search where minutes_search match ?').get(fts) as { n: number }).n;
    const all = sqlite.prepare('select rowid from minutes_search where minutes_search match ?');
    ways.push(await time('every match, rowids only (the least any newest-meeting-first sort must read)', () => all.all(fts)));
    const newest = sqlite.prepare(`select rowid from minutes_search where minutes_search match ? order by rowid desc limit ${ROWS}`);
    ways.push(await time(`newest ${ROWS} matches by rowid (FTS5 stops at the limit), no snippet`, () => newest.all(fts)));
    const newestWithSnippets = sqlite.prepare(`select f.id, f.item_id, f.field, snippet(minutes_search, 0, ?, ?, '…', 16) as snip
      from minutes_search join minute_fields f on f.id = minutes_search.rowid
      where minutes_search match ? order by minutes_search.rowid desc limit ${ROWS}`);
    ways.push(await time(`newest ${ROWS} by rowid with snippet() in the same statement`, () => newestWithSnippets.all(SNIPPET_OPEN, SNIPPET_CLOSE, fts)));
    const ids = (newest.all(fts) as { rowid: number }[]).slice(0, 50).map((r) => r.rowid);
    const snippetsIn = sqlite.prepare(`select rowid, snippet(minutes_search, 0, ?, ?, '…', 16) as snip from minutes_search where minutes_search match ? and rowid in (select value from json_each(?))`);
    ways.push(await time('snippet() for 50 rowids by MATCH … AND rowid IN (…) (FTS5 runs the query once per rowid)', () => snippetsIn.all(SNIPPET_OPEN, SNIPPET_CLOSE, fts, JSON.stringify(ids))));
    const text = sqlite.prepare('select id, search_text from minute_fields where id in (select value from json_each(?))');
    ways.push(await time('the text of those 50 fields by primary key (for a snippet made in JS)', () => text.all(JSON.stringify(ids))));
  }
  const named = `c.first_name || ' ' || c.last_name like @like escape '\\' or c.last_name || ' ' || c.first_name like @like escape '\\' or c.case_ref like @like escape '\\'`;
  const childrenFirst = sqlite.prepare(`select ic.item_id from agenda_item_children ic join meetings m on m.id = ic.meeting_id
    where ic.child_id in (select c.id from children c where ${named}) and m.status != 'planned' order by m.date desc limit 50`);
  ways.push(await time('children by name or reference as ic.child_id IN (children matching), then their items by index', () => childrenFirst.all({ like })));
  const childrenOnly = sqlite.prepare(`select c.id from children c where ${named}`);
  ways.push(await time('  of which the LIKE over the 10,000 children alone', () => childrenOnly.all({ like })));
  return { query, fts, matches, ways };
}
