import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 7: extract reviews', () => {
  it('upgrades a database made by migration 6 with its filing checklist intact, and keeps one choice per mention per child per meeting', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v6 = await openStore(file, { migrations: migrations.slice(0, 6) });
    v6.sqlite.exec(`
      insert into teams (name, created_at, updated_at) values ('North', 't', 't');
      insert into children (case_ref, first_name, last_name, legal_status, team_id, created_at, updated_at) values ('C1', 'Amy', 'Test', 'care_order', 1, 't', 't');
      insert into meetings (type_id, date, start_time, end_time, status, created_at, updated_at) values (2, '2026-11-26', '10:00', '12:00', 'approved', 't', 't');
      insert into agenda_items (meeting_id, position, slot_minutes, reason, source, created_at, updated_at) values (1, 1, 15, 'Red', 'proposed', 't', 't');
      insert into agenda_item_children (item_id, meeting_id, child_id, position) values (1, 1, 1, 1);
      insert into filing_records (meeting_id, child_id, item_id, file_name, redactions, content_hash, exported_at, exported_by, filed_at, filed_by, filed_hash)
        values (1, 1, 1, 'C1 Test Permanence Panel 2026-11-26.docx', 2, 'h', 't', 'me', 't2', 'you', 'h');`);
    const before = v6.sqlite.prepare('select * from filing_records').get() as Record<string, unknown>;
    await v6.close();

    const v7 = await openStore(file, { migrations: migrations.slice(0, 7) });
    expect(v7.schemaVersion).toBe(7);
    // The checklist as it was, with nothing taken out or kept on review before reviews existed.
    expect(v7.sqlite.prepare('select * from filing_records').get()).toEqual({ ...before, taken_out: 0, kept: 0 });
    const choice = `insert into extract_reviews (meeting_id, child_id, mention_key, phrase, sentence, suspects, choice, decided_at, decided_by)
      values (1, 1, 'k1', 'Chloe', 'Chloe asked after Amy.', '[]', 'take_out', 't', 'me')`;
    v7.sqlite.exec(choice);
    expect(() => v7.sqlite.exec(choice)).toThrow(/UNIQUE/);
    expect(() => v7.sqlite.exec(choice.replace("values (1, 1,", "values (1, 99,"))).toThrow(/FOREIGN KEY/);
    // The choices go with their meeting.
    v7.sqlite.exec('delete from filing_records; delete from record_details; delete from agenda_item_children; delete from agenda_items; delete from meetings');
    expect(v7.sqlite.prepare('select count(*) from extract_reviews').pluck().get()).toBe(0);
    expect(v7.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await v7.close();
  });
});
