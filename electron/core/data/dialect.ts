import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * What the SQL engines disagree on, in one place. SQLite has no boolean or JSON type: a
 * boolean is stored as 0 or 1 and JSON as text. PostgreSQL has both, and its driver
 * hands them back decoded; it also accepts 0/1 and JSON text on the way in. So decoding
 * accepts either form, and a second engine changes what is written here, nowhere else.
 * Dates and timestamps stay ISO text on every engine.
 */
export type Engine = 'sqlite' | 'postgres';

/** Which engine a database (or a transaction on it) runs on: what a dialect-specific fragment asks first. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export type StoredBool = number;
export type StoredJson = string;

export const storedBool = {
  encode: (value: boolean): StoredBool => (value ? 1 : 0),
  decode: (stored: StoredBool | boolean): boolean => stored === true || stored === 1,
};

export const storedJson = {
  encode: (value: unknown): StoredJson => JSON.stringify(value),
  decode: (stored: StoredJson | object): unknown => (typeof stored === 'string' ? JSON.parse(stored) : stored),
};

/**
 * A LIKE pattern for "contains this text", with the text's own % and _ taken as
 * letters to look for, not wildcards. Use as the right-hand side of `like`.
 */
export function containsPattern(text: string): RawBuilder<string> {
  return sql<string>`${`%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`} escape '\\'`;
}

/** `column = value`, ignoring case (names and case references are compared so). */
export function equalsIgnoringCase(column: string, value: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} = ${value} collate nocase`;
}

/** Sorts text as people read it, ignoring case. */
export function ignoringCase(column: string): RawBuilder<string> {
  return sql<string>`${sql.ref(column)} collate nocase`;
}
