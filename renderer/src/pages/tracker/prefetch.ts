import type { ProcedureInput, ProcedureOutput } from '../../../../shared/contract';
import { TRACKER_PAGE_SIZE } from '../../../../shared/domain/paging';
import { call } from '../../api/client';

type TrackerQuery = NonNullable<ProcedureInput<'tracker.query'>>;
type Answer = Promise<ProcedureOutput<'tracker.query'>>;

/** The first page of the tracker as it opens: no filters, priority order. */
export const OPENING_QUERY: TrackerQuery = { search: '', teamId: null, rag: null, legalStatus: null, overdueOnly: false, sort: 'priority', descending: false, offset: 0, limit: TRACKER_PAGE_SIZE };

let prefetched: { key: string; answer: Answer; at: number; value?: ProcedureOutput<'tracker.query'> } | undefined;

/** An answer older than this may not match the data any more (something may have been saved meanwhile). */
const FRESH_FOR_MS = 5000;

/** Same request, same key, whatever order its fields were written in. */
const keyOf = (q: TrackerQuery) => JSON.stringify(q, Object.keys(q).sort());

/**
 * Asked for before React starts, when the app opens on the tracker, so the data
 * is on its way while the page's code is still being read.
 */
export function prefetchTracker(): void {
  const answer = call('tracker.query', OPENING_QUERY);
  const entry: NonNullable<typeof prefetched> = { key: keyOf(OPENING_QUERY), answer, at: Date.now() };
  answer.then((value) => (entry.value = value)).catch(() => undefined);
  prefetched = entry;
}

/** Resolves once the early answer is in (or failed), or after `limitMs`; at once if nothing was asked early. */
export function prefetchSettled(limitMs: number): Promise<void> {
  if (!prefetched) return Promise.resolve();
  const answer = prefetched.answer.then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([answer, new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}

/** The early answer if it has already arrived (and is for this request): lets the tracker's very first render show rows. */
export function takeArrivedTracker(request: TrackerQuery): ProcedureOutput<'tracker.query'> | undefined {
  if (!prefetched?.value || prefetched.key !== keyOf(request) || Date.now() - prefetched.at >= FRESH_FOR_MS) return undefined;
  const value = prefetched.value;
  prefetched = undefined;
  return value;
}

/** Called when the app opens somewhere other than the tracker: the early answer would be stale by the time it is shown. */
export function discardPrefetchedTracker(): void {
  prefetched = undefined;
}

/** The prefetched answer, once, if it was for exactly this request. */
export function takePrefetchedTracker(request: TrackerQuery): Answer | undefined {
  const hit = prefetched && prefetched.key === keyOf(request) && Date.now() - prefetched.at < FRESH_FOR_MS ? prefetched.answer : undefined;
  prefetched = undefined;
  return hit;
}
