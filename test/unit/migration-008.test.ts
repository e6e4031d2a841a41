import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 8: history and reviews', () => {
  it('upgrades a database made by migration 7, its data intact: second-review key dates become reviews held, plans learn where they stand, early meetings are dated the day they were held', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v7 = await openStore(file, { migrations: migrations.slice(0, 7) });
    v7.sqlite.exec(`
      insert into teams (name, created_at, updated_at) values ('North', 't', 't');
      insert into people (name, role, created_at, updated_at) values ('Ivy Iro', 'iro', 't', 't');
      insert into children (case_ref, first_name, last_name, legal_status, team_id, iro_id, date_entered_care, created_at, updated_at) values ('C1', 'Amy', 'Test', 'care_order', 1, 1, '2025-11-03', 't', 't');
      insert into children (case_ref, first_name, last_name, legal_status, team_id, created_at, updated_at) values ('C2', 'Ben', 'Test', 'care_order', 1, 't', 't');
      insert into key_dates (child_id, type, date, label, notes, created_at, updated_at) values (1, 'second_cic_review', '2026-05-12', null, 'Held at the foster home', 't', 't');
      insert into key_dates (child_id, type, date, label, notes, created_at, updated_at) values (2, 'second_cic_review', '2099-01-05', null, null, 't', 't');
      insert into key_dates (child_id, type, date, decision, created_at, updated_at) values (1, 'lgp', '2025-10-06', 'issue_proceedings', 't', 't');
      insert into permanence_plans (child_id, primary_option, parallel_options, recorded_at, recorded_by) values (1, 'adoption', '[]', '2025-11-10T10:00:00.000Z', 'me');
      insert into permanence_plans (child_id, primary_option, parallel_options, notes, recorded_at, recorded_by) values (1, 'adoption', '[]', 'notes only', '2025-12-01T10:00:00.000Z', 'me');
      insert into permanence_plans (child_id, primary_option, parallel_options, recorded_at, recorded_by) values (1, 'reunification', '["adoption"]', '2026-03-02T10:00:00.000Z', 'me');
      insert into permanence_plans (child_id, primary_option, parallel_options, recorded_at, recorded_by) values (2, 'long_term_fostering', '[]', '2026-01-05T10:00:00.000Z', 'me');
      insert into meetings (type_id, date, start_time, end_time, status, started_at, closed_at, created_at, updated_at) values (5, '2026-12-07', '10:00', '11:00', 'draft', '2026-12-05T10:00:00.000Z', '2026-12-05T11:00:00.000Z', 't', 't');
      insert into meetings (type_id, date, start_time, end_time, status, started_at, created_at, updated_at) values (2, '2026-11-26', '10:00', '12:00', 'approved', '2026-11-26T10:00:00.000Z', 't', 't');
      insert into agenda_items (meeting_id, position, slot_minutes, reason, source, created_at, updated_at) values (1, 1, 60, 'Care Planning Meeting', 'booked', 't', 't');
      insert into agenda_item_children (item_id, meeting_id, child_id, position) values (1, 1, 1, 1);
      insert into minute_fields (item_id, field, value, search_text, updated_at) values (1, 'permanenceOptions', '{"primary":"reunification","parallel":[]}', 'Reunification', 't');
      insert into child_meetings (child_id, kind, held_on, source, meeting_id) values (1, 'cpm', '2026-12-07', 'meeting', 1);
      insert into child_meetings (child_id, kind, held_on, source, meeting_id) values (2, 'pp', '2026-11-26', 'meeting', 2);
      insert into rag_ratings (child_id, rating, reason, rated_on, source, meeting_id, recorded_at, recorded_by) values (1, 'amber', 'Some delay', '2026-12-07', 'meeting', 1, 't', 'me');
      insert into actions (meeting_id, item_id, text, owner_name, due_on, position, created_at, created_by, updated_at) values (1, 1, 'Do it', 'Sam', '2027-01-05', 1, 't', 'me', 't');
      insert into child_tracking (child_id, computed_for, parallel_plans, trend, flags, due) values (1, '2026-12-05', '[]', '[]', '[]', '[]');`);
    const children = v7.sqlite.prepare('select * from children').all();
    const ratingCount = v7.sqlite.prepare('select count(*) from rag_ratings').pluck().get();
    await v7.close();

    const v8 = await openStore(file, { migrations: migrations.slice(0, 8) });
    expect(v8.schemaVersion).toBe(8);
    expect(v8.sqlite.prepare('select * from children').all()).toEqual(children);
    expect(v8.sqlite.prepare('select count(*) from rag_ratings').pluck().get()).toBe(ratingCount);

    // The held second review is a review now; the one still to come stays a key date.
    expect(v8.sqlite.prepare('select child_id, held_on, ordinal, iro_id, notes, source from cic_reviews').all()).toEqual([
      { child_id: 1, held_on: '2026-05-12', ordinal: 2, iro_id: 1, notes: 'Held at the foster home', source: 'key_date' },
    ]);
    expect(v8.sqlite.prepare("select child_id, date from key_dates where type = 'second_cic_review'").all()).toEqual([{ child_id: 2, date: '2099-01-05' }]);
    expect(v8.sqlite.prepare("select count(*) from audit_log where entity = 'cic_review'").pluck().get()).toBe(1);

    // Each plan knows when it was agreed and since when its options stand; a change of option is marked.
    expect(v8.sqlite.prepare('select child_id, agreed_on, options_since, changed_option, meeting_id from permanence_plans order by id').all()).toEqual([
      { child_id: 1, agreed_on: '2025-11-10', options_since: '2025-11-10', changed_option: 0, meeting_id: null },
      { child_id: 1, agreed_on: '2025-12-01', options_since: '2025-11-10', changed_option: 0, meeting_id: null },
      { child_id: 1, agreed_on: '2026-03-02', options_since: '2026-03-02', changed_option: 1, meeting_id: null },
      { child_id: 2, agreed_on: '2026-01-05', options_since: '2026-01-05', changed_option: 0, meeting_id: null },
    ]);

    // The Care Planning Meeting started on 05/12 though booked for 07/12: it and what it wrote are dated 05/12, with what it agreed.
    expect(v8.sqlite.prepare('select date from meetings where id = 1').pluck().get()).toBe('2026-12-05');
    expect(v8.sqlite.prepare('select held_on, agreed_plan from child_meetings where meeting_id = 1').get()).toEqual({
      held_on: '2026-12-05',
      agreed_plan: JSON.stringify({ primary: 'reunification', parallel: [], legalOrderSought: null }),
    });
    expect(v8.sqlite.prepare('select rated_on from rag_ratings where meeting_id = 1').pluck().get()).toBe('2026-12-05');
    expect(v8.sqlite.prepare('select date from meetings where id = 2').pluck().get()).toBe('2026-11-26');
    expect(v8.sqlite.prepare("select summary from audit_log where entity = 'meeting'").pluck().all()).toEqual(['Dated the meeting 2026-12-05, the day it was held (it had been booked for 2026-12-07)']);

    // Actions take an impact RAG; escalations have a table; every tracker row is worked out again.
    expect(v8.sqlite.prepare('select impact_rag from actions').pluck().get()).toBeNull();
    v8.sqlite.exec(`insert into escalations (child_id, raised_on, raised_by, reason, created_at, updated_at, recorded_by) values (1, '2026-12-01', 'Tara Manager', 'Drift', 't', 't', 'me')`);
    expect(() => v8.sqlite.exec(`insert into escalations (child_id, raised_on, raised_by, reason, created_at, updated_at, recorded_by) values (99, '2026-12-01', 'x', 'y', 't', 't', 'me')`)).toThrow(/FOREIGN KEY/);
    expect(v8.sqlite.prepare('select computed_for from child_tracking').pluck().get()).toBe('0000-00-00');
    expect(v8.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(v8.sqlite.pragma('foreign_key_check')).toEqual([]);
    await v8.close();
  });
});
