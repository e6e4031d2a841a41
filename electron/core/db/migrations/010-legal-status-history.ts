import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The management figures count children by legal status at the start of a period as well
 * as now, so each change of a child's legal status is kept with the day it was recorded.
 * Triggers keep it, whichever part of the app changes the status (the child's form, an
 * import, a Legal Gateway decision applied to the record), so no writer can forget to.
 * The day is the local date of the change's own `updated_at` stamp, the app's clock.
 */
export const m010LegalStatusHistory: Migration = {
  version: 10,
  name: 'legal status history, kept by triggers, for figures at a past date',
  async up(db) {
    await db.schema
      .createTable('legal_status_history')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id').onDelete('cascade'))
      .addColumn('legal_status', 'text', (c) => c.notNull())
      /** The local date from which the child was recorded with this status. */
      .addColumn('since', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('legal_status_history_child').on('legal_status_history').columns(['child_id', 'since', 'id']).execute();

    // What is known of the children already here: their status as it stands, from the day their record began.
    await sql`insert into legal_status_history (child_id, legal_status, since)
      select id, legal_status, date(created_at, 'localtime') from children order by id`.execute(db);

    await sql`create trigger legal_status_history_insert after insert on children begin
        insert into legal_status_history (child_id, legal_status, since) values (new.id, new.legal_status, date(new.created_at, 'localtime'));
      end`.execute(db);
    await sql`create trigger legal_status_history_update after update of legal_status on children
      when new.legal_status is not old.legal_status begin
        insert into legal_status_history (child_id, legal_status, since) values (new.id, new.legal_status, date(new.updated_at, 'localtime'));
      end`.execute(db);
  },
};
