import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 6: records', () => {
  it('upgrades a database made by migration 5 with its actions intact, keeps one details row per child per item and one action per plan row', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v5 = await openStore(file, { migrations: migrations.slice(0, 5) });
    v5.sqlite.exec(`
      insert into teams (name, created_at, updated_at) values ('North', 't', 't');
      insert into children (case_ref, first_name, last_name, legal_status, team_id, created_at, updated_at) values ('C1', 'Amy', 'Test', 'care_order', 1, 't', 't');
      insert into meetings (type_id, date, start_time, end_time, status, created_at, updated_at) values (4, '2026-11-26', '10:00', '11:00', 'draft', 't', 't');
      insert into agenda_items (meeting_id, position, slot_minutes, reason, source, created_at, updated_at) values (1, 1, 60, 'Booked', 'booked', 't', 't');
      insert into agenda_item_children (item_id, meeting_id, child_id, position) values (1, 1, 1, 1);
      insert into actions (meeting_id, item_id, text, owner_name, due_on, position, created_at, created_by, updated_at) values (1, 1, 'Book the review', 'Sam', '2026-12-10', 1, 't', 'me', 't');`);
    const before = v5.sqlite.prepare('select * from actions').all() as Record<string, unknown>[];
    await v5.close();

    const v6 = await openStore(file, { migrations: migrations.slice(0, 6) });
    expect(v6.schemaVersion).toBe(6);
    // Existing actions were not made from a plan row.
    expect(v6.sqlite.prepare('select * from actions').all()).toEqual(before.map((a) => ({ ...a, plan_row: null })));

    const details = `insert into record_details (item_id, child_id, details, taken_at) values (1, 1, '{}', 't')`;
    v6.sqlite.exec(details);
    expect(() => v6.sqlite.exec(details)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => v6.sqlite.exec(`insert into record_details (item_id, child_id, details, taken_at) values (1, 99, '{}', 't')`)).toThrow(/FOREIGN KEY/);

    const fromRow = (row: string | null) =>
      `insert into actions (meeting_id, item_id, text, owner_name, due_on, position, created_at, created_by, updated_at, plan_row) values (1, 1, 'From the plan', 'Sam', '2026-12-10', 2, 't', 'me', 't', ${row === null ? 'null' : `'${row}'`})`;
    v6.sqlite.exec(fromRow('r1'));
    expect(() => v6.sqlite.exec(fromRow('r1'))).toThrow(/UNIQUE/);
    // Any number of actions typed on their own.
    v6.sqlite.exec(fromRow(null));
    v6.sqlite.exec(fromRow(null));

    // The details go with their item.
    v6.sqlite.exec('delete from actions; delete from agenda_item_children; delete from agenda_items');
    expect(v6.sqlite.prepare('select count(*) from record_details').pluck().get()).toBe(0);
    expect(v6.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await v6.close();
  });
});
