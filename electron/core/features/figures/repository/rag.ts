import { sql, type RawBuilder } from 'kysely';
import { inScope, type FigureParams, type MemberRow } from './common';
import type { FiguresDialect } from './dialect';

/**
 * Each child's latest rating at the end of each month of the period (the last day of the period for its last month), as the tracker shows the latest.
 * Ten years of ratings come down to those that can be the latest at a month's end: for each child, its ratings from the day of
 * its latest by the end of the first month (that one standing in for all before it) to the period's end, read from the child's
 * own range of the index, each kept only if no other came after it in its own month.
 */
export function rag(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  const to = d.text(p.to);
  const firstEnd = d.least(d.monthEnd(d.text(p.from)), to);
  const nextDay = d.plusDays(sql`month_end`, 1);
  // `+c.id`: the unary plus keeps the planner from scanning every rating and looking its child up; it reads each child's own range instead.
  return sql<MemberRow>`
    with recursive months(m, month_end) as materialized (
      select ${d.monthOf(d.text(p.from))}, ${firstEnd}
      union all
      select ${d.monthOf(nextDay)}, ${d.least(d.monthEnd(nextDay), to)} from months where month_end < ${to}
    ),
    r0 as (
      select rr.child_id, rr.rating, rr.rated_on, rr.id, c.closed_on
      from children c join rag_ratings rr on rr.child_id = +c.id
      where ${inScope(p, d)} and rr.rated_on <= ${p.to}
        and rr.rated_on >= coalesce((select max(l.rated_on) from rag_ratings l where l.child_id = c.id and l.rated_on <= ${firstEnd}), ${firstEnd})
    ),
    r as materialized (
      select * from (
        select r0.child_id, r0.rating, r0.rated_on, lead(r0.rated_on) over (partition by r0.child_id order by r0.rated_on, r0.id) as next_on, r0.closed_on
        from r0
      ) x where x.next_on is null or x.next_on > ${d.least(d.monthEnd(sql`x.rated_on`), to)}
    )
    select 'rag/' || months.m || '/' || r.rating as part, r.child_id || ':' || months.m as unit, r.child_id
    from months join r on r.rated_on <= months.month_end and (r.next_on is null or r.next_on > months.month_end)
    where r.closed_on is null or r.closed_on > months.month_end`;
}
