import type { Migration } from './types';

/**
 * The rows two people can edit at once carry a version: a save names the version it was based on,
 * and a save based on an older one is refused as a conflict instead of overwriting what the other
 * person saved. Every row present starts at 1; each save that changes the row adds one.
 * Frozen: the list of tables is the one of this release, whatever later releases add.
 */
const EDITABLE = ['children', 'actions', 'agenda_items', 'meetings', 'minute_fields', 'settings'] as const;

export const m013RowVersions: Migration = {
  version: 13,
  name: 'a version on every row two people can edit, checked by each save',
  async up(db) {
    for (const table of EDITABLE) {
      await db.schema
        .alterTable(table)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
    }
  },
};
