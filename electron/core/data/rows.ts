import type { Kysely } from 'kysely';
import type { Db } from '../db/db-type';
import { decode, encode, type NewRow, type Row, type Table } from './table';

/**
 * The plain reads and writes every table with an id has, decoded and encoded by its
 * declaration. Kysely cannot type a query over a table chosen at run time, so these
 * few functions are where that is done, once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const anyTable = (db: Db) => db as unknown as Kysely<any>;

export async function findById<T extends Table>(db: Db, t: T, id: number): Promise<Row<T> | undefined> {
  const row = await anyTable(db).selectFrom(t.name).selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (decode(t, row) as Row<T>) : undefined;
}

export async function insertRow<T extends Table>(db: Db, t: T, values: NewRow<T>): Promise<Row<T>> {
  const row = await anyTable(db).insertInto(t.name).values(encode(t, values as Partial<Row<T>>)).returningAll().executeTakeFirstOrThrow();
  return decode(t, row) as Row<T>;
}

/** Rows per statement: keeps each multi-row insert well inside SQLite's limit on bound values. */
const INSERT_CHUNK = 200;

/** Many rows, a batch per statement; answers the rows written, in no promised order (match them by their columns). */
export async function insertRows<T extends Table>(db: Db, t: T, values: readonly NewRow<T>[]): Promise<Row<T>[]> {
  const out: Row<T>[] = [];
  for (let i = 0; i < values.length; i += INSERT_CHUNK) {
    const part = values.slice(i, i + INSERT_CHUNK).map((v) => encode(t, v as Partial<Row<T>>));
    for (const row of await anyTable(db).insertInto(t.name).values(part).returningAll().execute()) out.push(decode(t, row) as Row<T>);
  }
  return out;
}

export async function updateById<T extends Table>(db: Db, t: T, id: number, patch: Partial<Row<T>>): Promise<Row<T>> {
  const row = await anyTable(db).updateTable(t.name).set(encode(t, patch)).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  return decode(t, row) as Row<T>;
}

/** An update whose answer is not needed (a position, a time spent). */
export async function setById<T extends Table>(db: Db, t: T, id: number, patch: Partial<Row<T>>): Promise<void> {
  await anyTable(db).updateTable(t.name).set(encode(t, patch)).where('id', '=', id).execute();
}

export async function deleteById(db: Db, t: Table, id: number): Promise<void> {
  await anyTable(db).deleteFrom(t.name).where('id', '=', id).execute();
}
