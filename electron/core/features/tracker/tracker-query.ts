import { containsPattern } from '../../db/contains';
import { sql, type RawBuilder } from 'kysely';
import type { ParsedInput } from '../../../../shared/contract';
import { todayIso, type IsoDate } from '../../../../shared/domain/dates';
import type { TrackerResult, TrackerRow } from '../../../../shared/schemas/tracker';
import { weeksSinceIssue } from '../../../../shared/review/engine';
import type { ServiceContext } from '../../context';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { childTracking } from '../../data/tables/child-tracking';
import { childrenBehind } from '../figures/figures';

type TrackerInput = ParsedInput<'tracker.query'>;

const RAG_ORDER = sql<number>`case t.rag when 'red' then 0 when 'amber' then 1 when 'green' then 2 else 3 end`;

/**
 * The Permanence Tracker: one row per child, filtered, counted and sorted in SQL
 * over the cached review results, and returned a page at a time, so the cost of a
 * query does not grow with the number of children.
 */
export async function queryTracker(ctx: ServiceContext, given: TrackerInput): Promise<TrackerResult> {
  const today = await upToDate(ctx);
  const input = await withFigureChildren(ctx, given);
  const [total, counts, rows] = await Promise.all([
    trackedChildren(ctx, input).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    filtered(ctx, input, today)
      .select((eb) => [
        eb.fn.countAll<number>().as('matched'),
        sql<number>`coalesce(sum(t.next_due_date < ${today}), 0)`.as('overdue'),
        sql<number>`coalesce(sum(t.rag = 'red'), 0)`.as('red'),
      ])
      .executeTakeFirstOrThrow(),
    pageOfRows(ctx, input, today),
  ]);
  return {
    rows,
    offset: input.offset,
    total: Number(total.n),
    matched: Number(counts.matched),
    overdue: Number(counts.overdue),
    red: Number(counts.red),
    today,
  };
}

/**
 * One page: the ids are sorted first and the page's rows fetched after, so a page
 * deep in the list sorts thousands of small keys rather than thousands of whole rows.
 */
async function pageOfRows(ctx: ServiceContext, input: TrackerInput, today: IsoDate): Promise<TrackerRow[]> {
  let idQuery = filtered(ctx, input, today).select('c.id');
  for (const term of orderTerms(input, today)) idQuery = idQuery.orderBy(term);
  const ids = (await idQuery.limit(input.limit).offset(input.offset).execute()).map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await withRowColumns(trackedChildren(ctx, { ...input, includeClosed: true }).leftJoin('teams as tm', 'tm.id', 'c.team_id').leftJoin('people as sw', 'sw.id', 'c.social_worker_id'))
    .where('c.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => toTrackerRow(byId.get(id)!, today));
}

/** Every matching row in order, for the CSV export. */
export async function allTrackerRows(ctx: ServiceContext, given: TrackerInput): Promise<{ rows: TrackerRow[]; today: IsoDate }> {
  const today = await upToDate(ctx);
  const input = await withFigureChildren(ctx, given);
  let query = withRowColumns(filtered(ctx, input, today));
  for (const term of orderTerms(input, today)) query = query.orderBy(term);
  const rows = await query.execute();
  return { rows: rows.map((r) => toTrackerRow(r, today)), today };
}

/** The tracker filtered to the children behind a number of the figures: those children, open or since closed (a figure may count a child at the period's start). */
async function withFigureChildren(ctx: ServiceContext, input: TrackerInput): Promise<TrackerInput & { childIds?: number[] }> {
  if (!input.figure) return input;
  return { ...input, includeClosed: true, childIds: await childrenBehind(ctx, input.figure) };
}

async function upToDate(ctx: ServiceContext): Promise<IsoDate> {
  const today = todayIso(ctx.now());
  await bringTrackingUpToDate(ctx.db, today);
  return today;
}

function trackedChildren(ctx: ServiceContext, input: TrackerInput) {
  return ctx.db
    .selectFrom('children as c')
    .innerJoin('child_tracking as t', 't.child_id', 'c.id')
    .$if(!input.includeClosed, (q) => q.where('c.closed_on', 'is', null));
}

function filtered(ctx: ServiceContext, input: TrackerInput & { childIds?: number[] }, today: IsoDate) {
  let q = trackedChildren(ctx, input).leftJoin('teams as tm', 'tm.id', 'c.team_id').leftJoin('people as sw', 'sw.id', 'c.social_worker_id');
  if (input.childIds) q = q.where(sql<boolean>`c.id in (select value from json_each(${JSON.stringify(input.childIds)}))`);
  if (input.teamId !== null) q = q.where('c.team_id', '=', input.teamId);
  if (input.legalStatus !== null) q = q.where('c.legal_status', '=', input.legalStatus);
  if (input.rag === 'none') q = q.where('t.rag', 'is', null);
  else if (input.rag !== null) q = q.where('t.rag', '=', input.rag);
  if (input.overdueOnly) q = q.where('t.next_due_date', '<', today);
  if (input.search) {
    const like = containsPattern(input.search);
    q = q.where((eb) =>
      eb.or([
        eb(sql`c.case_ref`, 'like', like),
        eb(sql`c.first_name || ' ' || c.last_name`, 'like', like),
        eb(sql`c.last_name || ' ' || c.first_name`, 'like', like),
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

/** The tracker's order, as SQL terms over the joined tables (c, t, tm), ending in a total order so pages never overlap or skip a child. */
function orderTerms(input: TrackerInput, today: IsoDate): RawBuilder<unknown>[] {
  const dir = input.descending ? sql`desc` : sql`asc`;
  const byColumn: Record<TrackerInput['sort'], RawBuilder<unknown>[]> = {
    priority: [sql`case when t.next_due_date < ${today} then 0 else 1 end`, RAG_ORDER, sql`t.next_due_date is null`, sql`t.next_due_date`],
    name: [sql`c.last_name collate nocase ${dir}`, sql`c.first_name collate nocase ${dir}`],
    caseRef: [sql`c.case_ref collate nocase ${dir}`],
    team: [sql`tm.name is null`, sql`tm.name collate nocase ${dir}`],
    nextDue: [sql`t.next_due_date is null`, sql`t.next_due_date ${dir}`],
    week26: [sql`t.week26_date is null`, sql`t.week26_date ${dir}`],
    lastDiscussed: [sql`t.last_discussed_date is null`, sql`t.last_discussed_date ${dir}`],
    rag: [sql`${RAG_ORDER} ${dir}`],
  };
  return [...byColumn[input.sort], sql`c.last_name`, sql`c.first_name`, sql`c.id`];
}

type SelectedRow = Awaited<ReturnType<ReturnType<typeof withRowColumns>['execute']>>[number];

function toTrackerRow(r: SelectedRow, today: IsoDate): TrackerRow {
  return {
    childId: r.id,
    caseRef: r.case_ref,
    firstName: r.first_name,
    lastName: r.last_name,
    teamId: r.team_id,
    teamName: r.team_name,
    socialWorkerName: r.social_worker_name,
    legalStatus: r.legal_status,
    proceedingsIssued: r.proceedings_issued,
    weeksSinceIssue: r.proceedings_issued ? weeksSinceIssue(r.proceedings_issued, today) : null,
    week26Date: r.week26_date,
    primaryPlan: r.primary_plan,
    parallelPlans: childTracking.columns.parallel_plans.decode(r.parallel_plans),
    rag: r.rag,
    ragReason: r.rag_reason,
    ragDate: r.rag_date,
    trend: childTracking.columns.trend.decode(r.trend),
    lastDiscussed: r.last_discussed_kind && r.last_discussed_date ? { kind: r.last_discussed_kind, date: r.last_discussed_date } : null,
    nextDue: r.next_due_kind && r.next_due_date ? { kind: r.next_due_kind, date: r.next_due_date, reason: r.next_due_reason ?? '' } : null,
    overdue: r.next_due_date !== null && r.next_due_date < today,
    flags: childTracking.columns.flags.decode(r.flags),
    closed: r.closed_on !== null,
  };
}
