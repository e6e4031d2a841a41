import { sql, type Kysely } from 'kysely';
import type { Migration } from './migrations/types';

export async function readSchemaVersion(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<{ user_version: number }>`pragma user_version`.execute(db);
  return rows[0]?.user_version ?? 0;
}

/**
 * Brings the schema up to date, one migration per transaction. The schema version
 * lives in SQLite's own `user_version` header field, written in the same transaction
 * as the migration, so a crash leaves the database at one version or the next.
 */
export async function migrate(db: Kysely<unknown>, list: readonly Migration[]): Promise<{ from: number; to: number }> {
  checkOrdered(list);
  const from = await readSchemaVersion(db);
  for (const migration of list) {
    if (migration.version <= from) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx, 'sqlite');
      await sql`pragma user_version = ${sql.raw(String(migration.version))}`.execute(trx);
    });
  }
  return { from, to: list.length === 0 ? from : Math.max(from, list[list.length - 1]!.version) };
}

/** Throws unless the list runs 1, 2, 3… in order. */
export function checkOrdered(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order at position ${i + 1}: "${m.name}" says version ${m.version}.`);
  });
}
