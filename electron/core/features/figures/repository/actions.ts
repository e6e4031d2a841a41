import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../data/database';
import type { FigureParams, MemberRow } from './common';
import type { FiguresDialect } from './dialect';

/*
 * Actions open now (overdue or not yet due) and completed in the period (by impact), for each team
 * of their children and each owner. Counted from `action_teams`, each action once for each of its
 * children's teams, which the database's triggers keep (migration 20).
 */

/** Rows shaped as `action_teams`: the table itself, or the same worked out from the actions and their children. */
type ActionTeams = RawBuilder<unknown>;

const KEPT: ActionTeams = sql`action_teams`;

/**
 * What the triggers keep, worked out from the actions, their children and the children's teams
 * as they are now: never read by the figures, it is what `action_teams` must always agree with.
 */
export const FROM_HISTORIES: ActionTeams = sql`(
  select a.id as action_id, t.team_id, case when row_number() over (partition by a.id order by t.team_id nulls first) = 1 then 1 else 0 end as first_team,
    a.status, a.due_on, a.completed_on, a.impact_rag, a.owner_id, case when a.owner_id is null then a.owner_name end as typed_owner
  from actions a join (select distinct ac.action_id, c.team_id from action_children ac join children c on c.id = ac.child_id) t on t.action_id = a.id)`;

/** The actions that count in the period, each once for each team of its children (only the team asked for, when one is): `measure` says how it counts. */
function actionsInPeriod(p: FigureParams, d: FiguresDialect, from: ActionTeams) {
  const measure = sql`case when x.status = 'open' then (case when x.due_on < ${p.today} then 'open/overdue' else 'open/notDue' end) else 'completed/' || coalesce(x.impact_rag, 'none') end`;
  const team = p.teamId === null ? sql`` : sql`and x.team_id = ${d.integer(p.teamId)}`;
  return sql`a as materialized (
      select x.action_id as id, x.team_id, x.first_team, x.owner_id, x.typed_owner, ${measure} as measure
      from ${from} x
      where (x.status = 'open' or (x.status = 'done' and x.completed_on between ${p.from} and ${p.to})) ${team}
    )`;
}

/** An action's owner as a key: a person by id, or a name typed. */
const ownerKey = (d: FiguresDialect, owner: RawBuilder<unknown>, typed: RawBuilder<unknown>) => sql<string>`case when ${owner} is not null then 'p' || ${owner} else 't' || ${d.hex(typed)} end`;

/** Actions for each team of their children and each owner: a row for each child behind each (in the team asked for). */
export function actions(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  return sql<MemberRow>`
    with ${actionsInPeriod(p, d, KEPT)},
    m as (
      select a.id, a.team_id, a.owner_id, a.typed_owner, a.measure, ac.child_id
      from a join action_children ac on ac.action_id = a.id join children c on c.id = ac.child_id
      where c.team_id = a.team_id or (c.team_id is null and a.team_id is null)
    )
    select 'actions/team/' || coalesce(cast(m.team_id as text), 'none') || '/' || m.measure as part, cast(m.id as text) as unit, m.child_id from m
    union all
    select 'actions/owner/' || ${ownerKey(d, sql`m.owner_id`, sql`m.typed_owner`)} || '/' || m.measure, cast(m.id as text), m.child_id from m`;
}

/**
 * How many actions each part counts, with the name of its team or owner. The fifty thousand rows
 * of a year are grouped once, by team, owner and how they count together (a few thousand groups),
 * and the teams' and owners' counts are summed from those groups: grouping the rows themselves
 * twice, by team and again by owner, kept them all in memory and sorted them (on the decade, 89 ms
 * of the team store's time against 25). Only the groups are worded. Teams first, then owners, each
 * in the order of its keys (by bytes, no key first), on either engine.
 */
export async function countActionParts(db: Kysely<Database>, p: FigureParams, d: FiguresDialect, from: ActionTeams = KEPT): Promise<{ part: string; n: number; owner_label: string | null; team_name: string | null }[]> {
  const team = p.teamId === null ? sql`` : sql`and x.team_id = ${d.integer(p.teamId)}`;
  // The open actions and those completed in the period as two ranges of the index that covers them (one with an `or` would read every row).
  const counted = sql`(select * from ${from} y where y.status = 'open' union all select * from ${from} y where y.status = 'done' and y.completed_on between ${p.from} and ${p.to})`;
  const how = sql`x.status, case when x.status = 'open' and x.due_on < ${p.today} then 1 else 0 end as overdue, case when x.status = 'done' then x.impact_rag end as impact`;
  const measure = (g: string) => sql.raw(`case when ${g}.status = 'open' then (case when ${g}.overdue = 1 then 'open/overdue' else 'open/notDue' end) else 'completed/' || coalesce(${g}.impact, 'none') end`);
  // Across all teams an action counts once for its owner (its first team's row); for one team, its one row there.
  const once = p.teamId === null ? sql`and x.first_team = 1` : sql``;
  const { rows } = await sql<{ part: string; n: number; owner_label: string | null; team_name: string | null }>`
    with a as materialized (
      select y.team_id, y.first_team, y.owner_id, y.typed_owner, y.status, y.overdue, y.impact, count(*) as n
      from (select x.team_id, x.first_team, x.owner_id, x.typed_owner, ${how} from ${counted} x where 1 = 1 ${team}) y
      group by y.team_id, y.first_team, y.owner_id, y.typed_owner, y.status, y.overdue, y.impact
    ),
    by_team as (select x.team_id, x.status, x.overdue, x.impact, sum(x.n) as n from a x group by x.team_id, x.status, x.overdue, x.impact),
    by_owner as (select x.owner_id, x.typed_owner, x.status, x.overdue, x.impact, sum(x.n) as n from a x where 1 = 1 ${once} group by x.owner_id, x.typed_owner, x.status, x.overdue, x.impact),
    parts as (
      select 'actions/team/' || coalesce(cast(g.team_id as text), 'none') || '/' || ${measure('g')} as part, g.n, cast(null as text) as owner_label, tm.name as team_name,
          1 as branch, g.team_id as by_id, cast(null as text) as by_text, ${measure('g')} as by_measure
        from by_team g left join teams tm on tm.id = g.team_id
      union all
      select 'actions/owner/' || ${ownerKey(d, sql`g.owner_id`, sql`g.typed_owner`)} || '/' || ${measure('g')}, g.n, coalesce(pe.name, g.typed_owner), null,
          2, g.owner_id, g.typed_owner, ${measure('g')}
        from by_owner g left join people pe on pe.id = g.owner_id
    )
    select o.part, o.n, o.owner_label, o.team_name from parts o
    order by o.branch, o.by_id nulls first, ${d.byBytes(sql`o.by_text`)} nulls first, ${d.byBytes(sql`o.by_measure`)}`.execute(db);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
