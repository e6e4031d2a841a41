import { sql, type RawBuilder } from 'kysely';
import { TEAM_SCHEMA } from './engine';
import type { Migration } from './types';

// The migration's own view of the database, as every migration's `up` has it.
type Db = Parameters<Migration['up']>[0];

/**
 * Each RAG rating with the day the child's next rating came (a far day while it is the latest),
 * kept by triggers whenever a rating is added, changed or removed (a meeting closed again replaces
 * its ratings). The figures' RAG over time reads the ratings that were the latest in a period as
 * one range of an index, where each request sought every child's ratings and ordered them.
 */

/** Works the spans of the children `ids` (an SQL list or subquery of child ids) out again. */
function refresh(ids: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`delete from rating_spans where child_id in (${ids});
    insert into rating_spans (rating_id, child_id, rating, rated_on, until)
      select r.id, r.child_id, r.rating, r.rated_on, coalesce(lead(r.rated_on) over (partition by r.child_id order by r.rated_on, r.id), '9999-12-31')
      from rag_ratings r where r.child_id in (${ids});`;
}

/**
 * PostgreSQL: the trigger function runs as the tables' owner (security definer) with its search
 * path fixed, so the table is only read by every role. A child's spans are worked out under a lock
 * on the child (in order of id, to the end of the transaction), as action_teams' rows are under a
 * lock on the action: two ratings of one child added at once would otherwise each delete the spans
 * and insert them afresh, the second missing the first's and inserting its rating's span again.
 */
async function onPostgres(db: Db): Promise<void> {
  await sql`create function rating_spans_keep() returns trigger language plpgsql security definer
    set search_path = pg_catalog, ${sql.id(TEAM_SCHEMA)}, pg_temp as $$
    declare ids integer[] := array[new.child_id, old.child_id];
      locked integer;
    begin
      -- Keys (21, the child's id), as action_teams' are (20, the action's id).
      for locked in select distinct u from unnest(ids) u where u is not null order by u loop
        perform pg_advisory_xact_lock(21, locked);
      end loop;
      ${refresh(sql`select unnest(ids)`)}
      return null;
    end $$`.execute(db);
  await sql`create trigger rating_spans_ratings after insert or delete or update of child_id, rating, rated_on on rag_ratings for each row execute function rating_spans_keep()`.execute(db);
}

async function onSqlite(db: Db): Promise<void> {
  await sql`create trigger rating_spans_added after insert on rag_ratings begin ${refresh(sql`new.child_id`)} end`.execute(db);
  await sql`create trigger rating_spans_changed after update of child_id, rating, rated_on on rag_ratings begin ${refresh(sql`new.child_id, old.child_id`)} end`.execute(db);
  await sql`create trigger rating_spans_removed after delete on rag_ratings begin ${refresh(sql`old.child_id`)} end`.execute(db);
}

export const m021RatingSpans: Migration = {
  version: 21,
  name: 'each RAG rating with the day the next came, kept by triggers, for the figures',
  async up(db, engine) {
    await db.schema
      .createTable('rating_spans')
      .addColumn('rating_id', 'integer', (c) => c.primaryKey())
      .addColumn('child_id', 'integer', (c) => c.notNull())
      .addColumn('rating', 'text', (c) => c.notNull())
      .addColumn('rated_on', 'text', (c) => c.notNull())
      .addColumn('until', 'text', (c) => c.notNull())
      .execute();
    await sql`create index rating_spans_child on rating_spans (child_id)`.execute(db);
    // The ratings still the latest after a day, from the index alone.
    await sql`create index rating_spans_until on rating_spans (until, rated_on, child_id, rating)`.execute(db);
    await sql`insert into rating_spans (rating_id, child_id, rating, rated_on, until)
      select r.id, r.child_id, r.rating, r.rated_on, coalesce(lead(r.rated_on) over (partition by r.child_id order by r.rated_on, r.id), '9999-12-31')
      from rag_ratings r`.execute(db);
    if (engine === 'postgres') await onPostgres(db);
    else await onSqlite(db);
  },
};
