import { sql, type RawBuilder } from 'kysely';
import type { ParsedInput } from '../../../../shared/contract';
import type { IsoDate } from '../../../../shared/domain/dates';
import type { Db } from '../../db/db-type';
import { containsPattern } from '../../db/contains';
import { countWhere, inIdList, likeIgnoringCase, orderIgnoringCase } from '../../data/dialect';

/** What the tracker is asked for, with the children behind a figure when it is filtered to them. */
export type TrackerFilter = ParsedInput<'tracker.query'> & { childIds?: number[] };

const RAG_ORDER = sql<number>`case t.rag when 'red' then 0 when 'amber' then 1 when 'green' then 2 else 3 end`;

/** How many children the tracker follows (open ones, or all when closed ones are asked for). */
export async function countTracked(db: Db, input: TrackerFilter): Promise<number> {
  const total = await trackedChildren(db, input).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(total.n);
}

/** How many children match the filter, how many of them are overdue and how many rated red. */
export async function countMatched(db: Db, input: TrackerFilter, today: IsoDate): Promise<{ matched: number; overdue: number; red: number }> {
  const counts = await filtered(db, input, today)
    .select((eb) => [
      eb.fn.countAll<number>().as('matched'),
      countWhere(db, sql`t.next_due_date < ${today}`).as('overdue'),
      countWhere(db, sql`t.rag = 'red'`).as('red'),
    ])
    .executeTakeFirstOrThrow();
  return { matched: Number(counts.matched), overdue: Number(counts.overdue), red: Number(counts.red) };
}

/**
 * A page starting this far down may be nearer the end of the list than its start: only then is
 * waiting for the count of matching children worth it (a page near the top never waits).
 */
const FAR_DOWN = 500;

/**
 * One page: the ids are sorted first and the page's rows fetched after, so a page
 * deep in the list sorts thousands of small keys rather than thousands of whole rows.
 * `matched` answers how many children match (counted beside the page): a page past the middle
 * of the list is read from its end, in the reverse order, then put back in order, so the
 * engine keeps in its bounded sort only the children after the page rather than sorting
 * every one before it (on the decade, 463 rather than 8,060 for a page at 8,000).
 */
export async function pageOfTrackerRows(db: Db, input: TrackerFilter, today: IsoDate, matched: () => Promise<number>): Promise<TrackerSelectedRow[]> {
  const page = { limit: input.limit, offset: input.offset };
  const count = input.offset >= FAR_DOWN ? await matched() : null;
  const fromTheEnd = count !== null && input.offset * 2 > count;
  if (fromTheEnd) {
    // Positions [offset, offset + limit) counted from the top are [count - offset - limit, count - offset) from the bottom.
    page.limit = Math.max(0, Math.min(input.limit, count - input.offset));
    page.offset = Math.max(0, count - input.offset - input.limit);
    if (page.limit === 0) return [];
  }
  let idQuery = filtered(db, input, today).select('c.id');
  for (const term of orderTerms(db, input, today, fromTheEnd)) idQuery = idQuery.orderBy(term);
  const found = (await idQuery.limit(page.limit).offset(page.offset).execute()).map((r) => r.id);
  const ids = fromTheEnd ? found.reverse() : found;
  if (ids.length === 0) return [];
  const rows = await withRowColumns(trackedChildren(db, { ...input, includeClosed: true }).leftJoin('teams as tm', 'tm.id', 'c.team_id').leftJoin('people as sw', 'sw.id', 'c.social_worker_id'))
    .where('c.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

/** Every matching row in the tracker's order. */
export async function allMatchingTrackerRows(db: Db, input: TrackerFilter, today: IsoDate): Promise<TrackerSelectedRow[]> {
  let query = withRowColumns(filtered(db, input, today));
  for (const term of orderTerms(db, input, today)) query = query.orderBy(term);
  return query.execute();
}

function trackedChildren(db: Db, input: TrackerFilter) {
  return db
    .selectFrom('children as c')
    .innerJoin('child_tracking as t', 't.child_id', 'c.id')
    .$if(!input.includeClosed, (q) => q.where('c.closed_on', 'is', null));
}

function filtered(db: Db, input: TrackerFilter, today: IsoDate) {
  let q = trackedChildren(db, input).leftJoin('teams as tm', 'tm.id', 'c.team_id').leftJoin('people as sw', 'sw.id', 'c.social_worker_id');
  if (input.childIds) q = q.where(inIdList(db, sql`c.id`, input.childIds));
  if (input.teamId !== null) q = q.where('c.team_id', '=', input.teamId);
  if (input.legalStatus !== null) q = q.where('c.legal_status', '=', input.legalStatus);
  if (input.rag === 'none') q = q.where('t.rag', 'is', null);
  else if (input.rag !== null) q = q.where('t.rag', '=', input.rag);
  if (input.overdueOnly) q = q.where('t.next_due_date', '<', today);
  if (input.search) {
    const like = containsPattern(input.search);
    q = q.where((eb) =>
      eb.or([
        eb(sql`c.case_ref`, likeIgnoringCase(db), like),
        eb(sql`c.first_name || ' ' || c.last_name`, likeIgnoringCase(db), like),
        eb(sql`c.last_name || ' ' || c.first_name`, likeIgnoringCase(db), like),
      ]),
    );
  }
  return q;
}

function withRowColumns<Q extends ReturnType<typeof filtered>>(q: Q) {
  return q.select([
    'c.id',
    'c.case_ref',
    'c.first_name',
    'c.last_name',
    'c.team_id',
    'c.legal_status',
    'c.closed_on',
    'tm.name as team_name',
    'sw.name as social_worker_name',
    't.next_due_kind',
    't.next_due_date',
    't.next_due_reason',
    't.proceedings_issued',
    't.week26_date',
    't.last_discussed_kind',
    't.last_discussed_date',
    't.primary_plan',
    't.parallel_plans',
    't.rag',
    't.rag_reason',
    't.rag_date',
    't.trend',
    't.flags',
  ]);
}

/**
 * The tracker's order, as SQL terms over the joined tables (c, t, tm), ending in a total order so pages never overlap or skip a child.
 * `reversed`: the same order backwards, every term's direction turned (each engine puts NULL at opposite ends of asc and desc, so
 * the reverse is exact).
 */
function orderTerms(db: Db, input: TrackerFilter, today: IsoDate, reversed = false): RawBuilder<unknown>[] {
  // `dir`: the chosen column's way; `up`: the terms that always run one way (nulls last, the tie-breaks).
  const dir = input.descending !== reversed ? sql`desc` : sql`asc`;
  const up = reversed ? sql`desc` : sql`asc`;
  const byColumn: Record<TrackerFilter['sort'], RawBuilder<unknown>[]> = {
    priority: [sql`case when t.next_due_date < ${today} then 0 else 1 end ${up}`, sql`${RAG_ORDER} ${up}`, sql`t.next_due_date is null ${up}`, sql`t.next_due_date ${up}`],
    name: [orderIgnoringCase(db, sql`c.last_name`, dir), orderIgnoringCase(db, sql`c.first_name`, dir)],
    caseRef: [orderIgnoringCase(db, sql`c.case_ref`, dir)],
    team: [sql`tm.name is null ${up}`, orderIgnoringCase(db, sql`tm.name`, dir)],
    nextDue: [sql`t.next_due_date is null ${up}`, sql`t.next_due_date ${dir}`],
    week26: [sql`t.week26_date is null ${up}`, sql`t.week26_date ${dir}`],
    lastDiscussed: [sql`t.last_discussed_date is null ${up}`, sql`t.last_discussed_date ${dir}`],
    rag: [sql`${RAG_ORDER} ${dir}`],
  };
  return [...byColumn[input.sort], sql`c.last_name ${up}`, sql`c.first_name ${up}`, sql`c.id ${up}`];
}

export type TrackerSelectedRow = Awaited<ReturnType<ReturnType<typeof withRowColumns>['execute']>>[number];
