import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 5: filing', () => {
  it('upgrades a database made by migration 4 with its meetings intact, and keeps one checklist row per child per meeting', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v4 = await openStore(file, { migrations: migrations.slice(0, 4) });
    v4.sqlite.exec(`
      insert into teams (name, created_at, updated_at) values ('North', 't', 't');
      insert into children (case_ref, first_name, last_name, legal_status, team_id, created_at, updated_at) values ('C1', 'Amy', 'Test', 'care_order', 1, 't', 't');
      insert into meetings (type_id, date, start_time, end_time, status, created_at, updated_at) values (2, '2026-11-26', '10:00', '12:00', 'approved', 't', 't');
      insert into agenda_items (meeting_id, position, slot_minutes, reason, source, created_at, updated_at) values (1, 1, 15, 'Red', 'proposed', 't', 't');
      insert into agenda_item_children (item_id, meeting_id, child_id, position) values (1, 1, 1, 1);`);
    const before = v4.sqlite.prepare('select * from meetings').all();
    await v4.close();

    const v5 = await openStore(file, { migrations: migrations.slice(0, 5) });
    expect(v5.schemaVersion).toBe(5);
    expect(v5.sqlite.prepare('select * from meetings').all()).toEqual(before);
    v5.sqlite.exec(`insert into filing_exports (meeting_id, at, by, folder, files) values (1, 't', 'me', null, 1)`);
    const record = `insert into filing_records (meeting_id, child_id, item_id, file_name, content_hash, exported_at, exported_by) values (1, 1, 1, 'C1 Test Permanence Panel 2026-11-26.docx', 'h', 't', 'me')`;
    v5.sqlite.exec(record);
    expect(v5.sqlite.prepare('select redactions, filed_at, filed_by, filed_hash from filing_records').get()).toEqual({ redactions: 0, filed_at: null, filed_by: null, filed_hash: null });
    expect(() => v5.sqlite.exec(record)).toThrow(/UNIQUE/);
    expect(() => v5.sqlite.exec(`insert into filing_records (meeting_id, child_id, item_id, file_name, content_hash, exported_at, exported_by) values (1, 99, 1, 'x', 'h', 't', 'me')`)).toThrow(/FOREIGN KEY/);
    // The checklist goes with its meeting.
    v5.sqlite.exec('delete from agenda_item_children; delete from filing_records where child_id = 1; delete from agenda_items; delete from meetings');
    expect(v5.sqlite.prepare('select count(*) from filing_exports').pluck().get()).toBe(0);
    expect(v5.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await v5.close();
  });
});
