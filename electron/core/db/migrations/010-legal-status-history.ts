import { sql, type Kysely } from 'kysely';
import { idColumn, TEAM_SCHEMA } from './engine';
import type { Migration } from './types';

/**
 * The management figures count children by legal status at the start of a period as well
 * as now, so each change of a child's legal status is kept with the day it was recorded.
 * Triggers keep it, whichever part of the app changes the status (the child's form, an
 * import, a Legal Gateway decision applied to the record), so no writer can forget to.
 * The day is the local date of the change's own `updated_at` stamp, the app's clock.
 */
/**
 * PostgreSQL: the same, with the local date taken in the session's time zone (the app sets it to the
 * computer's own), written as ISO text whatever the server's date style. The trigger function runs as
 * the tables' owner (security definer) with its search path fixed, so people who may change a child's
 * status need no right to write the history themselves, and no one can slip in a table of their own.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function legalStatusHistoryOnPostgres(db: Kysely<any>): Promise<void> {
  await sql`insert into legal_status_history (child_id, legal_status, since)
    select id, legal_status, to_char(created_at::timestamptz, 'YYYY-MM-DD') from children order by id`.execute(db);
  await sql`create function legal_status_history_keep() returns trigger language plpgsql security definer
    set search_path = pg_catalog, ${sql.id(TEAM_SCHEMA)}, pg_temp as $$
    begin
      if tg_op = 'INSERT' then
        insert into legal_status_history (child_id, legal_status, since) values (new.id, new.legal_status, to_char(new.created_at::timestamptz, 'YYYY-MM-DD'));
      elsif new.legal_status is distinct from old.legal_status then
        insert into legal_status_history (child_id, legal_status, since) values (new.id, new.legal_status, to_char(new.updated_at::timestamptz, 'YYYY-MM-DD'));
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger legal_status_history_insert after insert on children for each row execute function legal_status_history_keep()`.execute(db);
  await sql`create trigger legal_status_history_update after update of legal_status on children for each row
    when (new.legal_status is distinct from old.legal_status) execute function legal_status_history_keep()`.execute(db);
}

export const m010LegalStatusHistory: Migration = {
  version: 10,
  name: 'legal status history, kept by triggers, for figures at a past date',
  async up(db, engine) {
    await db.schema
      .createTable('legal_status_history')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id').onDelete('cascade'))
      .addColumn('legal_status', 'text', (c) => c.notNull())
      /** The local date from which the child was recorded with this status. */
      .addColumn('since', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('legal_status_history_child').on('legal_status_history').columns(['child_id', 'since', 'id']).execute();

    if (engine === 'postgres') {
      await legalStatusHistoryOnPostgres(db);
      return;
    }

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
