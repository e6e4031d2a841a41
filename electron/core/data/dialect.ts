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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The operator for "contains this text, ignoring case": SQLite's `like` ignores the case of
 * English letters already; PostgreSQL's `like` does not, its `ilike` does.
 */
export function likeIgnoringCase(db: AnyDb): 'like' | 'ilike' {
  return engineOf(db) === 'postgres' ? 'ilike' : 'like';
}

/** `expression = value`, ignoring case: SQLite's `collate nocase`; on PostgreSQL `lower()` on both sides (its indexes are on `lower(name)`). */
export function sameIgnoringCase(db: AnyDb, expression: RawBuilder<unknown>, value: string): RawBuilder<boolean> {
  return engineOf(db) === 'postgres' ? sql<boolean>`lower(${expression}) = lower(${value})` : sql<boolean>`${expression} = ${value} collate nocase`;
}

/** An order term that ignores case (`direction` as in `asc`/`desc`). */
export function orderIgnoringCase(db: AnyDb, expression: RawBuilder<unknown>, direction: RawBuilder<unknown>): RawBuilder<unknown> {
  return engineOf(db) === 'postgres' ? sql`lower(${expression}) ${direction}` : sql`${expression} collate nocase ${direction}`;
}

/** How many rows of the group meet the condition (0 for none): SQLite sums its 0/1 truth values; PostgreSQL counts with a filter. */
export function countWhere(db: AnyDb, condition: RawBuilder<unknown>): RawBuilder<number> {
  return engineOf(db) === 'postgres' ? sql<number>`count(*) filter (where ${condition})` : sql<number>`coalesce(sum(${condition}), 0)`;
}

/** `expression in (the ids)`, the ids passed as one value however many there are. */
export function inIdList(db: AnyDb, expression: RawBuilder<unknown>, ids: readonly number[]): RawBuilder<boolean> {
  return engineOf(db) === 'postgres' ? sql<boolean>`${expression} = any(${[...ids]}::integer[])` : sql<boolean>`${expression} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** The group's texts joined with `separator` (null for none). */
export function joinedText(db: AnyDb, expression: RawBuilder<unknown>, separator: string): RawBuilder<string | null> {
  return engineOf(db) === 'postgres' ? sql<string | null>`string_agg(${expression}, ${separator})` : sql<string | null>`group_concat(${expression}, ${separator})`;
}
