import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 2: children, plans, key dates, ratings, meeting history and tracker cache', () => {
  it('upgrades a database made by migration 1 with its teams, people and audit rows intact', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v1 = await openStore(file, { migrations: migrations.slice(0, 1) });
    v1.sqlite.exec(`
      insert into people (name, role, team_id, email, created_at, updated_at) values ('Pat Example', 'team_manager', null, 'pat@example.gov.uk', 't', 't');
      insert into teams (name, team_manager_id, group_manager_id, created_at, updated_at) values ('North', 1, null, 't', 't');
      update people set team_id = 1 where id = 1;
      insert into audit_log (at, actor, action, entity, entity_id, summary) values ('t', 'someone', 'create', 'team', 1, 'Added team “North”');
      insert into settings (key, value) values ('review', '{"lgpReviewWeeks":10}');`);
    const before = {
      people: v1.sqlite.prepare('select * from people').all(),
      teams: v1.sqlite.prepare('select * from teams').all(),
      audit: v1.sqlite.prepare('select * from audit_log').all(),
      settings: v1.sqlite.prepare('select * from settings').all(),
    };
    await v1.close();

    const v2 = await openStore(file, { migrations: migrations.slice(0, 2) });
    expect(v2.schemaVersion).toBe(2);
    expect(v2.sqlite.prepare('select * from people').all()).toEqual(before.people);
    expect(v2.sqlite.prepare('select * from teams').all()).toEqual(before.teams);
    expect(v2.sqlite.prepare('select * from audit_log').all()).toEqual(before.audit);
    expect(v2.sqlite.prepare('select * from settings').all()).toEqual(before.settings);
    const tables = v2.sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['children', 'sibling_groups', 'permanence_plans', 'key_dates', 'rag_ratings', 'child_meetings', 'child_tracking']));

    // the new tables take a child that refers to the old ones
    v2.sqlite.exec(`insert into children (case_ref, first_name, last_name, legal_status, team_id, team_manager_id, created_at, updated_at) values ('C1', 'Amy', 'Test', 's20', 1, 1, 't', 't')`);
    expect(() => v2.sqlite.exec(`insert into children (case_ref, first_name, last_name, legal_status, created_at, updated_at) values ('c1', 'Dup', 'Test', 's20', 't', 't')`)).toThrow(/UNIQUE/);
    expect(() => v2.sqlite.exec(`insert into key_dates (child_id, type, date, created_at, updated_at) values (99, 'lgp', '2026-01-01', 't', 't')`)).toThrow(/FOREIGN KEY/);
    expect(v2.sqlite.pragma('foreign_key_check')).toEqual([]);
    await v2.close();
  });
});
