import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../electron/core/db/connection';
import { DataKey, KEY_ENV } from '../../electron/core/db/data-key';
import { openSqliteFile, type SqliteDatabase } from '../../electron/core/db/sqlite-file';
import { runTeamStore } from '../../electron/core/team-store/cli';
import { testCore } from '../unit/support/core';
import { adminAddress, adminClient, freshTeamStore, loginClient, person } from './support/pg';

/** The demo council in a real laptop data folder: an encrypted SQLite file, as the app leaves it. */
async function demoLaptop(): Promise<string> {
  const core = await testCore();
  await core.ok('demo.load');
  await core.close({ backup: false });
  return core.dataDir;
}

function laptopFile(dataDir: string, readonly = true): SqliteDatabase {
  return openSqliteFile(path.join(dataDir, DATABASE_FILE_NAME), { key: DataKey.parse(process.env[KEY_ENV]!)! }, { readonly, fileMustExist: true });
}

function laptopTables(sqlite: SqliteDatabase): string[] {
  return (sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite%' and name not like 'minutes_search%' order by name`).all() as { name: string }[]).map((r) => r.name);
}

async function serverCounts(database: string, tables: string[]): Promise<Record<string, number>> {
  const admin = await adminClient(database);
  try {
    const out: Record<string, number> = {};
    for (const t of tables) out[t] = (await admin.query(`select count(*)::int as n from ${t}`)).rows[0].n as number;
    return out;
  } finally {
    await admin.end();
  }
}

describe('team-store copy-from', () => {
  it('copies the demo council’s encrypted data into an empty team store: every table, counts and checksums equal, ids and sequences carried on', async () => {
    const dataDir = await demoLaptop();
    const sqlite = laptopFile(dataDir);
    const tables = laptopTables(sqlite);
    const laptopCounts = Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]));
    const laptopChildren = sqlite.prepare(`select * from children order by id`).all();
    const laptopAudit = sqlite.prepare(`select actor, login, summary from audit_log order by id`).all();
    sqlite.close();
    expect(laptopCounts.children).toBe(60);
    expect(laptopCounts.minute_fields).toBeGreaterThan(0);

    const database = await freshTeamStore();
    const result = await runTeamStore(['copy-from', dataDir, '--url', adminAddress(database).url]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const total = Object.values(laptopCounts).reduce((a, b) => a + b, 0);
    expect(result.out.at(-1)).toBe(`Copied ${total} rows in ${tables.length} tables; counts and checksums equal on both sides.`);
    for (const line of result.out.slice(0, -1)) expect(line).toMatch(/^[a-z_]+ +\d+ {2}[0-9a-f]{32}$/);

    // Counted again here, independently of the copy's own check.
    const counts = await serverCounts(database, tables);
    expect({ ...counts, audit_log: counts.audit_log! - 1 }).toEqual(laptopCounts);
    const admin = await adminClient(database);
    try {
      const children = (await admin.query(`select * from children order by id`)).rows;
      expect(children).toEqual(laptopChildren);
      // The laptop's audit trail keeps its own actors; the copy itself is recorded under the login that made it.
      const audit = (await admin.query(`select actor, login, summary from audit_log order by id`)).rows;
      expect(audit.slice(0, -1)).toEqual(laptopAudit);
      expect(audit.at(-1)).toMatchObject({ actor: process.env.PGUSER, login: process.env.PGUSER });
      expect(audit.at(-1).summary).toMatch(/^Copied a laptop’s data into the team store: \d+ rows in \d+ tables, counts and checksums equal$/);
      // Statistics are taken straight after, so the first searches use their indexes.
      const unanalysed = (await admin.query(`select relname from pg_stat_user_tables where schemaname = 'panelroom' and n_live_tup > 0 and last_analyze is null order by relname`)).rows;
      expect(unanalysed).toEqual([]);
    } finally {
      await admin.end();
    }

    // A child added afterwards takes the next id, and its status history starts, through the triggers turned back on.
    const coordinator = await person(database, 'coordinator');
    const client = await loginClient(database, coordinator.login, coordinator.password);
    try {
      const now = new Date().toISOString();
      const { rows } = await client.query(`insert into children (case_ref, first_name, last_name, legal_status, created_at, updated_at) values ('NEW1', 'New', 'Child', 's20', $1, $1) returning id`, [now]);
      expect(rows[0].id).toBe(Math.max(...laptopChildren.map((c) => (c as { id: number }).id)) + 1);
      expect((await client.query(`select count(*)::int as n from legal_status_history where child_id = $1`, [rows[0].id])).rows[0].n).toBe(1);
    } finally {
      await client.end();
    }

    const again = await runTeamStore(['copy-from', dataDir, '--url', adminAddress(database).url]);
    expect(again.code).toBe(1);
    expect(again.err[0]).toMatch(/^The team store already holds data \(.+ has \d+ rows\): copy-from fills an empty team store only\. Nothing has been changed\.$/);
  });

  it('leaves the team store empty when the copy fails part of the way through', async () => {
    const dataDir = await demoLaptop();
    const sqlite = laptopFile(dataDir, false);
    // A character PostgreSQL cannot hold in text, in the last of the minutes: the copy gets that far, then fails.
    sqlite.prepare(`update minute_fields set value = value || char(0) where id = (select max(id) from minute_fields)`).run();
    const tables = laptopTables(sqlite);
    sqlite.close();

    const database = await freshTeamStore();
    const before = await serverCounts(database, tables);
    const result = await runTeamStore(['copy-from', dataDir, '--url', adminAddress(database).url]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/^The copy stopped: .*0x00.*\. Nothing was copied: the team store is as it was\.$/);
    expect(await serverCounts(database, tables)).toEqual(before);
    expect(Object.entries(before).filter(([, n]) => n > 0)).toEqual([['meeting_types', 5]]);
  });

  it('fills in the references that must wait (meetings booked on, teams’ managers) and leaves the team store empty when one of them fails, after every row is in', async () => {
    const dataDir = await demoLaptop();
    const sqlite = laptopFile(dataDir, false);
    const waiting = {
      teams: sqlite.prepare(`select id, team_manager_id, group_manager_id from teams order by id`).all(),
      meetings: sqlite.prepare(`select id, booked_next_id, current_item_id from meetings where booked_next_id is not null or current_item_id is not null order by id`).all(),
    };
    expect(waiting.teams.some((t) => (t as { team_manager_id: number | null }).team_manager_id !== null)).toBe(true);
    const tables = laptopTables(sqlite);
    sqlite.close();

    const good = await freshTeamStore();
    const copied = await runTeamStore(['copy-from', dataDir, '--url', adminAddress(good).url]);
    expect(copied.err).toEqual([]);
    const admin = await adminClient(good);
    try {
      expect((await admin.query(`select id, team_manager_id, group_manager_id from teams order by id`)).rows).toEqual(waiting.teams);
      expect((await admin.query(`select id, booked_next_id, current_item_id from meetings where booked_next_id is not null or current_item_id is not null order by id`)).rows).toEqual(waiting.meetings);
      // The staging tables went with the transaction.
      expect((await admin.query(`select count(*)::int as n from pg_class where relname like 'copy_from_later_%'`)).rows[0].n).toBe(0);
    } finally {
      await admin.end();
    }

    // A team whose manager is no one on the laptop: every row goes in, then filling in that reference fails.
    const broken = laptopFile(dataDir, false);
    broken.pragma('foreign_keys = off');
    broken.prepare(`update teams set team_manager_id = 999999 where id = (select max(id) from teams)`).run();
    broken.close();
    const database = await freshTeamStore();
    const before = await serverCounts(database, tables);
    const result = await runTeamStore(['copy-from', dataDir, '--url', adminAddress(database).url]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/^The copy stopped: .*foreign key.*\. Nothing was copied: the team store is as it was\.$/);
    expect(await serverCounts(database, tables)).toEqual(before);
    expect(Object.entries(before).filter(([, n]) => n > 0)).toEqual([['meeting_types', 5]]);
  });

  it('refuses a laptop’s data it cannot read with the key given, in a sentence', async () => {
    const dataDir = await demoLaptop();
    const database = await freshTeamStore();
    const saved = process.env[KEY_ENV];
    process.env[KEY_ENV] = 'ab'.repeat(32);
    try {
      const result = await runTeamStore(['copy-from', dataDir, '--url', adminAddress(database).url]);
      expect(result).toMatchObject({ code: 1, err: ['The laptop’s data could not be read with the key given: set PANELROOM_DATA_KEY to its key, or put its key file beside it. Nothing has been changed.'] });
    } finally {
      process.env[KEY_ENV] = saved;
    }
  });
});
