import { sql, type RawBuilder } from 'kysely';
import type { FigureParams, MemberRow } from './common';
import type { FiguresDialect } from './dialect';
import { reviewGapsOf, type GapParams, type GapRow } from './review-gaps';

/*
 * Timeliness in a period: Care Planning Meetings and Child in Care reviews held by their
 * deadlines, and the Permanence Panels at 4 and 14 weeks after a decision to issue, counted from
 * each child's deadlines (review-gaps.ts) as the tracker's refresh keeps them in `review_gaps`.
 */

/**
 * A period's members from a set of deadlines. A run from one meeting to the next counts in the
 * period if the next meeting was held in it (on time or late), or if it fell due before the
 * period's end with none held by then (not held: counted only if the child was in care and open
 * when it fell due). A panel's window counts when its panel was held in the period, or when it
 * closed in the period, before today, with none.
 */
function counted(p: FigureParams, d: FiguresDialect, gaps: RawBuilder<GapRow>): RawBuilder<MemberRow> {
  const held = sql`g.next between ${p.from} and ${p.to}`;
  const runs = sql`g.windowed = 0 and (${held} or ((g.next is null or g.next > ${p.to}) and g.due_on < ${p.to})) and (g.next is not null or g.missing_counts = 1)`;
  const windows = sql`g.windowed = 1 and (${held} or (g.next is null and g.due_on between ${p.from} and ${p.to} and g.due_on < ${p.today}))`;
  // One team's deadlines: its children's, by the children's index on team, without a look-up of every child for all teams.
  const team = p.teamId === null ? sql`` : sql`and g.child_id in (select c.id from children c where c.team_id = ${d.integer(p.teamId)})`;
  return sql<MemberRow>`
    select 'timeliness/' || g.measure || '/' || case when ${held} then (case when g.next <= g.due_on then 'onTime' else 'late' end) else 'notHeld' end as part,
      g.unit, g.child_id
    from (${gaps}) g
    where ((${runs}) or (${windows})) ${team}`;
}

/** The period's timeliness from the deadlines the tracker's refresh keeps (brought up to today before the figures are read). */
export function timeliness(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  return counted(p, d, sql<GapRow>`select * from review_gaps`);
}

/**
 * The same, from the histories directly: every child's deadlines worked out afresh within the
 * query. The figures never ask for it; it is what the kept deadlines must always agree with.
 */
export function timelinessFromHistories(p: FigureParams, g: GapParams, d: FiguresDialect): RawBuilder<MemberRow> {
  return counted(p, d, reviewGapsOf(g, d, sql<boolean>`1 = 1`));
}
