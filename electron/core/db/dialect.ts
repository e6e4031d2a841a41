import type BetterSqlite3 from 'better-sqlite3';
import { SqliteAdapter, SqliteDriver, SqliteIntrospector, SqliteQueryCompiler, type DatabaseConnection, type Dialect, type Kysely } from 'kysely';

/**
 * On some errors (a full disk, an I/O error) SQLite rolls the transaction back by
 * itself. Kysely then issues its own ROLLBACK, which fails with "no transaction is
 * active" and replaces the real error, so the person would be told "something went
 * wrong" instead of "the disk is full". This driver skips the second rollback.
 */
class SqliteDriverKeepingTheRealError extends SqliteDriver {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

export function sqliteDialect(sqlite: BetterSqlite3.Database): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new SqliteDriverKeepingTheRealError(sqlite),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    createIntrospector: (db: Kysely<any>) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
