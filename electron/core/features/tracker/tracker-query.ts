import type { ParsedInput } from '../../../../shared/contract';
import { todayIso, type IsoDate } from '../../../../shared/domain/dates';
import type { TrackerResult, TrackerRow } from '../../../../shared/schemas/tracker';
import { weeksSinceIssue } from '../../../../shared/review/engine';
import type { ServiceContext } from '../../context';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { childTracking } from '../../data/tables/child-tracking';
import { childrenBehind } from '../figures/figures';
import { allMatchingTrackerRows, countMatched, countTracked, pageOfTrackerRows, type TrackerSelectedRow } from './repository';

type TrackerInput = ParsedInput<'tracker.query'>;

/**
 * The Permanence Tracker: one row per child, filtered, counted and sorted in SQL
 * over the cached review results, and returned a page at a time, so the cost of a
 * query does not grow with the number of children.
 */
export async function queryTracker(ctx: ServiceContext, given: TrackerInput): Promise<TrackerResult> {
  const today = await upToDate(ctx);
  const input = await withFigureChildren(ctx, given);
  const counted = countMatched(ctx.db, input, today);
  // The page may wait for the count: a page past the middle of the list is read from its end.
  const [total, counts, rows] = await Promise.all([countTracked(ctx.db, input), counted, pageOfTrackerRows(ctx.db, input, today, async () => (await counted).matched)]);
  return {
    rows: rows.map((r) => toTrackerRow(r, today)),
    offset: input.offset,
    total,
    matched: counts.matched,
    overdue: counts.overdue,
    red: counts.red,
    today,
  };
}

/** Every matching row in order, for the CSV export. */
export async function allTrackerRows(ctx: ServiceContext, given: TrackerInput): Promise<{ rows: TrackerRow[]; today: IsoDate }> {
  const today = await upToDate(ctx);
  const input = await withFigureChildren(ctx, given);
  const rows = await allMatchingTrackerRows(ctx.db, input, today);
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

function toTrackerRow(r: TrackerSelectedRow, today: IsoDate): TrackerRow {
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
