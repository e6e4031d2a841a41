import { sql } from 'kysely';
import type { Migration } from './types';

export const m006Records: Migration = {
  version: 6,
  name: 'records: each child’s details as they stood when the meeting closed, and actions made from a SMART plan row',
  async up(db) {
    // The child's core details and key dates when the meeting closed, so a record exported later tells what was true then.
    await db.schema
      .createTable('record_details')
      .addColumn('item_id', 'integer', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id').onDelete('cascade'))
      // JSON: the details as they were read.
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('taken_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('record_details_pk', ['item_id', 'child_id'])
      .execute();

    // Which row of the item's SMART plan an action was made from (the row's own key), so the record can say so.
    await db.schema.alterTable('actions').addColumn('plan_row', 'text').execute();
    // One tracked action per row: making it twice is refused, not duplicated.
    await sql`create unique index actions_plan_row on actions (item_id, plan_row) where plan_row is not null`.execute(db);
  },
};
