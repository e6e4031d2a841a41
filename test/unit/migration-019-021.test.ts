import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

/*
 * The three tables the figures keep beside the histories: each child's review deadlines (worked
 * out by the tracker's refresh, so migration 19 marks every tracker row stale), each action once
 * for each of its children's teams and each rating with the day the next came (filled from what
 * is there, then kept by triggers).
 */

const COUNCIL = `
  insert into teams (name, created_at, updated_at) values ('North', 't', 't'), ('South', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
  insert into children (case_ref, first_name, last_name, legal_status, team_id, date_entered_care, created_at, updated_at) values ('C1', 'Amy', 'Test', 'care_order', 1, '2025-11-03', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
  insert into children (case_ref, first_name, last_name, legal_status, team_id, date_entered_care, created_at, updated_at) values ('C2', 'Ben', 'Test', 'care_order', 2, '2025-11-03', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
  insert into children (case_ref, first_name, last_name, legal_status, created_at, updated_at) values ('C3', 'Cal', 'Test', 'child_in_need', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
  insert into meetings (type_id, date, start_time, end_time, status, created_at, updated_at) values (2, '2026-11-26', '10:00', '12:00', 'approved', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
  insert into agenda_items (meeting_id, position, slot_minutes, reason, source, created_at, updated_at) values (1, 1, 60, 'Siblings', 'booked', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
  insert into actions (meeting_id, item_id, text, owner_name, due_on, position, created_at, created_by, updated_at) values (1, 1, 'Both', 'Sam', '2027-01-05', 1, 't', 'me', 't');
  insert into actions (meeting_id, item_id, text, owner_id, owner_name, due_on, status, completed_on, impact_rag, position, created_at, created_by, updated_at) values (1, 1, 'Cal', null, 'Pat', '2026-12-01', 'done', '2026-11-30', 'green', 2, 't', 'me', 't');
  insert into action_children (action_id, child_id) values (1, 1), (1, 2), (2, 3);
  insert into rag_ratings (child_id, rating, reason, rated_on, source, recorded_at, recorded_by) values (1, 'red', 'r', '2026-01-05', 'manual', 't', 'me'), (1, 'amber', 'r', '2026-03-05', 'manual', 't', 'me'), (2, 'green', 'r', '2026-02-01', 'manual', 't', 'me'), (1, 'green', 'r', '2026-03-05', 'manual', 't', 'me');
  insert into child_tracking (child_id, computed_for, parallel_plans, trend, flags, due) values (1, '2026-12-05', '[]', '[]', '[]', '[]');`;

describe('migrations 19 to 21: what the figures keep beside the histories', () => {
  it('add the three tables, filled from the data already there and the tracker marked stale, and keep the actions and ratings as they change', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v18 = await openStore(file, { migrations: migrations.slice(0, 18) });
    v18.sqlite.exec(COUNCIL);
    await v18.close();

    const v21 = await openStore(file, { migrations: migrations.slice(0, 21) });
    expect(v21.schemaVersion).toBe(21);
    const db = v21.sqlite;
    expect(db.prepare('select count(*) from review_gaps').pluck().get()).toBe(0);
    expect(db.prepare('select computed_for from child_tracking').pluck().all()).toEqual(['0000-00-00']);

    const teams = () => db.prepare('select action_id, team_id, first_team, status, due_on, completed_on, impact_rag, owner_id, typed_owner from action_teams order by action_id, team_id').all();
    expect(teams()).toEqual([
      { action_id: 1, team_id: 1, first_team: 1, status: 'open', due_on: '2027-01-05', completed_on: null, impact_rag: null, owner_id: null, typed_owner: 'Sam' },
      { action_id: 1, team_id: 2, first_team: 0, status: 'open', due_on: '2027-01-05', completed_on: null, impact_rag: null, owner_id: null, typed_owner: 'Sam' },
      { action_id: 2, team_id: null, first_team: 1, status: 'done', due_on: '2026-12-01', completed_on: '2026-11-30', impact_rag: 'green', owner_id: null, typed_owner: 'Pat' },
    ]);
    // Ben moves to North, then Amy is taken off the action and Cal's action is done again later: each change kept at once.
    db.exec(`update children set team_id = 1 where id = 2`);
    expect(teams().filter((r) => (r as { action_id: number }).action_id === 1)).toMatchObject([{ team_id: 1, first_team: 1 }]);
    db.exec(`delete from action_children where action_id = 1 and child_id = 1; update actions set completed_on = '2026-12-02' where id = 2`);
    expect(teams()).toMatchObject([{ action_id: 1, team_id: 1 }, { action_id: 2, completed_on: '2026-12-02' }]);
    db.exec(`delete from actions where id = 2`);
    expect(teams()).toMatchObject([{ action_id: 1 }]);

    const spans = () => db.prepare('select rating_id, child_id, rating, rated_on, until from rating_spans order by rating_id').all();
    expect(spans()).toEqual([
      { rating_id: 1, child_id: 1, rating: 'red', rated_on: '2026-01-05', until: '2026-03-05' },
      { rating_id: 2, child_id: 1, rating: 'amber', rated_on: '2026-03-05', until: '2026-03-05' },
      { rating_id: 3, child_id: 2, rating: 'green', rated_on: '2026-02-01', until: '9999-12-31' },
      { rating_id: 4, child_id: 1, rating: 'green', rated_on: '2026-03-05', until: '9999-12-31' },
    ]);
    db.exec(`insert into rag_ratings (child_id, rating, reason, rated_on, source, recorded_at, recorded_by) values (2, 'red', 'r', '2026-04-01', 'manual', 't', 'me'); delete from rag_ratings where id = 4`);
    expect(spans()).toMatchObject([{ rating_id: 1 }, { rating_id: 2, until: '9999-12-31' }, { rating_id: 3, until: '2026-04-01' }, { rating_id: 5, until: '9999-12-31' }]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    await v21.close();
  });
});
