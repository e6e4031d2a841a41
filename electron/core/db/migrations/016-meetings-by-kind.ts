import type { Migration } from './types';

/**
 * Each child's meetings of one kind, by day, from the index alone. The timeliness figure looks up,
 * for every child, the last Care Planning Meeting (or Permanence Panel) before a day and the ones
 * held since: with `child_meetings_child` (child and day) SQLite read every meeting of the child
 * from the table to check its kind; with the kind beside the child it reads just that kind's range.
 * `child_meetings_child` stays: the tracker reads every kind of a child's meetings in day order.
 */
export const m016MeetingsByKind: Migration = {
  version: 16,
  name: 'an index of each child’s meetings by kind and day, for the timeliness figure',
  async up(db) {
    await db.schema.createIndex('child_meetings_child_kind').on('child_meetings').columns(['child_id', 'kind', 'held_on']).execute();
  },
};
