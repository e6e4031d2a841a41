import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../data/database';
import { weeksBands } from '../../../../../shared/figures/definitions';
import { inScope, type FigureParams, type MemberRow } from './common';
import type { FiguresDialect } from './dialect';

/**
 * Proceedings concluded: the day an interim care order was recorded as having become
 * another status, or a placement order made, whichever came first after the proceedings
 * were issued. `weeks` is the time from issue, in weeks.
 */
export function concluded(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow & { weeks: number }> {
  return sql<MemberRow & { weeks: number }>`
    with ends as (
      select h.child_id, h.since as ended from (
        select h.child_id, h.since, h.legal_status, lag(h.legal_status) over (partition by h.child_id order by h.since, h.id) as before from legal_status_history h
      ) h where h.legal_status not in ('interim_care_order', 'pre_proceedings') and h.before = 'interim_care_order'
      union
      select k.child_id, k.date from key_dates k where k.type = 'placement_order'
    ),
    issued as (
      select x.child_id, min(x.ended) as ended, x.issued from (
        select e.child_id, e.ended, (select max(k.date) from key_dates k where k.child_id = e.child_id and k.type = 'proceedings_issued' and k.date <= e.ended) as issued from ends e
      ) x where x.issued is not null group by x.child_id, x.issued
    )
    select 'proceedings/concluded/' || case when i.ended <= ${d.plusDays(sql`i.issued`, p.settings.week26Weeks * 7)} then 'within' else 'over' end as part,
      i.child_id || ':' || i.issued as unit, i.child_id, ${d.weeks(sql`i.ended`, sql`i.issued`)} as weeks
    from issued i join children c on c.id = i.child_id
    where ${inScope(p, d)} and i.ended between ${p.from} and ${p.to}`;
}

/** Weeks since issue for proceedings open now (the tracker's own week count), in bands against the timescale. */
function open(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  const weeks = d.wholeWeeks(d.text(p.today), sql`t.proceedings_issued`);
  const band = sql.join(
    weeksBands(p.settings.week26Weeks).map((b) => (b.to === null ? sql`when ${weeks} >= ${b.from} then ${b.key}` : sql`when ${weeks} between ${b.from} and ${b.to} then ${b.key}`)),
    sql` `,
  );
  return sql<MemberRow>`
    select 'proceedings/open/' || case ${band} end as part, cast(c.id as text) as unit, c.id as child_id
      from children c join child_tracking t on t.child_id = c.id
      where ${inScope(p, d)} and c.closed_on is null and c.legal_status in ('interim_care_order', 'pre_proceedings') and t.proceedings_issued <= ${p.today}`;
}

/** Weeks since issue for proceedings open now, in bands against the timescale; and those concluded in the period. */
export function proceedings(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  return sql<MemberRow>`
    select part, unit, child_id from (${open(p, d)}) x
    union all
    select part, unit, child_id from (${concluded(p, d)}) x`;
}

/**
 * The proceedings figure counted (units per part, each listed once, as countParts counts) with the median weeks from
 * issue of those concluded in the period (null when none were), from one pass over the concluded
 * proceedings: the same members as `proceedings`, the median over the same rows.
 */
export async function countProceedings(db: Kysely<Database>, p: FigureParams, d: FiguresDialect): Promise<{ parts: Map<string, number>; medianWeeks: number | null }> {
  const { rows } = await sql<{ part: string | null; n: number | null; median: number | null }>`
    with x as materialized (${concluded(p, d)}),
    w as (select x.weeks, row_number() over (order by x.weeks) as rn, count(*) over () as total from x)
    select m.part, count(*) as n, null as median
      from (select o.part, o.unit from (${open(p, d)}) o union all select x.part, x.unit from x) m group by m.part
    union all
    select null, null, (select avg(w.weeks) from w where w.rn in ((w.total + 1) / 2, (w.total + 2) / 2))`.execute(db);
  const parts = new Map<string, number>();
  let medianWeeks: number | null = null;
  for (const r of rows) {
    if (r.part === null) medianWeeks = r.median === null ? null : Number(r.median);
    else parts.set(r.part, Number(r.n));
  }
  return { parts, medianWeeks };
}
