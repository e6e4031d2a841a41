import { asShown } from '../unit/support/shown-version';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../shared/schemas/minutes';
import type { ServiceContext } from '../../electron/core/context';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { openTeamStore } from '../../electron/core/db/postgres';
import type { Database } from '../../electron/core/db/schema';
import { searchMinutes } from '../../electron/core/features/minutes/search';
import { copyFromLaptop } from '../../electron/core/team-store/copy-from';
import { testCore, type TestCore } from '../unit/support/core';
import { child, councilAt, meetingWith } from '../unit/support/council';
import { adminAddress, adminClient, freshTeamStore } from './support/pg';

/*
 * Searching the minutes on PostgreSQL finds what SQLite's FTS5 finds: the same items in the same
 * order, each with the same field and a snippet of the same shape. The minutes are written on a
 * laptop through the real core, copied into a fresh team store, and searched on both.
 */

type Hits = Awaited<ReturnType<typeof searchMinutes>>;

const context = (db: Kysely<Database>): ServiceContext => ({ db, actor: 'Parity Test', now: () => new Date('2026-12-20T10:00:00Z') });

async function searchAll(db: Kysely<Database>, queries: readonly string[], limit?: number): Promise<Record<string, Hits>> {
  const out: Record<string, Hits> = {};
  for (const query of queries) out[query] = await searchMinutes(context(db), { query, limit: limit ?? 50 });
  return out;
}

/** The words a snippet marks. */
const marked = (snippet: string | null) => [...(snippet ?? '').matchAll(new RegExp(`${SNIPPET_OPEN}([^${SNIPPET_CLOSE}]*)${SNIPPET_CLOSE}`, 'g'))].map((m) => m[1]);

/** The same hits: ids, order, meeting, children and field; the snippet the same when the field is short, else with the same words marked. */
function expectSameHits(onPostgres: Record<string, Hits>, onSqlite: Record<string, Hits>) {
  for (const [query, hits] of Object.entries(onSqlite)) {
    const pg = onPostgres[query]!;
    expect(pg.map(({ snippet: _, ...rest }) => rest), query).toEqual(hits.map(({ snippet: _, ...rest }) => rest));
    hits.forEach((hit, i) => {
      const theirs = pg[i]!.snippet;
      expect(theirs === null, `${query}: snippet or none`).toBe(hit.snippet === null);
      if (hit.snippet === null || theirs === null) return;
      expect(marked(theirs).length, `${query}: words marked`).toBeGreaterThan(0);
      expect(theirs.startsWith('…'), `${query}: starts mid-field`).toBe(hit.snippet.startsWith('…'));
      expect(theirs, query).toBe(hit.snippet);
    });
  }
}

/** Copies a closed laptop into a fresh team store and opens it. */
async function teamStoreOf(core: TestCore) {
  await core.close({ backup: false });
  const database = await freshTeamStore();
  await copyFromLaptop(core.dataDir, adminAddress(database));
  return { database, store: await openTeamStore(adminAddress(database), LATEST_SCHEMA_VERSION) };
}

const ACCENTS_AND_PHRASES = [
  // single words, and the last word as a prefix while typing
  'viability',
  'viab',
  'assessment',
  'CONTACT',
  // no stemming, as FTS5: "meetings" finds only "meetings", "meeting" finds both (as a prefix)
  'meetings',
  'meeting',
  'assessed',
  // common words are words too
  'the court',
  'with',
  // phrases in quotes, and a phrase followed by a prefix
  '"care plan"',
  '"plan care"',
  '"care plan" rev',
  '"viability assessment" grand',
  // children's names, accents with and without
  'Zoë',
  'Zoe',
  'zoe hughes',
  'Siân',
  'Sian',
  'SIAN',
  'Ó Briain',
  'O Briain',
  'Okonkwo',
  'café',
  'cafe',
  // a reference like a case number, and one in the text
  'ZR-204',
  'ZR',
  '204',
  'PO/2026/117',
  '2026/117',
  // apostrophes and hyphens split words, as FTS5 splits them
  'grandmother’s',
  'grandmother',
  'well-being',
  'being',
  // no match, punctuation only, odd characters
  'zzzzqqq',
  '!!!',
  '-- ::',
  '"',
  'AND OR NOT',
  'NEAR(',
  'a:b',
  '%_',
];

describe('minutes search: the same answers on PostgreSQL as on SQLite', () => {
  it('words, prefixes, phrases, names with and without accents, references, punctuation and nothing found: same items, order, fields and snippets', { timeout: 300_000 }, async () => {
    const { clock, core, s } = await councilAt('2026-11-26T10:00:00Z');
    const zoe = await child(core, s.north.id, 'Hughes', 'Zoë', 'ZR-204');
    const sian = await child(core, s.north.id, 'Jones', 'Siân');
    const niamh = await child(core, s.north.id, 'Ó Briain', 'Niamh');
    const ava = await child(core, s.north.id, 'Okonkwo', 'Ava');
    const kids = [zoe, sian, niamh, ava];
    const texts: Record<string, string>[] = [
      {
        discussion: 'Grandmother’s viability assessment is positive; contact with siblings weekly. Zoë settled well at the café.',
        decisions: 'The care plan was agreed by the panel.',
      },
      { discussion: 'Siân’s well-being reviewed; meetings with school every month. Placement order PO/2026/117 made.', decisions: 'Plan care review at the next meeting.' },
      { discussion: 'Niamh Ó Briain: contact with Mum supervised. The meeting assessed progress against the care plan review dates.' },
      { discussion: 'Viability assessment report filed with the court. Sian and Zoe to keep in contact.' },
    ];
    // Three panels a fortnight apart, so newest first means something.
    for (const [n, date] of ['2026-11-26', '2026-12-10', '2026-12-24'].entries()) {
      clock.set(`${date}T10:00:00Z`);
      const m = await meetingWith(core, s.series.id, date, kids.map((k) => k.id));
      await core.ok('meetings.start', { id: m.meetingId });
      for (const [i, k] of kids.entries()) {
        for (const [field, value] of Object.entries(texts[(i + n) % texts.length]!)) await core.ok('minutes.save', await asShown(core, { itemId: m.itemOf(k.id), field: field as 'discussion', value }));
      }
      // A long field, so the snippet is a window of it.
      await core.ok('minutes.save', await asShown(core, {
        itemId: m.itemOf(kids[n]!.id),
        field: 'dissent',
        value: `${'Every action from the last panel was read out and each was checked against the notes kept by the coordinator. '.repeat(3)}The viability assessment for Zoë is late. ${'Nothing else was raised under this heading at this meeting. '.repeat(3)}`,
      }));
      await core.ok('meetings.close', { id: m.meetingId });
    }
    const onSqlite = await searchAll(core.store.db, ACCENTS_AND_PHRASES);
    const newestOnSqlite = await searchAll(core.store.db, ['contact'], 2);
    expect(onSqlite.viability!.length).toBeGreaterThan(3);
    // "Zoe" finds the minutes that say "Zoë"; "Zoë" finds those and also the items about Zoë by her name.
    expect(onSqlite.Zoe!.length).toBeGreaterThan(0);
    expect(onSqlite['Zoë']!.map((h) => h.itemId)).toEqual(expect.arrayContaining(onSqlite.Zoe!.map((h) => h.itemId)));
    expect(onSqlite.meetings!.length).toBeLessThan(onSqlite.meeting!.length);
    expect(onSqlite.zzzzqqq).toEqual([]);
    expect(onSqlite['!!!']).toEqual([]);

    const { database, store } = await teamStoreOf(core);
    try {
      const onPostgres = await searchAll(store.db, ACCENTS_AND_PHRASES);
      expectSameHits(onPostgres, onSqlite);
      // Newest first on both, and a limit keeps the newest.
      const newest = await searchAll(store.db, ['contact'], 2);
      expectSameHits(newest, newestOnSqlite);
      expect(newest.contact).toHaveLength(2);
      expect(newest.contact!.map((h) => h.date)).toEqual([...newest.contact!.map((h) => h.date)].sort().reverse());

      // The GIN index finds the words, once the table is large enough for the planner to prefer it.
      const admin = await adminClient(database);
      try {
        const item = (await admin.query(`select min(id) as id from agenda_items`)).rows[0].id as number;
        await admin.query(`insert into minute_fields (item_id, field, value, search_text, updated_at)
          select $1, 'bulk' || g, 'x', 'Routine note number ' || g || ' about contact arrangements and school', '2026-01-01T00:00:00Z' from generate_series(1, 50000) g`, [item]);
        await admin.query('analyze minute_fields');
        // The search's own form: the query a value the planner sees. A rare word through the GIN index; a word in
        // most fields by reading the newest backwards until the page is full (as FTS5 does), not by sorting them all.
        const plan = async (query: string) =>
          (await admin.query(`explain select f.id from minute_fields f where f.search_vector @@ to_tsquery('simple', $1) order by f.id desc limit 200`, [query])).rows.map((r) => r['QUERY PLAN']).join('\n');
        expect(await plan("'zoe'")).toMatch(/Bitmap Index Scan on minutes_search/);
        expect(await plan("'contact'")).toMatch(/Index Scan Backward using minute_fields_pkey/);
      } finally {
        await admin.end();
      }
    } finally {
      await store.close();
    }
  });

  it('on the demo council: a spread of words finds the same minutes on both', { timeout: 300_000 }, async () => {
    const core = await testCore({ now: () => new Date('2026-11-22T10:00:00Z') });
    await core.ok('demo.load');
    const queries = ['contact', 'assessment', 'parenting assessment', '"care plan"', 'court', 'adoption', 'school', 'placement', 'fost', 'the', 'sibling', 'review', 'zzzz'];
    const onSqlite = await searchAll(core.store.db, queries, 100);
    expect(Object.values(onSqlite).filter((h) => h.length > 0).length).toBeGreaterThan(5);
    const { store } = await teamStoreOf(core);
    try {
      expectSameHits(await searchAll(store.db, queries, 100), onSqlite);
    } finally {
      await store.close();
    }
  });
});
