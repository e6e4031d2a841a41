import { sql, type RawBuilder } from 'kysely';
import { TEAM_SCHEMA } from './engine';
import type { Migration } from './types';

// The migration's own view of the database, as every migration's `up` has it.
type Db = Parameters<Migration['up']>[0];

/**
 * Each action once for each team its children are in, with what the figures count it by, kept by
 * triggers (as the legal status history is) whenever an action is added, changed in what is
 * counted (status, due day, day completed, impact, owner) or removed, a child is added to or taken
 * from it, or one of its children moves team. The figures then count a year's actions for every
 * team and owner from this one table, where each request joined all 20,000 open actions of a
 * decade to their children and their children to teams, and counted distinct ids twice over.
 * `first_team` marks one row of each action, so counting by owner across all teams counts it once.
 */

/** Works the rows of the actions `ids` (an SQL list or subquery of action ids) out again. */
function refresh(ids: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`delete from action_teams where action_id in (${ids});
    insert into action_teams (action_id, team_id, first_team, status, due_on, completed_on, impact_rag, owner_id, typed_owner)
      select a.id, t.team_id, case when row_number() over (partition by a.id order by t.team_id nulls first) = 1 then 1 else 0 end,
        a.status, a.due_on, a.completed_on, a.impact_rag, a.owner_id, case when a.owner_id is null then a.owner_name end
      from actions a join (
        select distinct ac.action_id, c.team_id from action_children ac join children c on c.id = ac.child_id where ac.action_id in (${ids})
      ) t on t.action_id = a.id;`;
}

const COUNTED_COLUMNS = sql.raw('status, due_on, completed_on, impact_rag, owner_id, owner_name');

const FILL = sql`insert into action_teams (action_id, team_id, first_team, status, due_on, completed_on, impact_rag, owner_id, typed_owner)
  select a.id, t.team_id, case when row_number() over (partition by a.id order by t.team_id nulls first) = 1 then 1 else 0 end,
    a.status, a.due_on, a.completed_on, a.impact_rag, a.owner_id, case when a.owner_id is null then a.owner_name end
  from actions a join (select distinct ac.action_id, c.team_id from action_children ac join children c on c.id = ac.child_id) t on t.action_id = a.id`;

/**
 * PostgreSQL: one trigger function for the three tables, run as the tables' owner (security
 * definer) with its search path fixed, so whoever may change an action or a child's team needs no
 * right to write the figures' table, which every role only reads. Two people changing the same
 * action at once (one completes it while another moves its child to a team) would each delete its
 * rows and insert them afresh: the second's delete waits for the first's and then misses the rows
 * the first inserted, so the action would be counted twice. Each action's rows are therefore worked
 * out under a lock on the action (taken in order of id, held to the end of the transaction), and
 * the second works them out after the first has committed, from what it committed.
 */
async function onPostgres(db: Db): Promise<void> {
  await sql`create function action_teams_keep() returns trigger language plpgsql security definer
    set search_path = pg_catalog, ${sql.id(TEAM_SCHEMA)}, pg_temp as $$
    declare ids integer[];
      locked integer;
    begin
      if tg_table_name = 'actions' then
        ids := array[coalesce(new.id, old.id)];
      elsif tg_table_name = 'action_children' then
        ids := array[new.action_id, old.action_id];
      else
        ids := array(select ac.action_id from action_children ac where ac.child_id = new.id);
      end if;
      -- Keys (20, the action's id): this migration's number first, apart from the migrations' own lock, which takes one key.
      for locked in select distinct u from unnest(ids) u where u is not null order by u loop
        perform pg_advisory_xact_lock(20, locked);
      end loop;
      ${refresh(sql`select unnest(ids)`)}
      return null;
    end $$`.execute(db);
  await sql`create trigger action_teams_action after insert or delete or update of ${COUNTED_COLUMNS} on actions for each row execute function action_teams_keep()`.execute(db);
  await sql`create trigger action_teams_children after insert or update or delete on action_children for each row execute function action_teams_keep()`.execute(db);
  await sql`create trigger action_teams_child_team after update of team_id on children for each row
    when (new.team_id is distinct from old.team_id) execute function action_teams_keep()`.execute(db);
}

async function onSqlite(db: Db): Promise<void> {
  await sql`create trigger action_teams_action_added after insert on actions begin ${refresh(sql`new.id`)} end`.execute(db);
  await sql`create trigger action_teams_action_changed after update of ${COUNTED_COLUMNS} on actions begin ${refresh(sql`new.id`)} end`.execute(db);
  await sql`create trigger action_teams_action_removed after delete on actions begin delete from action_teams where action_id = old.id; end`.execute(db);
  await sql`create trigger action_teams_child_added after insert on action_children begin ${refresh(sql`new.action_id`)} end`.execute(db);
  await sql`create trigger action_teams_child_changed after update on action_children begin ${refresh(sql`new.action_id, old.action_id`)} end`.execute(db);
  await sql`create trigger action_teams_child_removed after delete on action_children begin ${refresh(sql`old.action_id`)} end`.execute(db);
  await sql`create trigger action_teams_child_team after update of team_id on children when new.team_id is not old.team_id begin
      ${refresh(sql`select ac.action_id from action_children ac where ac.child_id = new.id`)}
    end`.execute(db);
}

export const m020ActionTeams: Migration = {
  version: 20,
  name: 'each action once for each of its children’s teams, kept by triggers, for the figures',
  async up(db, engine) {
    await db.schema
      .createTable('action_teams')
      .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id').onDelete('cascade'))
      .addColumn('team_id', 'integer')
      .addColumn('first_team', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('completed_on', 'text')
      .addColumn('impact_rag', 'text')
      .addColumn('owner_id', 'integer')
      .addColumn('typed_owner', 'text')
      .execute();
    // One row for each action and team (no team counts as one): a race that slipped past the lock would fail, not count twice.
    await sql`create unique index action_teams_action on action_teams (action_id, coalesce(team_id, -1))`.execute(db);
    // What the figures read, from the index alone: the open actions as one range of it, those completed in a period as another.
    await sql`create index action_teams_counted on action_teams (status, completed_on, due_on, team_id, first_team, impact_rag, owner_id, typed_owner)`.execute(db);
    await sql`${FILL}`.execute(db);
    if (engine === 'postgres') await onPostgres(db);
    else await onSqlite(db);
  },
};
