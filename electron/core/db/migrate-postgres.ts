import { sql, type Kysely, type Transaction } from 'kysely';
import { TEAM_SCHEMA } from './migrations/engine';
import type { Migration } from './migrations/types';
import { checkOrdered } from './migrate';
import { TeamStoreError } from './postgres';

/** Every run of the migrations on a team store takes this lock first, so two at once run one after the other. */
export const MIGRATION_LOCK = 'panelroom schema migration';

/**
 * Brings a team store's schema up to date inside the caller's transaction: under a transaction-level
 * advisory lock, so the version read is the version migrated from; PostgreSQL's DDL is transactional,
 * so a failure leaves the schema as it was. The version is kept in a table (one row per migration
 * applied, with when and by whom). A store newer than this list is refused, not touched.
 */
export async function migratePostgres(trx: Transaction<unknown>, list: readonly Migration[]): Promise<{ from: number; to: number }> {
  checkOrdered(list);
  await sql`select pg_advisory_xact_lock(hashtext(${MIGRATION_LOCK}))`.execute(trx);
  await sql`create table if not exists ${sql.id(TEAM_SCHEMA, 'schema_version')} (
    version integer primary key,
    name text not null,
    migrated_at text not null,
    migrated_by text not null default session_user
  )`.execute(trx);
  const from = (await sql<{ version: number | null }>`select max(version) as version from ${sql.id(TEAM_SCHEMA, 'schema_version')}`.execute(trx)).rows[0]?.version ?? 0;
  if (from > list.length) {
    throw new TeamStoreError(
      'newer-schema',
      `The team store was set up by a newer version of Panelroom (data version ${from}; this version understands up to ${list.length}). Run the migration with the newer version. Nothing has been changed.`,
    );
  }
  for (const migration of list) {
    if (migration.version <= from) continue;
    await migration.up(trx as Kysely<unknown>, 'postgres');
    await sql`insert into ${sql.id(TEAM_SCHEMA, 'schema_version')} (version, name, migrated_at) values (${migration.version}, ${migration.name}, ${new Date().toISOString()})`.execute(trx);
  }
  return { from, to: Math.max(from, list.length) };
}
