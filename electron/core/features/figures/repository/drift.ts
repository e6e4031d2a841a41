import { sql, type RawBuilder } from 'kysely';
import { inScope, type FigureParams, type MemberRow } from './common';
import type { FiguresDialect } from './dialect';

/** Drift now, from the review engine's flags in the tracker cache, and the red streak from the ratings (the first red of the unbroken run ending in the latest). */
export function drift(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  return sql<MemberRow>`
    with tracked as materialized (
      select c.id, ${d.contains(sql`t.flags`, '"rule":"s20-over-2-years"')} as s20, ${d.contains(sql`t.flags`, '"rule":"permanence-plan-due","severity":"alert"')} as no_plan, t.rag = 'red' as red
      from children c join child_tracking t on t.child_id = c.id where ${inScope(p, d)} and c.closed_on is null
    )
    select 'drift/s20' as part, x.id as unit, x.id as child_id from tracked x where x.s20
    union all
    select 'drift/noPlan', x.id, x.id from tracked x where x.no_plan
    union all
    select 'drift/red', x.id, x.id from tracked x where x.red and (
      select min(r.rated_on) from rag_ratings r where r.child_id = x.id and r.rating = 'red'
        and not exists (select 1 from rag_ratings n where n.child_id = x.id and n.rating <> 'red' and (n.rated_on > r.rated_on or (n.rated_on = r.rated_on and n.id > r.id)))
    ) < ${p.redSince}`;
}
