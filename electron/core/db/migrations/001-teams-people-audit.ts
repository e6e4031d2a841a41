import { idColumn, noCase } from './engine';
import type { Migration } from './types';

export const m001TeamsPeopleAudit: Migration = {
  version: 1,
  name: 'teams, people, audit log and settings',
  async up(db, engine) {
    await db.schema
      .createTable('people')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      // PostgreSQL checks a reference as it is declared: there this one is added once teams exists.
      .addColumn('team_id', 'integer', (c) => (engine === 'postgres' ? c : c.references('teams.id')))
      .addColumn('email', 'text')
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('teams')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('team_manager_id', 'integer', (c) => c.references('people.id'))
      .addColumn('group_manager_id', 'integer', (c) => c.references('people.id'))
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    if (engine === 'postgres') await db.schema.alterTable('people').addForeignKeyConstraint('people_team_id_fkey', ['team_id'], 'teams', ['id']).execute();

    await db.schema.createIndex('people_team_id').on('people').column('team_id').execute();
    await db.schema.createIndex('people_name_nocase').on('people').expression(noCase(engine, 'name')).execute();
    await db.schema.createIndex('teams_name_nocase').on('teams').expression(noCase(engine, 'name')).execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', idColumn(engine))
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
