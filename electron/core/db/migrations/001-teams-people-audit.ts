import { sql } from 'kysely';
import type { Migration } from './types';

export const m001TeamsPeopleAudit: Migration = {
  version: 1,
  name: 'teams, people, audit log and settings',
  async up(db) {
    await db.schema
      .createTable('people')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('team_id', 'integer', (c) => c.references('teams.id'))
      .addColumn('email', 'text')
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('teams')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('team_manager_id', 'integer', (c) => c.references('people.id'))
      .addColumn('group_manager_id', 'integer', (c) => c.references('people.id'))
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema.createIndex('people_team_id').on('people').column('team_id').execute();
    await db.schema.createIndex('people_name_nocase').on('people').expression(sql`name collate nocase`).execute();
    await db.schema.createIndex('teams_name_nocase').on('teams').expression(sql`name collate nocase`).execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'integer')
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('details', 'text')
      .execute();
    await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute();

    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};
