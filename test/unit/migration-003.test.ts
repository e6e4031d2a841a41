import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 3: meeting types, series, one-off changes, meetings and agenda items', () => {
  it('upgrades a database made by migration 2 with its children and history intact, and seeds the five meeting types', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v2 = await openStore(file, { migrations: migrations.slice(0, 2) });
    v2.sqlite.exec(`
      insert into people (name, role, created_at, updated_at) values ('Pat Example', 'team_manager', 't', 't');
      insert into teams (name, team_manager_id, created_at, updated_at) values ('North', 1, 't', 't');
      insert into children (case_ref, first_name, last_name, legal_status, team_id, created_at, updated_at) values ('C1', 'Amy', 'Test', 'care_order', 1, 't', 't');
      insert into rag_ratings (child_id, rating, reason, rated_on, source, recorded_at, recorded_by) values (1, 'red', 'Drift', '2026-11-01', 'manual', 't', 'x');
      insert into child_meetings (child_id, kind, held_on, source) values (1, 'pp', '2026-10-01', 'import');`);
    const tables = ['people', 'teams', 'children', 'rag_ratings', 'child_meetings', 'audit_log', 'settings'];
    const before = Object.fromEntries(tables.map((t) => [t, v2.sqlite.prepare(`select * from ${t}`).all()]));
    await v2.close();

    const v3 = await openStore(file, { migrations: migrations.slice(0, 3) });
    expect(v3.schemaVersion).toBe(3);
    for (const t of tables) expect(v3.sqlite.prepare(`select * from ${t}`).all(), t).toEqual(before[t]);
    const types = v3.sqlite.prepare('select code, name, form, proposes, slot_minutes, core_roles from meeting_types order by position').all() as { code: string; core_roles: string }[];
    expect(types.map((t) => t.code)).toEqual(['lgp', 'pp', 'cpm', 'raa', 'unborn']);
    for (const t of types) expect(Array.isArray(JSON.parse(t.core_roles))).toBe(true);

    // The new tables hold a series with its rota and a meeting whose agenda refers to the old tables.
    v3.sqlite.exec(`
      insert into meeting_series (type_id, name, weekday, interval, starts_on, start_time, end_time, holiday_rule, created_at, updated_at)
        values (2, 'PP', 3, 'weekly', '2026-11-23', '10:00', '12:00', 'skip', 't', 't');
      insert into series_rotation (series_id, position, team_id) values (1, 1, 1);
      insert into meetings (type_id, series_id, occurrence_key, date, start_time, end_time, team_id, created_at, updated_at) values (2, 1, 'p:2026-11-26', '2026-11-26', '10:00', '12:00', 1, 't', 't');
      insert into agenda_items (meeting_id, position, slot_minutes, reason, source, created_at, updated_at) values (1, 1, 15, 'Red', 'proposed', 't', 't');
      insert into agenda_item_children (item_id, meeting_id, child_id, position) values (1, 1, 1, 1);`);
    expect(v3.sqlite.prepare("select status from meetings").pluck().get()).toBe('planned');
    expect(() => v3.sqlite.exec(`insert into meetings (type_id, series_id, occurrence_key, date, start_time, end_time, created_at, updated_at) values (2, 1, 'p:2026-11-26', '2026-11-26', '10:00', '12:00', 't', 't')`)).toThrow(/UNIQUE/);
    expect(() => v3.sqlite.exec(`insert into agenda_items (meeting_id, position, slot_minutes, reason, source, created_at, updated_at) values (1, 2, 15, 'x', 'added', 't', 't'); insert into agenda_item_children (item_id, meeting_id, child_id, position) values (2, 1, 1, 1)`)).toThrow(/UNIQUE/);
    expect(() => v3.sqlite.exec(`insert into series_rotation (series_id, position, team_id) values (1, 2, 99)`)).toThrow(/FOREIGN KEY/);
    expect(v3.sqlite.pragma('foreign_key_check')).toEqual([]);
    await v3.close();
  });
});
