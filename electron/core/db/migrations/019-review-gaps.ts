import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * Each child's review deadlines as they stood, kept beside the tracker's cache: the figures'
 * timeliness for a year and every team was ten years of meetings and reviews walked on every
 * request (a tenth of a second on a laptop, more on a team store); with the deadlines kept, it is
 * a filter over them. The tracker's refresh works them out for the children it works out, so
 * they are stale exactly when the child's tracker row is; every row is marked stale here, so the
 * next read works the whole cache out again, deadlines with it.
 */
export const m019ReviewGaps: Migration = {
  version: 19,
  name: 'each child’s review deadlines, kept beside the tracker’s cache for the figures',
  async up(db) {
    await db.schema
      .createTable('review_gaps')
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('next', 'text')
      .addColumn('due_on', 'text')
      .addColumn('missing_counts', 'integer', (c) => c.notNull())
      .addColumn('windowed', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('review_gaps_pk', ['child_id', 'measure', 'unit'])
      .execute();
    await sql`update child_tracking set computed_for = '0000-00-00'`.execute(db);
  },
};
