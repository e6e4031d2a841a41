import { sql, type ColumnDefinitionBuilder, type RawBuilder } from 'kysely';

/**
 * The two engines a migration is written for. What differs between them is said here once:
 * the key column's type, case-insensitive name indexes and the local date of a stamp. Full-text
 * search and triggers differ too, and each migration that has them says so beside the SQLite form.
 * Dates and timestamps are ISO text and booleans are integers (0/1) on both, so the data layer
 * reads the same values whichever engine holds them.
 */
export type Engine = 'sqlite' | 'postgres';

/** The schema a team store's tables live in, owned by the store's owner role. */
export const TEAM_SCHEMA = 'panelroom';

/** An integer key the database numbers: SQLite's AUTOINCREMENT, or PostgreSQL's identity (by default, so a copy keeps its ids). */
export function idColumn(engine: Engine) {
  return (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());
}

/** An index expression that ignores case: SQLite's NOCASE collation, or lower() on PostgreSQL. */
export function noCase(engine: Engine, column: string): RawBuilder<unknown> {
  return engine === 'postgres' ? sql`lower(${sql.ref(column)})` : sql`${sql.raw(column)} collate nocase`;
}
