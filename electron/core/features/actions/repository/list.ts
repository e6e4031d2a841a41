import { sql } from 'kysely';
import type { ActionQuery } from '../../../../../shared/schemas/actions';
import { containsPattern } from '../../../db/contains';
import type { Db } from '../../../db/db-type';
import { engineOf, inIdList, likeIgnoringCase } from '../../../data/dialect';
import { idIn, type IdList } from '../../../data/read-together';

/** What narrows the actions: everything in the page's query except the page itself. */
export type ActionFilter = Omit<ActionQuery, 'limit' | 'offset'>;

/**
 * The actions matching the filters, as a query still to be selected from. The list and
 * its exports both start here, so a filter never means one thing on screen and another
 * on paper. `today` decides what is overdue; `teamChildren`, the team's children when they
 * were listed first (`teamChildrenListed`).
 */
function filteredActions(db: Db, input: ActionFilter, today: string, teamChildren: readonly number[] | null) {
  const status = input.status === 'all' ? null : input.status;
  return (
    db
      .selectFrom('actions as a')
      .$if(status !== null, (q) => q.where('a.status', '=', status!))
      .$if(input.ownerId !== null, (q) => q.where('a.owner_id', '=', input.ownerId!))
      .$if(input.ownerName !== null, (q) => q.where('a.owner_name', likeIgnoringCase(db), containsPattern(input.ownerName!)))
      .$if(input.dueBy !== null, (q) => q.where('a.due_on', '<=', input.dueBy!))
      .$if(input.overdue, (q) => q.where('a.status', '=', 'open').where('a.due_on', '<', today))
      .$if(input.progressRag !== null, (q) => (input.progressRag === 'none' ? q.where('a.progress_rag', 'is', null) : q.where('a.progress_rag', '=', input.progressRag!)))
      .$if(input.impactRag !== null, (q) => (input.impactRag === 'none' ? q.where('a.impact_rag', 'is', null) : q.where('a.impact_rag', '=', input.impactRag!)))
      // Driven from action_children's (child_id, action_id) index: a child or a team has few actions among many.
      .$if(input.childId !== null, (q) => q.where('a.id', 'in', (eb) => eb.selectFrom('action_children as ac').select('ac.action_id').where('ac.child_id', '=', input.childId!)))
      .$if(input.teamId !== null, (q) =>
        q.where('a.id', 'in', (eb) => {
          const ac = eb.selectFrom('action_children as ac').select('ac.action_id');
          if (teamChildren !== null) return ac.where(inIdList(db, sql`ac.child_id`, teamChildren));
          return ac.innerJoin('children as c', 'c.id', 'ac.child_id').where('c.team_id', '=', input.teamId!);
        }),
      )
  );
}

/**
 * PostgreSQL: the team's children, listed before the actions are asked for (a small read by
 * children's team index). Given the join instead, the server guesses how many of the 155,195
 * entries of action_children belong to a team from the team's share of children, and on the
 * decade either reads all of them to hash against the team's thousand children or, guessing few,
 * looks each of its 26,000 entries up among the actions one by one; given the children's ids
 * themselves, it knows how many entries they have (the column's statistics) and chooses well.
 * SQLite finds them by the index from the join already: null, nothing listed.
 */
async function teamChildrenListed(db: Db, input: ActionFilter): Promise<readonly number[] | null> {
  if (input.teamId === null || engineOf(db) !== 'postgres') return null;
  const rows = await db.selectFrom('children').select('id').where('team_id', '=', input.teamId).execute();
  return rows.map((r) => r.id);
}

/** How many actions match the filters. */
export async function countActions(db: Db, filter: ActionFilter, today: string): Promise<number> {
  const r = await filteredActions(db, filter, today, await teamChildrenListed(db, filter))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The ids of the matching actions, soonest due first (then by id): all of them, or a page. */
export async function idsOfActions(db: Db, filter: ActionFilter, today: string, page?: { limit: number; offset: number }): Promise<number[]> {
  const q = filteredActions(db, filter, today, await teamChildrenListed(db, filter)).select('a.id').orderBy('a.due_on').orderBy('a.id');
  const rows = await (page ? q.limit(page.limit).offset(page.offset) : q).execute();
  return rows.map((r) => r.id);
}

/**
 * How many actions match and a page of their ids, as the list shows them. Two reads side by side,
 * except on PostgreSQL for a team's: its matching actions found once, as a whole, then counted and
 * the page taken from them, in one statement. Asked for a page in due order on its own, the server
 * walks the open actions in that order looking for the team's (instant for a team with thousands,
 * every open action for a team with a handful: its estimate cannot tell which); found as a whole,
 * the page costs nothing beyond the count, whichever the team.
 */
export async function countAndPageOfActions(db: Db, filter: ActionFilter, today: string, page: { limit: number; offset: number }): Promise<{ total: number; ids: number[] }> {
  const teamChildren = await teamChildrenListed(db, filter);
  if (teamChildren === null) {
    const [total, ids] = await Promise.all([countActions(db, filter, today), idsOfActions(db, filter, today, page)]);
    return { total, ids };
  }
  const matching = filteredActions(db, filter, today, teamChildren).select(['a.id', 'a.due_on']);
  const { rows } = await sql<{ total: number | string; ids: number[] }>`
    with matching as materialized (${matching})
    select (select count(*) from matching) as total,
      array(select id from matching order by due_on, id limit ${page.limit} offset ${page.offset}) as ids`.execute(db);
  return { total: Number(rows[0]!.total), ids: rows[0]!.ids };
}

/**
 * Some actions as every screen shows them: their rows with their meetings and owners, and their
 * children with their teams, by surname. Keyed by ids given or by a query that finds them, so a page
 * can send these beside its own reads (`readTogether`). Queries only: the caller runs them.
 */
export function actionRowQueries(db: Db, ids: IdList) {
  return {
    rows: db
      .selectFrom('actions as a')
      .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
      .innerJoin('meeting_types as t', 't.id', 'm.type_id')
      .leftJoin('people as p', 'p.id', 'a.owner_id')
      .select([
        'a.id',
        'a.meeting_id',
        'a.item_id',
        'm.date',
        't.name as type_name',
        'a.text',
        'a.owner_id',
        'a.owner_name',
        'p.name as person_name',
        'a.due_on',
        'a.status',
        'a.completed_on',
        'a.progress_rag',
        'a.impact_rag',
        'a.last_note',
        'a.updated_at',
        'a.plan_row',
        'a.version',
      ])
      .where(idIn(db, 'a.id', ids)),
    children: db
      .selectFrom('action_children as ac')
      .innerJoin('children as c', 'c.id', 'ac.child_id')
      .leftJoin('teams as tm', 'tm.id', 'c.team_id')
      .select(['ac.action_id', 'c.id', 'c.case_ref', 'c.first_name', 'c.last_name', 'tm.name as team_name'])
      .where(idIn(db, 'ac.action_id', ids))
      .orderBy('c.last_name')
      .orderBy('c.first_name'),
  };
}

/** The names a filter's words show: of its team, its owner and its child. */

export function childNamed(db: Db, childId: number) {
  return db.selectFrom('children').select(['case_ref', 'first_name', 'last_name']).where('id', '=', childId).executeTakeFirst();
}
