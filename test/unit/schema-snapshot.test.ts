import { describe, expect, it } from 'vitest';
import { TABLES } from '../../electron/core/data/database';
import type { Table } from '../../electron/core/data/table';
import { integer, nullable, text } from '../../electron/core/data/codecs';
import { testCore } from './support/core';

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

/** What SQLite keeps beside the tables: its own bookkeeping and the minutes' full-text index (kept by triggers in migration 4). */
const NOT_DECLARED = /^(sqlite_|minutes_search)/;

/** Each way the declared tables and the migrated database differ, in words: nothing when they agree column by column. */
function differences(sqlite: { prepare(sql: string): { all(...args: unknown[]): unknown[] } }, tables: readonly Table[]): string[] {
  const out: string[] = [];
  const stored = (sqlite.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((t) => t.name).filter((n) => !NOT_DECLARED.test(n));
  const declared = new Set(tables.map((t) => t.name));
  for (const name of stored) if (!declared.has(name)) out.push(`table ${name} is in the database but not declared`);
  for (const t of tables) {
    const columns = sqlite.prepare(`select name, type, "notnull", pk from pragma_table_info(?)`).all(t.name) as ColumnInfo[];
    if (columns.length === 0) {
      out.push(`table ${t.name} is declared but not in the database`);
      continue;
    }
    const byName = new Map(columns.map((c) => [c.name, c]));
    for (const [name, column] of Object.entries(t.columns)) {
      const info = byName.get(name);
      if (!info) {
        out.push(`${t.name}.${name} is declared but not in the database`);
        continue;
      }
      if (info.type.toLowerCase() !== column.sqlType) out.push(`${t.name}.${name} is ${info.type} in the database but declared ${column.sqlType}`);
      // An integer primary key is never null, whatever its declaration says.
      const nullableStored = info.notnull === 0 && info.pk === 0;
      if (nullableStored !== column.nullable) out.push(`${t.name}.${name} is ${nullableStored ? 'nullable' : 'not null'} in the database but declared ${column.nullable ? 'nullable' : 'not null'}`);
    }
    for (const info of columns) if (!(info.name in t.columns)) out.push(`${t.name}.${info.name} is in the database but not declared`);
  }
  return out;
}

describe('the declared tables and the migrated database', () => {
  it('agree column by column: name, SQL type and nullability', async () => {
    const core = await testCore();
    expect(differences(core.store.sqlite, TABLES)).toEqual([]);
  });

  it('disagree, in words, when a declaration and the migrations part ways', async () => {
    const core = await testCore();
    const teams = TABLES.find((t) => t.name === 'teams')!;
    const doctored: Table[] = [
      ...TABLES.filter((t) => t !== teams),
      { ...teams, columns: { ...teams.columns, name: nullable(text()), team_manager_id: text(), colour: text() } },
    ];
    expect(differences(core.store.sqlite, doctored)).toEqual([
      'teams.name is not null in the database but declared nullable',
      'teams.team_manager_id is INTEGER in the database but declared text',
      'teams.team_manager_id is nullable in the database but declared not null',
      'teams.colour is declared but not in the database',
    ]);
    const withoutOne = TABLES.filter((t) => t.name !== 'login_people');
    expect(differences(core.store.sqlite, [...withoutOne, { name: 'rotas', columns: { id: integer() }, coded: [] }])).toEqual([
      'table login_people is in the database but not declared',
      'table rotas is declared but not in the database',
    ]);
  });
});
