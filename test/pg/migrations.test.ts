import { describe, expect, it } from 'vitest';
import { TABLES } from '../../electron/core/data/database';
import type { AnyColumn } from '../../electron/core/data/table';
import { migrations, LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { openTeamStore, TeamStoreError } from '../../electron/core/db/postgres';
import { initTeamStore, migrateTeamStore } from '../../electron/core/team-store/admin';
import { runTeamStore } from '../../electron/core/team-store/cli';
import { TEAM_TABLES } from '../../electron/core/team-store/role-matrix';
import { adminAddress, adminClient, freshDatabase, freshTeamStore, loginAddress, loginClient, person } from './support/pg';

async function columnsOf(database: string): Promise<Map<string, { type: string; nullable: boolean; generated: boolean }[]>> {
  const admin = await adminClient(database);
  try {
    const { rows } = await admin.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; is_generated: string; is_identity: string }>(
      `select table_name, column_name, data_type, is_nullable, is_generated, is_identity from information_schema.columns where table_schema = 'panelroom' order by table_name, ordinal_position`,
    );
    const out = new Map<string, { name: string; type: string; nullable: boolean; generated: boolean }[]>();
    for (const r of rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), { name: r.column_name, type: r.data_type, nullable: r.is_nullable === 'YES', generated: r.is_generated !== 'NEVER' }]);
    return out as never;
  } finally {
    await admin.end();
  }
}

describe('migrations on PostgreSQL', () => {
  it('make every declared table with the declared columns, types and nulls: ISO text, integer booleans, identity keys', async () => {
    const database = await freshTeamStore();
    const stored = (await columnsOf(database)) as unknown as Map<string, { name: string; type: string; nullable: boolean; generated: boolean }[]>;
    // Beside the declared tables (the laptop's too): the version record, and the saves applied from laptops' outboxes (migration 15, the team store's alone).
    expect([...stored.keys()].sort()).toEqual([...TABLES.map((t) => t.name), 'schema_version', 'applied_requests'].sort());
    expect([...stored.keys()].sort()).toEqual([...TEAM_TABLES].sort());
    expect(stored.get('applied_requests')).toEqual([
      { name: 'id', type: 'text', nullable: false, generated: false },
      { name: 'applied_at', type: 'text', nullable: false, generated: false },
      { name: 'login', type: 'text', nullable: false, generated: false },
    ]);
    for (const t of TABLES) {
      const columns = stored.get(t.name)!.filter((c) => !c.generated);
      expect(columns.map((c) => c.name).sort(), t.name).toEqual(Object.keys(t.columns).sort());
      for (const c of columns) {
        const declared = (t.columns as Record<string, AnyColumn>)[c.name]!;
        expect(c.type, `${t.name}.${c.name}`).toBe(declared.sqlType);
        if (c.name !== 'id') expect(c.nullable, `${t.name}.${c.name} nullable`).toBe(declared.nullable);
      }
    }
    // The minutes' words, kept by the database: the only column beyond the declared ones.
    expect([...stored.values()].flat().filter((c) => c.generated)).toEqual([{ name: 'search_vector', type: 'tsvector', nullable: true, generated: true }]);
    const admin = await adminClient(database);
    try {
      const { rows } = await admin.query(`select version, name from schema_version order by version`);
      expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
      const types = await admin.query(`select count(*)::int as n from meeting_types`);
      expect(types.rows[0].n).toBe(5);
      const index = await admin.query(`select indexdef from pg_indexes where schemaname = 'panelroom' and indexname in ('minutes_search', 'children_case_ref_unique') order by indexname`);
      expect(index.rows.map((r) => r.indexdef)).toEqual([
        'CREATE UNIQUE INDEX children_case_ref_unique ON panelroom.children USING btree (lower(case_ref))',
        'CREATE INDEX minutes_search ON panelroom.minute_fields USING gin (search_vector)',
      ]);
    } finally {
      await admin.end();
    }
  });

  it('bring an older team store up to date, two at once taking turns under the advisory lock', async () => {
    const database = await freshDatabase();
    await initTeamStore(adminAddress(database), migrations.slice(0, 5));
    await expect(openTeamStore(adminAddress(database), LATEST_SCHEMA_VERSION)).rejects.toThrow(
      `The team store is at data version 5 and this version of Panelroom needs ${LATEST_SCHEMA_VERSION}. Ask IT to bring it up to date (team-store migrate). Nothing has been changed.`,
    );
    const results = await Promise.all([migrateTeamStore(adminAddress(database)), migrateTeamStore(adminAddress(database))]);
    expect(results.map((r) => `${r.from}->${r.to}`).sort()).toEqual([`${LATEST_SCHEMA_VERSION}->${LATEST_SCHEMA_VERSION}`, `5->${LATEST_SCHEMA_VERSION}`]);
    const viewer = await person(database, 'viewer');
    const store = await openTeamStore(loginAddress(database, viewer.login, viewer.password), LATEST_SCHEMA_VERSION);
    try {
      expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      const versions = await store.db.selectFrom('schema_version' as never).select('version' as never).execute();
      expect(versions).toHaveLength(LATEST_SCHEMA_VERSION);
    } finally {
      await store.close();
    }
  });

  it('bring a store of data version 14 to 15: the record of saves applied, empty, that the minute-writers add to and nobody else reads', async () => {
    const database = await freshDatabase();
    await initTeamStore(adminAddress(database), migrations.slice(0, 14));
    expect(await migrateTeamStore(adminAddress(database))).toEqual({ from: 14, to: LATEST_SCHEMA_VERSION });
    const check = await runTeamStore(['check', '--url', adminAddress(database).url]);
    expect(check.out).toContain('Grants: exactly the role matrix below.');
    const minuteTaker = await person(database, 'minute_taker');
    const viewer = await person(database, 'viewer');
    const taker = await loginClient(database, minuteTaker.login, minuteTaker.password);
    const reader = await loginClient(database, viewer.login, viewer.password);
    try {
      await taker.query(`insert into applied_requests (id, applied_at) values ('laptop-save-1', '2026-11-26T10:00:00.000Z')`);
      // The login is the database's, whatever the laptop sends; the same id twice is refused by the key.
      expect((await taker.query(`select id, login from applied_requests`)).rows).toEqual([{ id: 'laptop-save-1', login: minuteTaker.login }]);
      await expect(taker.query(`insert into applied_requests (id, applied_at) values ('laptop-save-1', '2026-11-26T10:00:01.000Z')`)).rejects.toMatchObject({ code: '23505' });
      await expect(taker.query(`delete from applied_requests`)).rejects.toMatchObject({ code: '42501' });
      await expect(reader.query(`select id from applied_requests`)).rejects.toMatchObject({ code: '42501' });
    } finally {
      await taker.end();
      await reader.end();
    }
  });

  it('refuse a client older than the server’s schema, in a sentence, changing nothing', async () => {
    const database = await freshTeamStore();
    const older = migrations.slice(0, LATEST_SCHEMA_VERSION - 1);
    const err = await migrateTeamStore(adminAddress(database), older).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TeamStoreError);
    expect((err as TeamStoreError).reason).toBe('newer-schema');
    expect((err as Error).message).toBe(
      `The team store was set up by a newer version of Panelroom (data version ${LATEST_SCHEMA_VERSION}; this version understands up to ${LATEST_SCHEMA_VERSION - 1}). Run the migration with the newer version. Nothing has been changed.`,
    );
    const viewer = await person(database, 'viewer');
    await expect(openTeamStore(loginAddress(database, viewer.login, viewer.password), LATEST_SCHEMA_VERSION - 1)).rejects.toMatchObject({ reason: 'newer-schema' });
    const admin = await adminClient(database);
    try {
      expect((await admin.query(`select max(version) as v from schema_version`)).rows[0].v).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      await admin.end();
    }
  });

  it('keep legal status history by trigger, on the local date, though no role may write it', async () => {
    const database = await freshTeamStore();
    const coordinator = await person(database, 'coordinator');
    const client = await loginClient(database, coordinator.login, coordinator.password);
    try {
      await client.query(`set TimeZone = 'Europe/London'`);
      // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time): the local date is kept.
      const { rows } = await client.query(
        `insert into children (case_ref, first_name, last_name, legal_status, created_at, updated_at) values ('C1', 'Amy', 'Test', 's20', '2026-06-30T23:30:00.000Z', '2026-06-30T23:30:00.000Z') returning id`,
      );
      const id = rows[0].id as number;
      await client.query(`update children set legal_status = 'interim_care_order', updated_at = '2026-11-22T10:00:00.000Z' where id = $1`, [id]);
      await client.query(`update children set first_name = 'Amelia', updated_at = '2026-11-23T10:00:00.000Z' where id = $1`, [id]);
      const history = await client.query(`select legal_status, since from legal_status_history where child_id = $1 order by id`, [id]);
      expect(history.rows).toEqual([
        { legal_status: 's20', since: '2026-07-01' },
        { legal_status: 'interim_care_order', since: '2026-11-22' },
      ]);
      await expect(client.query(`insert into legal_status_history (child_id, legal_status, since) values ($1, 's20', '2026-01-01')`, [id])).rejects.toMatchObject({ code: '42501' });
    } finally {
      await client.end();
    }
  });

  it('search the minutes by English words through the generated tsvector column, as migration 4 made it (migration 12 folds them as the laptop does)', async () => {
    const database = await freshDatabase();
    await initTeamStore(adminAddress(database), migrations.slice(0, 11));
    const admin = await adminClient(database);
    try {
      const now = new Date().toISOString();
      await admin.query(`insert into meetings (type_id, date, start_time, end_time, created_at, updated_at) values (1, '2026-11-22', '10:00', '12:00', $1, $1)`, [now]);
      await admin.query(`insert into agenda_items (meeting_id, position, slot_minutes, reason, source, created_at, updated_at) values (1, 1, 30, 'Review', 'added', $1, $1)`, [now]);
      await admin.query(`insert into minute_fields (item_id, field, value, search_text, updated_at) values (1, 'discussion', 'x', 'The placements were discussed with the carers', $1)`, [now]);
      const hit = await admin.query(`select id from minute_fields where search_vector @@ websearch_to_tsquery('english', 'placement carer')`);
      expect(hit.rows).toHaveLength(1);
      const miss = await admin.query(`select id from minute_fields where search_vector @@ websearch_to_tsquery('english', 'adoption')`);
      expect(miss.rows).toHaveLength(0);
    } finally {
      await admin.end();
    }
  });
});

describe('engineOf', () => {
  it('tells a team store from a laptop file, for a database and for a transaction on it', async () => {
    const { engineOf } = await import('../../electron/core/data/dialect');
    const { testCore } = await import('../unit/support/core');
    const database = await freshTeamStore();
    const store = await openTeamStore(adminAddress(database), LATEST_SCHEMA_VERSION);
    try {
      expect(engineOf(store.db)).toBe('postgres');
      expect(await store.db.transaction().execute(async (trx) => engineOf(trx))).toBe('postgres');
    } finally {
      await store.close();
    }
    const core = await testCore();
    expect(engineOf(core.store.db)).toBe('sqlite');
    expect(await core.store.db.transaction().execute(async (trx) => engineOf(trx))).toBe('sqlite');
  });
});
