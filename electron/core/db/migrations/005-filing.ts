import { idColumn } from './engine';
import type { Migration } from './types';

export const m005Filing: Migration = {
  version: 5,
  name: 'filing: exports of a meeting’s extracts for the case records, and each child’s extract ticked as filed',
  async up(db, engine) {
    // One row per export for filing: when, by whom and, on the desktop, which folder it wrote.
    await db.schema
      .createTable('filing_exports')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('by', 'text', (c) => c.notNull())
      .addColumn('folder', 'text')
      .addColumn('files', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('filing_exports_meeting').on('filing_exports').columns(['meeting_id', 'id']).execute();

    // The filing checklist: each child's extract, kept with the meeting, from its first export until it is filed.
    await db.schema
      .createTable('filing_records')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
      .addColumn('item_id', 'integer', (c) => c.notNull().references('agenda_items.id'))
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('redactions', 'integer', (c) => c.notNull().defaultTo(0))
      // A fingerprint of what the latest export says, and of the copy ticked as filed: they differ when the record needs the newer copy.
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('filed_hash', 'text')
      .addColumn('exported_at', 'text', (c) => c.notNull())
      .addColumn('exported_by', 'text', (c) => c.notNull())
      .addColumn('filed_at', 'text')
      .addColumn('filed_by', 'text')
      .addUniqueConstraint('filing_records_child', ['meeting_id', 'child_id'])
      .execute();
  },
};
