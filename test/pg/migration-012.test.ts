import { describe, expect, it } from 'vitest';

/** The words of a text as the index holds them since migration 12 (the minutes repository folds typed words so). */
const WORDS = `btrim(regexp_replace(lower(regexp_replace(normalize($1, NFD), '[\\u0300-\\u036f]+', '', 'g')), '[^[:alnum:]]+', ' ', 'g'))`;
import { migrations } from '../../electron/core/db/migrations';
import { initTeamStore, migrateTeamStore } from '../../electron/core/team-store/admin';
import { adminAddress, adminClient, freshDatabase, loginClient, person } from './support/pg';

const TEXTS = ['The meetings with Zoë’s school were reviewed.', 'Siân: care-plan agreed at the panel, case ZR-204.', 'Ó Briain family time: the meeting is monthly.'];

describe('migration 12 on PostgreSQL: the minutes’ words made as the laptop makes them', () => {
  it('re-indexes the minutes already written: no stemming, common words kept, accents and case folded, by built-in immutable functions and a GIN index', async () => {
    const database = await freshDatabase();
    await initTeamStore(adminAddress(database), migrations.slice(0, 11));
    const admin = await adminClient(database);
    try {
      // Rows written under migration 11, straight into the table (the item's meeting does not matter here).
      await admin.query(`set session_replication_role = replica`);
      for (const [i, text] of TEXTS.entries()) {
        await admin.query(`insert into minute_fields (item_id, field, value, search_text, updated_at) values (1, $1, $2, $2, '2026-11-26T10:00:00Z')`, [`f${i}`, text]);
      }
      await admin.query(`set session_replication_role = origin`);
      const found = async (query: string) => (await admin.query(`select field from minute_fields where search_vector @@ to_tsquery('simple', $1) order by id`, [query])).rows.map((r) => r.field);
      // Before: English stemming ("meetings" and "meeting" are one word), accents kept.
      expect(await found('meet')).toEqual(['f0', 'f2']);
      expect(await found('zoe')).toEqual([]);

      const { from, to } = await migrateTeamStore(adminAddress(database));
      expect([from, to]).toEqual([11, migrations.length]);
      expect(await found('meet')).toEqual([]);
      expect(await found('meetings')).toEqual(['f0']);
      expect(await found('meet:*')).toEqual(['f0', 'f2']);
      expect(await found('zoe')).toEqual(['f0']);
      expect(await found('sian')).toEqual(['f1']);
      expect(await found('o <-> briain')).toEqual(['f2']);
      expect(await found('the')).toEqual(['f0', 'f1', 'f2']);
      expect(await found('care <-> plan')).toEqual(['f1']);
      expect(await found('zr <-> 204')).toEqual(['f1']);
      expect((await admin.query(`select ${WORDS} as w`, ['  Zoë’s CARE-plan: ZR-204!  '])).rows[0].w).toBe('zoe s care plan zr 204');

      // Built-in immutable functions only: no function of ours (each role would need the right to run it), no extension.
      const own = await admin.query(`select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'panelroom' and p.prokind = 'f' and p.prorettype <> 'trigger'::regtype`);
      expect(own.rows).toEqual([]);
      expect((await admin.query(`select extname from pg_extension order by 1`)).rows.map((r) => r.extname)).toEqual(['plpgsql']);
      const index = await admin.query(`select indexdef from pg_indexes where schemaname = 'panelroom' and indexname = 'minutes_search'`);
      expect(index.rows.map((r) => r.indexdef)).toEqual(['CREATE INDEX minutes_search ON panelroom.minute_fields USING gin (search_vector)']);
      const column = await admin.query(`select generation_expression from information_schema.columns where table_schema = 'panelroom' and table_name = 'minute_fields' and column_name = 'search_vector'`);
      expect(column.rows[0].generation_expression).toMatch(/^to_tsvector\('simple'::regconfig, btrim\(regexp_replace\(lower\(regexp_replace\(normalize\(search_text, NFD\)/i);
    } finally {
      await admin.end();
    }

    // A minute taker's writes keep the words; a viewer searches them.
    const taker = await person(database, 'minute_taker');
    const writer = await loginClient(database, taker.login, taker.password);
    try {
      await writer.query(`update minute_fields set search_text = 'Siân’s contact is weekly' where field = 'f2'`);
    } finally {
      await writer.end();
    }
    const viewer = await person(database, 'viewer');
    const client = await loginClient(database, viewer.login, viewer.password);
    try {
      const { rows } = await client.query(`select field from minute_fields where search_vector @@ to_tsquery('simple', replace(${WORDS}, ' ', ' <-> ')) order by id`, ['Siân']);
      expect(rows.map((r) => r.field)).toEqual(['f1', 'f2']);
    } finally {
      await client.end();
    }
  });
});
