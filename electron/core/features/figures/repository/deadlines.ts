import { sql, type RawBuilder } from 'kysely';
import { plusDays } from '../../../../../shared/domain/day-numbers';
import type { ReviewInterval } from '../../../../../shared/review/intervals';
import type { FigureParams } from './common';
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
export function workingDayCalendar(p: FigureParams, d: FiguresDialect) {
  const days = p.workingDays;
  const ranks: number[] = [];
  let rank = 0;
  for (let day = days[0], last = days.at(-1); day !== undefined && last !== undefined && day <= last; day = plusDays(day, 1)) {
    if (days[rank] === day) rank++;
    ranks.push(rank);
  }
  const first = d.text(days[0] ?? '2000-01-01');
  return sql`wd(r, day) as materialized (select j.k + 1, j.value from ${d.arrayRows(JSON.stringify(days))} j),
    cal(day, r) as materialized (select cast(${d.plusDays(first, sql`j.k`)} as text), cast(j.value as integer) from ${d.arrayRows(JSON.stringify(ranks))} j)`;
}
