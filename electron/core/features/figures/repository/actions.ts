import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../data/database';
import { inScope, type FigureParams, type MemberRow } from './common';
import type { FiguresDialect } from './dialect';

/**
 * Actions open now (overdue or not yet due) and completed in the period (by impact), one row for each child of each: `measure` says which.
 * The two kinds are read as two ranges of the index that covers them (one with an `or` would look each action up in the table).
 */
function actionsInPeriod(p: FigureParams, d: FiguresDialect) {
  const measure = sql`case when a.status = 'open' then (case when a.due_on < ${p.today} then 'open/overdue' else 'open/notDue' end) else 'completed/' || coalesce(a.impact_rag, 'none') end`;
  return sql`a as materialized (
      select a.id, ac.child_id, c.team_id, a.owner_id, case when a.owner_id is null then a.owner_name end as typed_owner, ${measure} as measure
      from (
          select x.id, x.status, x.due_on, x.impact_rag, x.owner_id, x.owner_name from actions x where x.status = 'open'
          union all
          select x.id, x.status, x.due_on, x.impact_rag, x.owner_id, x.owner_name from actions x where x.status = 'done' and x.completed_on between ${p.from} and ${p.to}
        ) a
        join action_children ac on ac.action_id = a.id
        join children c on c.id = ac.child_id
      where ${inScope(p, d)}
    )`;
}

/** An action's owner as a key: a person by id, or a name typed. */
const ownerKey = (d: FiguresDialect, owner: RawBuilder<unknown>, typed: RawBuilder<unknown>) => sql<string>`case when ${owner} is not null then 'p' || ${owner} else 't' || ${d.hex(typed)} end`;

/** Actions for each team of their children and each owner. */
export function actions(p: FigureParams, d: FiguresDialect): RawBuilder<MemberRow> {
  return sql<MemberRow>`
    with ${actionsInPeriod(p, d)}
    select 'actions/team/' || coalesce(cast(a.team_id as text), 'none') || '/' || a.measure as part, cast(a.id as text) as unit, a.child_id from a
    union all
    select 'actions/owner/' || ${ownerKey(d, sql`a.owner_id`, sql`a.typed_owner`)} || '/' || a.measure, cast(a.id as text), a.child_id from a`;
}

/**
 * How many actions each part counts, with the name of its team or owner: the same actions as
 * their parts' members, counted for each team (or owner) and measure before the parts are named.
 * SQLite gives the teams, then the owners, each in the order of its groups; PostgreSQL is asked for that order.
 */
export async function countActionParts(db: Kysely<Database>, p: FigureParams, d: FiguresDialect): Promise<{ part: string; n: number; owner_label: string | null; team_name: string | null }[]> {
  const pg = d.engine === 'postgres';
  // What SQLite's groups come out in, for PostgreSQL to sort by: the teams, then the owners, each by its group's keys.
  const teamOrder = pg ? sql`, 1 as branch, x.team_id as by_id, null as by_text, x.measure as by_measure` : sql``;
  const ownerOrder = pg ? sql`, 2, x.owner_id, x.typed_owner, x.measure` : sql``;
  const parts = sql`
    with ${actionsInPeriod(p, d)},
    by_team as (select a.team_id, a.measure, count(distinct a.id) as n from a group by a.team_id, a.measure),
    by_owner as (select a.owner_id, a.typed_owner, a.measure, count(distinct a.id) as n from a group by a.owner_id, a.typed_owner, a.measure)
    select 'actions/team/' || coalesce(cast(x.team_id as text), 'none') || '/' || x.measure as part, x.n, null as owner_label, tm.name as team_name${teamOrder}
      from by_team x left join teams tm on tm.id = x.team_id
    union all
    select 'actions/owner/' || ${ownerKey(d, sql`x.owner_id`, sql`x.typed_owner`)} || '/' || x.measure, x.n, coalesce(pe.name, x.typed_owner), null${ownerOrder}
      from by_owner x left join people pe on pe.id = x.owner_id`;
  const query = pg
    ? sql<{ part: string; n: number; owner_label: string | null; team_name: string | null }>`select o.part, o.n, o.owner_label, o.team_name from (${parts}) o
        order by o.branch, o.by_id nulls first, ${d.byBytes(sql`o.by_text`)} nulls first, ${d.byBytes(sql`o.by_measure`)}`
    : sql<{ part: string; n: number; owner_label: string | null; team_name: string | null }>`${parts}`;
  const { rows } = await query.execute(db);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
