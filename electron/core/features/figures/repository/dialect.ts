import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../../../../shared/domain/dates';
import { engineOf, type Engine } from '../../../data/dialect';
import { sqliteLocalDay } from './local-day';

/*
 * The few fragments of the figures' SQL that SQLite and PostgreSQL write differently, each
 * giving the same answer on both. Dates stay ISO text on both engines: PostgreSQL works on
 * them as `date` and turns the answer back into 'YYYY-MM-DD' text, so every comparison,
 * concatenation and key is the same text as on SQLite. SQLite's forms are the ones the
 * figures have always used.
 */

type Sql = RawBuilder<unknown>;

export interface FiguresDialect {
  engine: Engine;
  /** A value the query passes in, typed as PostgreSQL cannot guess it (`is null`, a function's argument). */
  integer(value: number | null): Sql;
  text(value: string): Sql;
  /** `date` plus a number of days (a number, or an SQL integer): ISO text. */
  plusDays(date: Sql, days: number | Sql): RawBuilder<string>;
  /** `date` plus whole months, clamped to the month's end (31/01 + 1 month is 28/02), as plusMonths does. */
  plusMonths(date: Sql, months: number): RawBuilder<string>;
  /** The last day of the date's month. */
  monthEnd(date: Sql): RawBuilder<string>;
  /** The date's month, 'YYYY-MM'. */
  monthOf(date: Sql): RawBuilder<string>;
  /** Whole weeks from `earlier` to `later`, rounded towards zero. */
  wholeWeeks(later: Sql, earlier: Sql): RawBuilder<number>;
  /** Weeks from `earlier` to `later`, with the fraction: a double on both engines. */
  weeks(later: Sql, earlier: Sql): RawBuilder<number>;
  /** The smaller and the larger of two non-null values. */
  least(a: Sql, b: Sql): Sql;
  greatest(a: Sql, b: Sql): Sql;
  /** Whether `text` contains `fragment`. */
  contains(text: Sql, fragment: string): RawBuilder<boolean>;
  /** The text's UTF-8 bytes in upper-case hexadecimal ('' for null), as SQLite's hex(). */
  hex(text: Sql): RawBuilder<string>;
  /** The day of an ISO timestamp in this computer's time zone, as SQLite's date(…, 'localtime'); quickest for timestamps in `span`. */
  localDay(timestamp: Sql, span: { from: IsoDate; to: IsoDate }): RawBuilder<string>;
  /** The elements of a JSON array of scalars, as rows (k: the index from 0, value: the element as text). */
  arrayRows(json: string): Sql;
  /** The elements of a JSON array of objects, as rows (k: the index from 0), with these whole-number fields. */
  objectRows(json: string, fields: readonly string[]): Sql;
  /** Text ordered by its bytes, as SQLite orders text (PostgreSQL's default order follows the server's language). */
  byBytes(column: Sql): Sql;
}

const sqlite: FiguresDialect = {
  engine: 'sqlite',
  integer: (value) => sql`${value}`,
  text: (value) => sql`${value}`,
  plusDays: (date, days) => (typeof days === 'number' ? sql<string>`date(${date}, ${`${days < 0 ? '' : '+'}${days} days`})` : sql<string>`date(${date}, '+' || (${days}) || ' days')`),
  plusMonths(date, n) {
    // SQLite rolls 31/01 + 1 month over into March; the rules clamp to the month's end.
    const day = sql`cast(strftime('%d', ${date}) as integer) - 1`;
    return sql<string>`min(date(${date}, 'start of month', ${`+${n} months`}, '+' || (${day}) || ' days'), date(${date}, 'start of month', ${`+${n + 1} months`}, '-1 day'))`;
  },
  monthEnd: (date) => sql<string>`date(${date}, 'start of month', '+1 month', '-1 day')`,
  // The first seven characters of an ISO date: as strftime('%Y-%m') gives, without parsing the date.
  monthOf: (date) => sql<string>`substr(${date}, 1, 7)`,
  wholeWeeks: (later, earlier) => sql<number>`cast((julianday(${later}) - julianday(${earlier})) / 7 as integer)`,
  weeks: (later, earlier) => sql<number>`(julianday(${later}) - julianday(${earlier})) / 7.0`,
  least: (a, b) => sql`min(${a}, ${b})`,
  greatest: (a, b) => sql`max(${a}, ${b})`,
  contains: (text, fragment) => sql<boolean>`instr(${text}, ${fragment}) > 0`,
  hex: (text) => sql<string>`hex(${text})`,
  localDay: sqliteLocalDay,
  arrayRows: (json) => sql`(select cast(key as integer) as k, value from json_each(${json}))`,
  objectRows: (json, fields) => sql`(select cast(key as integer) as k, ${sql.join(fields.map((f) => sql`json_extract(value, ${`$.${f}`}) as ${sql.id(f)}`))} from json_each(${json}))`,
  byBytes: (column) => column,
};

const asDate = (date: Sql) => sql`cast(${date} as date)`;
const isoText = (date: Sql) => sql<string>`to_char(${date}, 'YYYY-MM-DD')`;

const postgres: FiguresDialect = {
  engine: 'postgres',
  integer: (value) => sql`cast(${value} as integer)`,
  text: (value) => sql`cast(${value} as text)`,
  plusDays: (date, days) => isoText(sql`${asDate(date)} + ${typeof days === 'number' ? sql`cast(${days} as integer)` : sql`(${days})`}`),
  plusMonths: (date, n) => isoText(sql`${asDate(date)} + cast(${`${n} months`} as interval)`),
  monthEnd: (date) => isoText(sql`date_trunc('month', ${asDate(date)}) + interval '1 month' - interval '1 day'`),
  monthOf: (date) => sql<string>`substr(cast(${date} as text), 1, 7)`,
  wholeWeeks: (later, earlier) => sql<number>`((${asDate(later)} - ${asDate(earlier)}) / 7)`,
  weeks: (later, earlier) => sql<number>`(cast(${asDate(later)} - ${asDate(earlier)} as double precision) / 7)`,
  least: (a, b) => sql`least(${a}, ${b})`,
  greatest: (a, b) => sql`greatest(${a}, ${b})`,
  contains: (text, fragment) => sql<boolean>`strpos(${text}, ${fragment}) > 0`,
  hex: (text) => sql<string>`coalesce(upper(encode(convert_to(${text}, 'UTF8'), 'hex')), '')`,
  localDay: (timestamp) => isoText(sql`cast(${timestamp} as timestamptz) at time zone ${localTimeZone()}`),
  arrayRows: (json) => sql`(select cast(j.n as integer) - 1 as k, j.value from json_array_elements_text(cast(${json} as json)) with ordinality as j(value, n))`,
  objectRows: (json, fields) =>
    sql`(select cast(j.n as integer) - 1 as k, ${sql.join(fields.map((f) => sql`cast(j.value ->> ${f} as integer) as ${sql.id(f)}`))} from json_array_elements(cast(${json} as json)) with ordinality as j(value, n))`,
  byBytes: (column) => sql`${column} collate "C"`,
};

/** This computer's time zone, the one SQLite's 'localtime' uses. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function figuresDialect(db: Kysely<any>): FiguresDialect {
  return engineOf(db) === 'postgres' ? postgres : sqlite;
}
