import type { Generated } from 'kysely';
import { type Column, StoredValueError } from './codecs';

// Any column at all: a table is a record of columns of many kinds.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyColumn = Column<any, any, boolean>;
type Columns = Record<string, AnyColumn>;

export interface Table<N extends string = string, C extends Columns = Columns> {
  readonly name: N;
  readonly columns: C;
  /** The columns whose stored form differs from their value: the only ones encoding or decoding touches. */
  readonly coded: readonly string[];
}

/** Declares a table: its name as stored, and each column's kind. Everything else about it is derived from this. */
export function table<const N extends string, const C extends Columns>(name: N, columns: C): Table<N, C> {
  return { name, columns, coded: Object.keys(columns).filter((k) => columns[k]!.transforms) };
}

type StoredOf<C> = C extends Column<infer S, infer _V, infer G> ? (G extends true ? Generated<S> : S) : never;
type ValueOf<C> = C extends Column<infer _S, infer V, infer _G> ? V : never;
type GeneratedKeys<C extends Columns> = { [K in keyof C]: C[K] extends Column<infer _S, infer _V, true> ? K : never }[keyof C];

/** The table as Kysely sees it: stored types, with the database-given columns optional on insert. */
export type StoredTable<T extends Table> = { [K in keyof T['columns']]: StoredOf<T['columns'][K]> };

/** A row as the core works with it: enums as their literal unions, JSON decoded and checked, booleans as booleans. */
export type Row<T extends Table> = { [K in keyof T['columns']]: ValueOf<T['columns'][K]> };

/** What a new row must give: every column but those the database fills in, which it may give. */
export type NewRow<T extends Table> = Omit<Row<T>, GeneratedKeys<T['columns']>> & Partial<Pick<Row<T>, GeneratedKeys<T['columns']>>>;

/** A selection of some of a table's columns (and perhaps others, joined or computed), decoded where they are the table's. */
export type Decoded<T extends Table, R> = {
  [K in keyof R]: K extends keyof T['columns'] ? (null extends R[K] ? ValueOf<T['columns'][K]> | null : ValueOf<T['columns'][K]>) : R[K];
};

/** The stored form of some of a table's values. */
export type Encoded<T extends Table, R> = { [K in keyof R]: K extends keyof T['columns'] ? StoredOf<T['columns'][K]> : R[K] };

function failed(t: Table, column: string, err: unknown): never {
  if (err instanceof StoredValueError) throw new StoredValueError(`${t.name}.${column}: ${err.message}`);
  throw err;
}

/**
 * Decodes the table's columns present in a row read back (a whole row, or some columns
 * of a join); any other key is left as it is. Null stays null (a left join's missing row).
 */
export function decode<T extends Table, R extends object>(t: T, row: R): Decoded<T, R> {
  const out = { ...row } as Record<string, unknown>;
  for (const column of t.coded) {
    if (!(column in out)) continue;
    const stored = out[column];
    if (stored === null || stored === undefined) continue;
    try {
      out[column] = t.columns[column]!.decode(stored);
    } catch (err) {
      failed(t, column, err);
    }
  }
  return out as Decoded<T, R>;
}

/** The stored form of some or all of a table's values, for an insert or an update. */
export function encode<T extends Table, R extends Partial<Row<T>>>(t: T, values: R): Encoded<T, R> {
  const out = { ...values } as Record<string, unknown>;
  for (const column of t.coded) {
    const value = out[column];
    if (value !== undefined && value !== null) out[column] = t.columns[column]!.encode(value);
  }
  return out as Encoded<T, R>;
}

/** One column's stored form, for a comparison in a query. */
export function stored<T extends Table, K extends keyof T['columns'] & string>(t: T, column: K, value: ValueOf<T['columns'][K]>): StoredOf<T['columns'][K]> {
  return t.columns[column]!.encode(value);
}
