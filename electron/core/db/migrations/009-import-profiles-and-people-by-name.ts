import { idColumn } from './engine';
import type { Migration } from './types';

export const m009ImportProfilesAndPeopleByName: Migration = {
  version: 9,
  name: 'import profiles for files seen before; the person using the app for each computer login; the login beside the name in the audit log',
  async up(db, engine) {
    // What was decided about a case system's export (columns, what its wordings mean, its teams and
    // workers), found again by the file's headings so the next export of the same report needs none of it.
    await db.schema
      .createTable('import_profiles')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('headings_key', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('choices', 'text', (c) => c.notNull())
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addColumn('saved_by', 'text', (c) => c.notNull())
      .execute();

    // Who is using Panelroom under each computer login: documents, the audit log and the
    // filing checklist name the person, not the login.
    await db.schema
      .createTable('login_people')
      .addColumn('login', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
      .addColumn('chosen_at', 'text', (c) => c.notNull())
      .execute();

    // The computer login behind each audit row, now that "who" is the person's name.
    await db.schema.alterTable('audit_log').addColumn('login', 'text').execute();
  },
};
