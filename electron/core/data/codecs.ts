import type { z } from 'zod';
import { storedBool, storedJson, type StoredBool, type StoredJson } from './dialect';

/**
 * One kind of column: how its value is written and read back. Every column of every
 * table is declared once with one of these (see `table.ts`), so the stored type, the
 * decoded type and the SQL type all come from that one line.
 */
export interface Column<S, V, G extends boolean = false> {
  /** The SQL type the migrations give the column (checked against the database by a test). */
  readonly sqlType: 'text' | 'integer';
  readonly nullable: boolean;
  /** The database gives a value when none is written: an id, or a column default. */
  readonly generated: G;
  /** False when the stored value is the value itself (text, whole numbers): nothing to do either way. */
  readonly transforms: boolean;
  encode(value: V): S;
  decode(stored: S): V;
}

/** A stored value that is not what its column holds: a fault in the data, never the person's doing. */
export class StoredValueError extends Error {
  override readonly name = 'StoredValueError';
}

const same = <T>(value: T): T => value;

function kind<S, V>(sqlType: Column<S, V>['sqlType'], encode: (v: V) => S, decode: (s: S) => V, transforms = true): Column<S, V> {
  return { sqlType, nullable: false, generated: false, transforms, encode, decode };
}

/** Text as stored: names, notes, ISO dates ('2026-11-22') and timestamps. */
export const text = (): Column<string, string> => kind('text', same, same, false);

export const integer = (): Column<number, number> => kind('integer', same, same, false);

/** An integer primary key the database numbers. */
export const id = (): Column<number, number, true> => ({ ...integer(), generated: true });

export const bool = (): Column<StoredBool, boolean> => kind('integer', storedBool.encode, storedBool.decode);

/**
 * One of a fixed list (a literal union from the shared vocabulary). Stored as the text
 * itself, so the stored type is the union too: every query reads and writes the union,
 * and anything else read back through `decode` is a fault.
 */
export function oneOf<const T extends string>(values: readonly T[]): Column<T, T> {
  const allowed = new Set<string>(values);
  return kind(
    'text',
    same,
    (stored) => {
      if (!allowed.has(stored)) throw new StoredValueError(`“${stored}” is not one of ${values.join(', ')}`);
      return stored;
    },
    true,
  );
}

/** A JSON value, checked once against its schema as it is read. */
export function json<T>(schema: z.ZodType<T>): Column<StoredJson, T> {
  return kind('text', storedJson.encode, (stored) => {
    const parsed = schema.safeParse(storedJson.decode(stored));
    if (!parsed.success) throw new StoredValueError(`a stored value does not fit its schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
  });
}

/**
 * JSON read back without a check, for the few columns whose readers decide what to do
 * with a value they cannot use (a setting falls back to its default; an old import profile
 * is passed over; an audit row's details are shown as they are).
 */
export function looseJson(): Column<StoredJson, unknown> {
  return kind('text', storedJson.encode, (stored) => {
    try {
      return storedJson.decode(stored);
    } catch {
      return stored;
    }
  });
}

export function nullable<S, V, G extends boolean>(column: Column<S, V, G>): Column<S | null, V | null, G> {
  return {
    ...column,
    nullable: true,
    encode: (value) => (value === null ? null : column.encode(value)),
    decode: (stored) => (stored === null ? null : column.decode(stored)),
  };
}

/** A column the migrations give a default, so a new row may leave it out. */
export function withDefault<S, V>(column: Column<S, V>): Column<S, V, true> {
  return { ...column, generated: true };
}
