import type { Kysely } from 'kysely';
import type { IsoDate } from '../../../../shared/domain/dates';
import { reviewChild } from '../../../../shared/review/engine';
import type { ReviewSettings } from '../../../../shared/review/types';
import type { Db } from '../../db/db-type';
import { letWaitingCallsIn } from '../../let-waiting-calls-in';
import type { Database } from '../database';
import { decode, encode } from '../table';
import { childTracking, type NewTrackingRow, type TrackingRow } from '../tables/child-tracking';
import { loadBankHolidays, readSetting } from '../tables/settings';
import { loadPanelTurns, loadReviewInputs, type PanelTurns } from './review-inputs';
import { idIn, readTogether, type IdList } from '../read-together';
import { gapParams, refreshReviewGaps } from '../../features/figures/repository/review-gaps';

/** Children per batch: bounds memory on a full refresh and keeps IN lists well inside SQLite's limits. */
const CHUNK = 1000;

/** Earlier than any real day, so a row marked with it counts as computed for another day. */
const STALE = '0000-00-00';

/**
 * Recomputes the tracker's cached view of each child: what is due next and why, week
 * 26, the current RAG and its trend; and the child's review deadlines as they stood, which the
 * figures count timeliness from. Only the lazy passes below call it: a write marks
 * the children it touched stale (see `write`), and whoever reads the cache next brings
 * them up to date first. With no ids, recomputes everyone.
 */
export async function refreshTracking(db: Db, today: IsoDate, childIds?: readonly number[]): Promise<number> {
  if (childIds && childIds.length === 0) return 0;
  const settings = await readSetting(db, 'review');
  const holidays = await loadBankHolidays(db);
  const turns = await loadPanelTurns(db, today);
  let done = 0;
  const all = childIds ?? (await db.selectFrom('children').select('id').orderBy('id').execute()).map((r) => r.id);
  // In order of id, batch by batch and row by row: two refreshes of overlapping children on a team
  // store then take the rows' locks in the same order, so they do not deadlock on each other (a
  // write that refreshes also holds what it changed before; PostgreSQL ends any deadlock left by
  // refusing one of the two transactions).
  for (const ids of chunk([...new Set(all)].sort((a, b) => a - b), CHUNK)) {
    const rows = (await computeRows(db, today, settings, holidays, turns, ids)).sort((a, b) => a.child_id - b.child_id);
    for (const part of chunk(rows, 100)) {
      await db
        .insertInto('child_tracking')
        .values(part.map((r) => encode(childTracking, r)))
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
    // The same children's review deadlines for the figures, after their tracker rows (the yearly cycle is read from them).
    await refreshReviewGaps(db, ids, await gapParams(db, ids, today, settings, holidays));
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
 * for one batch at most. Callers that ask while a pass is running share it. Inside a
 * transaction (a write that reads the tracker) the pass is part of it instead.
 */
export function bringTrackingUpToDate(db: Db, today: IsoDate): Promise<number> {
  if (db.isTransaction) return staleChildIds(db, today).then((stale) => refreshTracking(db, today, stale));
  const store = db as Kysely<Database>;
  const running = passes.get(store);
  if (running?.today === today) return running.done;
  const done = (async () => {
    let total = 0;
    // Again until nothing is stale: a rule changed during the pass marks every child stale once more.
    for (let stale = await staleChildIds(store, today); stale.length > 0; stale = await staleChildIds(store, today)) {
      for (let start = 0; start < stale.length; start += BATCH) {
        // Let calls that arrived during the last batch (a save, typically) run before the next.
        await letWaitingCallsIn();
        // A child a save has refreshed meanwhile is simply computed again, to the same answer.
        await store.transaction().execute((trx) => refreshTracking(trx, today, stale.slice(start, start + BATCH)));
      }
      total += stale.length;
    }
    return total;
  })();
  const pass = { today, done };
  passes.set(store, pass);
  void done.finally(() => passes.get(store) === pass && passes.delete(store)).catch(() => undefined);
  return done;
}

/**
 * The cached rows of a few children, brought up to today first (only those stale or
 * missing are worked out again): what a child's page, a meeting's glance at its children
 * or their record details read.
 */
export async function trackingOf(db: Db, today: IsoDate, ids: readonly number[]): Promise<Map<number, TrackingRow>> {
  if (ids.length === 0) return new Map();
  const unique = [...new Set(ids)];
  const rows: StoredTrackingRow[] = [];
  for (const part of chunk(unique, CHUNK)) rows.push(...(await trackingQuery(db, part).execute()));
  return trackingFrom(db, today, unique, rows);
}

/** Some children's cached rows as stored: a page may read them beside its own (`readTogether`) and hand them to `trackingFrom`. */
export function trackingQuery(db: Db, ids: IdList) {
  return db.selectFrom('child_tracking').selectAll().where(idIn(db, 'child_id', ids));
}

type StoredTrackingRow = Awaited<ReturnType<ReturnType<typeof trackingQuery>['execute']>>[number];

/**
 * The cached rows of the children given, from those already read: any stale or missing are
 * worked out again and read once more (the only statements this sends, and only then).
 */
export async function trackingFrom(db: Db, today: IsoDate, ids: readonly number[], read: readonly StoredTrackingRow[]): Promise<Map<number, TrackingRow>> {
  const rows = new Map(read.map((r) => [r.child_id, decode(childTracking, r)]));
  const unique = [...new Set(ids)];
  const stale = unique.filter((id) => rows.get(id)?.computed_for !== today);
  if (stale.length === 0) return rows;
  if (db.isTransaction) await refreshTracking(db, today, stale);
  else await (db as Kysely<Database>).transaction().execute((trx) => refreshTracking(trx, today, stale));
  const again = new Map<number, TrackingRow>();
  for (const part of chunk(unique, CHUNK)) for (const r of await trackingQuery(db, part).execute()) again.set(r.child_id, decode(childTracking, r));
  return again;
}

/** Marks some children's cached rows stale, in the write's transaction: the next reader works them out again. */
export async function markTrackingStale(db: Db, childIds: readonly number[]): Promise<void> {
  for (const part of chunk([...new Set(childIds)], CHUNK)) await db.updateTable('child_tracking').set({ computed_for: STALE }).where('child_id', 'in', part).execute();
}

/**
 * After a change to what every child's answer depends on (the review rules, the bank
 * holidays, the rotas): marks the whole cache stale in the change's own transaction,
 * which takes milliseconds, so `bringTrackingUpToDate` recomputes it afterwards, a batch
 * at a time, before anything reads it.
 */
export async function markAllTrackingStale(db: Db): Promise<void> {
  await db.updateTable('child_tracking').set({ computed_for: STALE }).execute();
}

/** Brings every child computed for another day up to today, in the caller's transaction (a measurement's, say). */
export async function refreshStaleTracking(db: Db, today: IsoDate): Promise<number> {
  const stale = await staleChildIds(db, today);
  return stale.length === 0 ? 0 : refreshTracking(db, today, stale);
}

/** The children whose cached row is missing or was computed for another day. */
async function staleChildIds(db: Db, today: IsoDate): Promise<number[]> {
  // Asked before every tracker read, so answer from the index on computed_for, and two counts for
  // children with no row yet; the three go together (one statement on a team store).
  const { outdated, children, tracked } = await readTogether(db, {
    outdated: db
      .selectFrom('child_tracking')
      .select('child_id')
      .where((eb) => eb.or([eb('computed_for', '<', today), eb('computed_for', '>', today)]))
      .orderBy('child_id'),
    children: db.selectFrom('children').select((eb) => eb.fn.countAll<number>().as('n')),
    tracked: db.selectFrom('child_tracking').select((eb) => eb.fn.countAll<number>().as('n')),
  });
  if (Number(children[0]!.n) === Number(tracked[0]!.n)) return outdated.map((r) => r.child_id);
  const stale = await db
    .selectFrom('children')
    .leftJoin('child_tracking', 'child_tracking.child_id', 'children.id')
    .select('children.id')
    .where((eb) => eb.or([eb('child_tracking.computed_for', 'is', null), eb('child_tracking.computed_for', '!=', today)]))
    .orderBy('children.id')
    .execute();
  return stale.map((r) => r.id);
}

async function computeRows(db: Db, today: IsoDate, settings: ReviewSettings, holidays: ReadonlySet<string>, turns: PanelTurns, ids: number[]): Promise<NewTrackingRow[]> {
  const { children, states, ratingsOf, primaryOf } = await loadReviewInputs(db, ids, turns);
  const latestRatingIds = [...ratingsOf.values()].map((list) => list[list.length - 1]!.id);
  const reasons = new Map<number, string>();
  for (const part of chunk(latestRatingIds, CHUNK)) {
    for (const r of await db.selectFrom('rag_ratings').select(['id', 'reason']).where('id', 'in', part).execute()) reasons.set(r.id, r.reason);
  }

  return children.map((c) => {
    const state = states.get(c.id)!;
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
      primary_plan: primaryOf.get(c.id) ?? null,
      parallel_plans: state.plan?.parallel ?? [],
      rag: latest?.rating ?? null,
      rag_reason: latest ? (reasons.get(latest.id) ?? null) : null,
      rag_date: latest?.rated_on ?? null,
      trend: childRatings.slice(-3).map((r) => r.rating),
      flags: result.flags.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })),
      due: result.due,
    };
  });
}

export { loadCurrentPlans } from './review-inputs';

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
