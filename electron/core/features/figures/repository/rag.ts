import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../data/database';
import { inScope, type FigureParams, type MemberRow } from './common';
import type { FiguresDialect } from './dialect';

/** The day `rating_spans` gives a rating still the latest, as the day its next came. */
const NEVER = sql`'9999-12-31'`;

/**
 * The months of the period with the day each is counted on (its last day; the period's last day
 * for its last month), and each child's ratings that can be the latest on one of those days with
 * the day the next came (`r`): from `rating_spans`, kept by triggers, the ratings still the latest
 * after the first month's day and given before the period's end, each kept only if no other came
 * after it in its own month (by the period's end). Months are compared as text, not worked out by
 * date functions: a date function on each of thirty thousand ratings costs more than the rest.
 */
function ratingsOfPeriod(p: FigureParams, d: FiguresDialect) {
  const to = d.text(p.to);
  const firstEnd = d.least(d.monthEnd(d.text(p.from)), to);
  const nextDay = d.plusDays(sql`month_end`, 1);
  return sql`months(m, month_end) as materialized (
      select ${d.monthOf(d.text(p.from))}, ${firstEnd}
      union all
      select ${d.monthOf(nextDay)}, ${d.least(d.monthEnd(nextDay), to)} from months where month_end < ${to}
    ),
    r as materialized (
      select s.child_id, s.rating, s.rated_on, nullif(s.until, ${NEVER}) as next_on, c.closed_on
      from rating_spans s join children c on c.id = s.child_id
      where s.until > ${firstEnd} and s.rated_on <= ${p.to} and (${d.monthOf(sql`s.until`)} > ${d.monthOf(sql`s.rated_on`)} or s.until > ${to}) and ${inScope(p, d)}
    )`;
}

/** Each child's latest rating at the end of each month of the period (the last day of the period for its last month), as the tracker shows the latest; none once the child's case is closed. */
export function rag(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  return sql<MemberRow>`
    with recursive ${ratingsOfPeriod(p, d)}
    select 'rag/' || months.m || '/' || r.rating as part, r.child_id || ':' || months.m as unit, r.child_id
    from months join r on r.rated_on <= months.month_end and (r.next_on is null or r.next_on > months.month_end)
    where r.closed_on is null or r.closed_on > months.month_end`;
}

/**
 * The same members counted, without listing them: a rating is the latest on each month's day from
 * its own month (or the period's first) until the month in which the next came or the case was
 * closed, whichever was first (if that was in the period). So each counts one in at its first
 * month and one out at that month, and a month's count is the sum of what came in and went out by
 * then: a few thousand ratings worked through once rather than each month's children listed.
 */
export async function countRag(db: Kysely<Database>, p: FigureParams, d: FiguresDialect): Promise<Map<string, number>> {
  const first = d.monthOf(d.text(p.from));
  const last = d.monthOf(d.text(p.to));
  const ends = d.least(sql`coalesce(r.next_on, ${NEVER})`, sql`coalesce(r.closed_on, ${NEVER})`);
  const { rows } = await sql<{ m: string; rating: string; n: number }>`
    with recursive ${ratingsOfPeriod(p, d)},
    spans as materialized (
      select x.from_m, x.until_m, x.rating, count(*) as n from (
        select r.rating, ${d.greatest(d.monthOf(sql`r.rated_on`), first)} as from_m,
          case when ${ends} > ${p.to} then '9999-12' else ${d.monthOf(ends)} end as until_m
        from r
      ) x group by x.from_m, x.until_m, x.rating
    ),
    moves as (
      select s.from_m as m, s.rating, s.n as delta from spans s where s.from_m < s.until_m
      union all
      select s.until_m, s.rating, -s.n from spans s where s.from_m < s.until_m and s.until_m <= ${last}
    ),
    by_month as (select x.m, x.rating, sum(x.delta) as delta from moves x group by x.m, x.rating)
    select months.m, b.rating, sum(b.delta) as n from months join by_month b on b.m <= months.m group by months.m, b.rating`.execute(db);
  return new Map(rows.filter((r) => Number(r.n) > 0).map((r) => [`rag/${r.m}/${r.rating}`, Number(r.n)]));
}
