import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 4: live minutes', () => {
  it('upgrades a database made by migration 3 with its meetings and agendas intact, and indexes minutes for search', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v3 = await openStore(file, { migrations: migrations.slice(0, 3) });
    v3.sqlite.exec(`
      insert into teams (name, created_at, updated_at) values ('North', 't', 't');
      insert into children (case_ref, first_name, last_name, legal_status, team_id, created_at, updated_at) values ('C1', 'Amy', 'Test', 'care_order', 1, 't', 't');
      insert into meeting_series (type_id, name, weekday, interval, starts_on, start_time, end_time, holiday_rule, created_at, updated_at)
        values (2, 'PP', 3, 'weekly', '2026-11-23', '10:00', '12:00', 'skip', 't', 't');
      insert into meetings (type_id, series_id, occurrence_key, date, start_time, end_time, team_id, created_at, updated_at) values (2, 1, 'p:2026-11-26', '2026-11-26', '10:00', '12:00', 1, 't', 't');
      insert into agenda_items (meeting_id, position, slot_minutes, reason, source, created_at, updated_at) values (1, 1, 15, 'Red', 'proposed', 't', 't');
      insert into agenda_item_children (item_id, meeting_id, child_id, position) values (1, 1, 1, 1);`);
    const tables = ['teams', 'children', 'meeting_series', 'meetings', 'agenda_items', 'agenda_item_children', 'meeting_types'];
    const before = Object.fromEntries(tables.map((t) => [t, v3.sqlite.prepare(`select * from ${t}`).all()]));
    await v3.close();

    const v4 = await openStore(file, { migrations: migrations.slice(0, 4) });
    expect(v4.schemaVersion).toBe(4);
    // Old rows are the same, with the new columns at their defaults.
    for (const t of tables) {
      const after = v4.sqlite.prepare(`select * from ${t}`).all() as Record<string, unknown>[];
      expect(after.map((row) => Object.fromEntries(Object.keys((before[t] as Record<string, unknown>[])[0] ?? {}).map((k) => [k, row[k]]))), t).toEqual(before[t]);
    }
    expect(v4.sqlite.prepare('select status, started_at, current_item_id from meetings').get()).toEqual({ status: 'planned', started_at: null, current_item_id: null });
    expect(v4.sqlite.prepare('select seconds_spent from agenda_items').pluck().get()).toBe(0);

    // The search index follows inserts, updates and deletes of minute fields through its triggers.
    v4.sqlite.exec(`insert into minute_fields (item_id, field, value, search_text, updated_at) values (1, 'discussion', 'Kinship viability positive', 'Kinship viability positive', 't')`);
    const find = (q: string) => v4.sqlite.prepare('select rowid from minutes_search where minutes_search match ?').pluck().all(q);
    expect(find('viability')).toEqual([1]);
    v4.sqlite.exec(`update minute_fields set value = 'Adoption plan', search_text = 'Adoption plan' where id = 1`);
    expect(find('viability')).toEqual([]);
    expect(find('adoption')).toEqual([1]);
    v4.sqlite.exec('delete from minute_fields');
    expect(find('adoption')).toEqual([]);
    v4.sqlite.exec(`insert into minutes_search(minutes_search) values ('integrity-check')`);

    expect(() => v4.sqlite.exec(`insert into minute_fields (item_id, field, value, search_text, updated_at) values (1, 'x', 'a', 'a', 't'), (1, 'x', 'b', 'b', 't')`)).toThrow(/UNIQUE/);
    expect(() => v4.sqlite.exec(`insert into item_ratings (item_id, child_id, rating, reason, updated_at) values (1, 99, 'red', 'r', 't')`)).toThrow(/FOREIGN KEY/);
    expect(v4.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(v4.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await v4.close();
  });
});
