import type { SqliteDatabase } from '../../../electron/core/db/sqlite-file';

/** SQLite's EXPLAIN QUERY PLAN for a statement, as indented lines. */
export function explain(sqlite: SqliteDatabase, sql: string, parameters: readonly unknown[]): string[] {
  const rows = sqlite.prepare(`explain query plan ${sql}`).all(...parameters) as { id: number; parent: number; detail: string }[];
  const depth = new Map<number, number>([[0, -1]]);
  return rows.map((r) => {
    const d = (depth.get(r.parent) ?? -1) + 1;
    depth.set(r.id, d);
    return `${'  '.repeat(d)}${r.detail}`;
  });
}
