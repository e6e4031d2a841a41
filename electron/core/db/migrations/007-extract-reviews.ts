import { idColumn } from './engine';
import type { Migration } from './types';

export const m007ExtractReviews: Migration = {
  version: 7,
  name: 'extract reviews: a person’s choice on each possible mention of another child in a child’s extract, kept with the filing checklist',
  async up(db, engine) {
    // One row per possible mention a person has looked at: taken out, or kept as not that child. Who and when, and what they saw.
    await db.schema
      .createTable('extract_reviews')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
      // Stable while the sentence around the mention says the same; a changed sentence is a new mention to look at.
      .addColumn('mention_key', 'text', (c) => c.notNull())
      .addColumn('phrase', 'text', (c) => c.notNull())
      .addColumn('sentence', 'text', (c) => c.notNull())
      // JSON: the children it might have been, as listed when the choice was made ([{ id, name, caseRef }]).
      .addColumn('suspects', 'text', (c) => c.notNull())
      .addColumn('choice', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('extract_reviews_mention', ['meeting_id', 'child_id', 'mention_key'])
      .execute();

    // What each exported extract carried besides the redaction's own count: mentions taken out and kept on review.
    await db.schema.alterTable('filing_records').addColumn('taken_out', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('filing_records').addColumn('kept', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  },
};
