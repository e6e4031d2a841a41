import type { SqliteDatabase as EngineDatabase, SqliteStatement } from './sqlite-file';
import { SqliteAdapter, SqliteDriver, SqliteIntrospector, SqliteQueryCompiler, type DatabaseConnection, type Dialect, type Kysely, type SqliteDatabase } from 'kysely';

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing costs more than running the small
 * statements a save is made of. The app issues a bounded set of query shapes, so a
 * least-recently-used cache of prepared statements, keyed by SQL text, serves almost
 * every call. (SQLite re-prepares a cached statement by itself if the schema changes.)
 */
function withStatementCache(sqlite: EngineDatabase): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

/**
 * On some errors (a full disk, an I/O error) SQLite rolls the transaction back by
 * itself. Kysely then issues its own ROLLBACK, which fails with "no transaction is
 * active" and replaces the real error, so the person would be told "something went
 * wrong" instead of "the disk is full". This driver skips the second rollback.
 */
class SqliteDriverKeepingTheRealError extends SqliteDriver {
  constructor(private readonly sqlite: EngineDatabase) {
    super({ database: withStatementCache(sqlite) });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

export function sqliteDialect(sqlite: EngineDatabase): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new SqliteDriverKeepingTheRealError(sqlite),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    createIntrospector: (db: Kysely<any>) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
