import { sql, type RawBuilder } from 'kysely';
import { IN_CARE, inScope, statusAt, type FigureParams, type MemberRow } from './common';
import type { FiguresDialect } from './dialect';

/** Children in care (and in pre-proceedings) by primary plan and by legal status: now from the tracker cache, at the period's start from the histories. */
export function inCare(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  const start = d.text(p.from);
  const planOn = sql`coalesce(pl.agreed_on, ${d.localDay(sql`pl.recorded_at`, p.recordedSpan)})`;
  return sql<MemberRow>`
    with s as materialized (
      select c.id, c.date_entered_care as entered, ${statusAt(start)} as status,
        exists (select 1 from legal_status_history h where h.child_id = c.id and h.since <= ${start}) as recorded
      from children c where ${inScope(p, d)} and (c.closed_on is null or c.closed_on > ${start})
    )
    select 'inCare/now/plan/' || coalesce(t.primary_plan, 'none') as part, c.id as unit, c.id as child_id
      from children c join child_tracking t on t.child_id = c.id
      where ${inScope(p, d)} and c.closed_on is null and c.date_entered_care is not null and c.legal_status in (${IN_CARE})
    union all
    select 'inCare/now/status/' || c.legal_status, c.id, c.id
      from children c join child_tracking t on t.child_id = c.id
      where ${inScope(p, d)} and c.closed_on is null and ((c.date_entered_care is not null and c.legal_status in (${IN_CARE})) or c.legal_status = 'pre_proceedings')
    union all
    select 'inCare/start/plan/' || coalesce(
        (select pl.primary_option from permanence_plans pl where pl.child_id = s.id and ${planOn} <= ${start} order by ${planOn} desc, pl.id desc limit 1), 'none'), s.id, s.id
      from s where s.status in (${IN_CARE}) and s.entered <= ${start}
    union all
    select 'inCare/start/status/' || s.status, s.id, s.id
      from s where (s.status in (${IN_CARE}) and s.entered <= ${start}) or (s.status = 'pre_proceedings' and s.recorded)`;
}
