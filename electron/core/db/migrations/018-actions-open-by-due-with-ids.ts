import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The action list on a team store counts and pages open actions from an index alone. SQLite's
 * `actions_status_due` (status, due_on) already ends in each row's id (the rowid every SQLite
 * index carries), so counting a team's open actions never reads the table. A PostgreSQL index
 * points at rows, not ids: to know an open action's id the server read the table's page for it
 * (3,261 pages for the 20,856 open actions of the decade). With the id as the index's last column
 * the same question is answered from the index, and the list in due order reads it in its own
 * order. It replaces the narrower index: every query that used that one uses this one as well.
 *
 * SQLite: nothing changes (its schema stays byte for byte as it was).
 */
export const m018ActionsOpenByDueWithIds: Migration = {
  // Numbered by its place in the list: the list is checked to run 1, 2, 3… without a gap.
  version: 18,
  name: 'the team store finds open actions’ ids in due order from an index alone, as the laptop does',
  async up(db, engine) {
    if (engine !== 'postgres') return;
    await sql`create index actions_status_due_id on actions (status, due_on, id)`.execute(db);
    await sql`drop index actions_status_due`.execute(db);
  },
};
