import type { Migration } from './types';

/**
 * Teams, people and meeting types carry a version too, as the rows of migration 13 do: two people
 * setting up the same team, person or meeting type at once no longer overwrite each other silently.
 * Every row present starts at 1; each save that changes the row adds one.
 * Frozen: the list of tables is the one of this release, whatever later releases add.
 */
const SET_UP = ['teams', 'people', 'meeting_types'] as const;

export const m017SetupRowVersions: Migration = {
  version: 17,
  name: 'a version on teams, people and meeting types, checked by each save',
  async up(db) {
    for (const table of SET_UP) {
      await db.schema
        .alterTable(table)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
    }
  },
};
