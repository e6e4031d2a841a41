import type { Kysely, Transaction } from 'kysely';
import type { IsoDate } from '../../../../shared/domain/dates';
import { reviewChild } from '../../../../shared/review/engine';
import { WALSALL_DEFAULTS, type ChildReviewState } from '../../../../shared/review/types';
import { storedReviewSettings } from '../../../../shared/schemas/review-settings';
import type { Database, NewTrackingRow } from '../../db/schema';
import { letWaitingCallsIn } from '../../let-waiting-calls-in';
import { loadBankHolidays } from '../calendar';
import { readSetting } from '../settings-store';
import { loadPanelTurns, loadReviewInputs, type PanelTurns } from './review-inputs';

type Db = Kysely<Database> | Transaction<Database>;

/** Children per batch: bounds memory on a full refresh and keeps IN lists well inside SQLite's limits. */
const CHUNK = 1000;

/**
 * Recomputes the tracker's cached view of each child: what is due next and why,
 * week 26, the current RAG and its trend. Called in the same transaction as any
 * change to a child, their plan, dates, ratings or meetings, so the tracker never
 * shows a stale answer; with no ids, recomputes everyone (settings changed, new day).
 */
export async function refreshTracking(db: Db, today: IsoDate, childIds?: readonly number[]): Promise<number> {
  if (childIds && childIds.length === 0) return 0;
  const settings = await readSetting(db, 'review', storedReviewSettings, WALSALL_DEFAULTS);
  const holidays = await loadBankHolidays(db);
  const turns = await loadPanelTurns(db, today);
  let done = 0;
  const all = childIds ?? (await db.selectFrom('children').select('id').orderBy('id').execute()).map((r) => r.id);
  for (const ids of chunk([...new Set(all)], CHUNK)) {
    const rows = await computeRows(db, today, settings, holidays, turns, ids);
    for (const part of chunk(rows, 100)) {
      await db
        .insertInto('child_tracking')
        .values(part)
        .onConflict((oc) =>
          oc.column('child_id').doUpdateSet((eb) => ({
            computed_for: eb.ref('excluded.computed_for'),
            next_due_kind: eb.ref('excluded.next_due_kind'),
            next_due_date: eb.ref('excluded.next_due_date'),
            next_due_reason: eb.ref('excluded.next_due_reason'),
            proceedings_issued: eb.ref('excluded.proceedings_issued'),
            week26_date: eb.ref('excluded.week26_date'),
            last_discussed_kind: eb.ref('excluded.last_discussed_kind'),
            last_discussed_date: eb.ref('excluded.last_discussed_date'),
            primary_plan: eb.ref('excluded.primary_plan'),
            parallel_plans: eb.ref('excluded.parallel_plans'),
            rag: eb.ref('excluded.rag'),
            rag_reason: eb.ref('excluded.rag_reason'),
            rag_date: eb.ref('excluded.rag_date'),
            trend: eb.ref('excluded.trend'),
            flags: eb.ref('excluded.flags'),
            due: eb.ref('excluded.due'),
          })),
        )
        .execute();
    }
    done += rows.length;
  }
  return done;
}

/** Children brought up to date per transaction by `bringTrackingUpToDate`: about a twentieth of a second's work. */
const BATCH = 500;

const passes = new WeakMap<Kysely<Database>, { today: IsoDate; done: Promise<number> }>();

/**
 * Brings the cache up to today a batch at a time, each batch its own transaction. A new
 * day makes every child stale at once; done in one transaction, a save arriving meanwhile
 * would wait for the whole pass (about a second for a large council). This way it waits
 * for one batch at most. Callers that ask while a pass is running share it.
 */
export function bringTrackingUpToDate(db: Kysely<Database>, today: IsoDate): Promise<number> {
  const running = passes.get(db);
  if (running?.today === today) return running.done;
  const done = (async () => {
    let total = 0;
    // Again until nothing is stale: a rule changed during the pass marks every child stale once more.
    for (let stale = await staleChildIds(db, today); stale.length > 0; stale = await staleChildIds(db, today)) {
      for (let start = 0; start < stale.length; start += BATCH) {
        // Let calls that arrived during the last batch (a save, typically) run before the next.
        await letWaitingCallsIn();
        // A child a save has refreshed meanwhile is simply computed again, to the same answer.
        await db.transaction().execute((trx) => refreshTracking(trx, today, stale.slice(start, start + BATCH)));
      }
      total += stale.length;
    }
    return total;
  })();
  const pass = { today, done };
  passes.set(db, pass);
  void done.finally(() => passes.get(db) === pass && passes.delete(db)).catch(() => undefined);
  return done;
}

/**
 * After a change to what every child's answer depends on (the review rules, the bank
 * holidays): marks the whole cache stale in the change's own transaction, which takes
 * milliseconds, so `bringTrackingUpToDate` recomputes it afterwards, a batch at a time,
 * before anything reads it.
 */
export async function markAllTrackingStale(trx: Transaction<Database>): Promise<void> {
  // Earlier than any real day, so every row counts as computed for another day.
  await trx.updateTable('child_tracking').set({ computed_for: '0000-00-00' }).execute();
}

/**
 * Brings every child computed for an earlier day up to today (dates like "overdue" and
 * "first available" move with the calendar), in the caller's transaction. Outside one,
 * `bringTrackingUpToDate` keeps saves from waiting behind a new day's pass.
 */
export async function refreshStaleTracking(db: Db, today: IsoDate): Promise<number> {
  const stale = await staleChildIds(db, today);
  return stale.length === 0 ? 0 : refreshTracking(db, today, stale);
}

/** The children whose cached row is missing or was computed for another day. */
async function staleChildIds(db: Db, today: IsoDate): Promise<number[]> {
  // Asked before every tracker read, so answer "nothing to do" from an index and two counts.
  const outdated = await db
    .selectFrom('child_tracking')
    .select('child_id')
    .where((eb) => eb.or([eb('computed_for', '<', today), eb('computed_for', '>', today)]))
    .limit(1)
    .executeTakeFirst();
  if (!outdated) {
    const [children, tracked] = await Promise.all([
      db.selectFrom('children').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      db.selectFrom('child_tracking').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    if (Number(children.n) === Number(tracked.n)) return [];
  }
  const stale = await db
    .selectFrom('children')
    .leftJoin('child_tracking', 'child_tracking.child_id', 'children.id')
    .select('children.id')
    .where((eb) => eb.or([eb('child_tracking.computed_for', 'is', null), eb('child_tracking.computed_for', '!=', today)]))
    .orderBy('children.id')
    .execute();
  return stale.map((r) => r.id);
}

export { loadCurrentPlans } from './review-inputs';

/** The review engine's inputs for some children, as stored now: for answering "what if" about a meeting in progress. */
export async function loadReviewStates(db: Db, ids: readonly number[]): Promise<Map<number, ChildReviewState>> {
  if (ids.length === 0) return new Map();
  // "What if" about one meeting's children: whether their teams have a panel turn does not change the answer.
  return (await loadReviewInputs(db, [...new Set(ids)], null)).states;
}

async function computeRows(db: Db, today: IsoDate, settings: typeof WALSALL_DEFAULTS, holidays: ReadonlySet<string>, turns: PanelTurns, ids: number[]): Promise<NewTrackingRow[]> {
  const { children, states, ratingsOf, primaryOf } = await loadReviewInputs(db, ids, turns);
  const latestRatingIds = [...ratingsOf.values()].map((list) => list[list.length - 1]!.id);
  const reasons = new Map<number, string>();
  for (const part of chunk(latestRatingIds, CHUNK)) {
    for (const r of await db.selectFrom('rag_ratings').select(['id', 'reason']).where('id', 'in', part).execute()) reasons.set(r.id, r.reason);
  }

  return children.map((c) => {
    const state = states.get(c.id)!;
    const primary = primaryOf.get(c.id) ?? null;
    const parallel = state.plan?.parallel ?? [];
    const childRatings = ratingsOf.get(c.id) ?? [];
    const result = reviewChild(state, settings, today, holidays);
    const latest = childRatings[childRatings.length - 1];
    return {
      child_id: c.id,
      computed_for: today,
      next_due_kind: result.next?.kind ?? null,
      next_due_date: result.next?.date ?? null,
      next_due_reason: result.next?.reason ?? null,
      proceedings_issued: result.proceedingsIssued,
      week26_date: result.week26Date,
      last_discussed_kind: result.lastDiscussed?.kind ?? null,
      last_discussed_date: result.lastDiscussed?.date ?? null,
      primary_plan: primary,
      parallel_plans: JSON.stringify(parallel),
      rag: latest?.rating ?? null,
      rag_reason: latest ? (reasons.get(latest.id) ?? null) : null,
      rag_date: latest?.rated_on ?? null,
      trend: JSON.stringify(childRatings.slice(-3).map((r) => r.rating)),
      flags: JSON.stringify(result.flags.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message }))),
      due: JSON.stringify(result.due),
    };
  });
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
