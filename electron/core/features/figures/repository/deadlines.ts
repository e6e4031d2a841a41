import { sql, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../../../../shared/domain/dates';
import { plusDays } from '../../../../../shared/domain/day-numbers';
import type { ReviewInterval } from '../../../../../shared/review/intervals';
import type { FiguresDialect } from './dialect';

/*
 * Deadlines come from shared/review/intervals.ts, the table the review engine's rules
 * use, turned into SQL date arithmetic here (weeks as days, months clamped to the month's
 * end as plusMonths does, working days from a calendar of the council's working days).
 */

/** `date + interval` in SQL, exactly as afterInterval counts it. Working days need the `wd` calendar in the query. */
export function plusInterval(d: FiguresDialect, date: RawBuilder<unknown>, interval: ReviewInterval): RawBuilder<string> {
  if (interval.unit === 'weeks') return d.plusDays(date, interval.n * 7);
  if (interval.unit === 'months') return d.plusMonths(date, interval.n);
  if (d.engine === 'postgres') {
    // PostgreSQL scans a materialized CTE from its start for each lookup (it builds no index on one,
    // as SQLite does), so its calendar is one row of two arrays, looked up by subscript.
    const day = interval.n === 0 ? sql`cast(${date} as date) - w.first` : sql`cast(${date} as date) - w.first + 1`;
    return sql<string>`(select to_char(w.days[w.ranks[${day}] + ${d.integer(Math.max(interval.n, 1))}], 'YYYY-MM-DD') from wd w)`;
  }
  // Both by equal keys, so SQLite indexes the two calendars once rather than scanning one per row
  // (`cal.day` is text, as the dates it is compared with, or SQLite could not use its index).
  if (interval.n === 0) return sql<string>`(select w.day from wd w where w.r = (select c.r from cal c where c.day = ${d.plusDays(date, -1)}) + 1)`;
  return sql<string>`(select w.day from wd w where w.r = (select c.r from cal c where c.day = ${date}) + ${d.integer(interval.n)})`;
}

/**
 * Two calendars for working-day deadlines: `wd`, each working day with its rank (1 for the
 * first), and `cal`, every calendar day with the rank of the last working day on or before it.
 * "n working days after d" is then the working day ranked cal(d) + n.
 */
export function workingDayCalendar(days: readonly IsoDate[], d: FiguresDialect) {
  const ranks: number[] = [];
  let rank = 0;
  for (let day = days[0], last = days.at(-1); day !== undefined && last !== undefined && day <= last; day = plusDays(day, 1)) {
    if (days[rank] === day) rank++;
    ranks.push(rank);
  }
  const first = d.text(days[0] ?? '2000-01-01');
  if (d.engine === 'postgres') {
    // The same two calendars as arrays on one row: `days[r]` is the working day ranked r, `ranks[i]` the rank of day `first + i - 1`.
    return sql`wd(first, days, ranks) as materialized (select cast(${first} as date),
      (select array_agg(cast(j.value as date) order by j.k) from ${d.arrayRows(JSON.stringify(days))} j),
      (select array_agg(cast(j.value as integer) order by j.k) from ${d.arrayRows(JSON.stringify(ranks))} j))`;
  }
  return sql`wd(r, day) as materialized (select j.k + 1, j.value from ${d.arrayRows(JSON.stringify(days))} j),
    cal(day, r) as materialized (select cast(${d.plusDays(first, sql`j.k`)} as text), cast(j.value as integer) from ${d.arrayRows(JSON.stringify(ranks))} j)`;
}
