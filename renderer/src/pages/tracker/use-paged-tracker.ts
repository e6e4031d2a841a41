import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProcedureInput } from '../../../../shared/contract';
import { TRACKER_PAGE_SIZE } from '../../../../shared/domain/paging';
import type { TrackerResult, TrackerRow } from '../../../../shared/schemas/tracker';
import { ApiError, call } from '../../api/client';
import { takeArrivedTracker, takePrefetchedTracker } from './prefetch';

type Query = Omit<NonNullable<ProcedureInput<'tracker.query'>>, 'offset' | 'limit'>;
export type TrackerCounts = Omit<TrackerResult, 'rows' | 'offset'>;

interface Loaded {
  key: string;
  pages: ReadonlyMap<number, TrackerRow[]>;
  counts?: TrackerCounts;
  error?: ApiError;
}

/**
 * The tracker, a page at a time: the list asks for the rows it is about to show,
 * so ten thousand children cost the same as two hundred. A new query (filter or
 * sort) starts again from the first page; answers to an old query are dropped.
 */
export function usePagedTracker(query: Query) {
  const key = JSON.stringify(query);
  // The query whose answers are wanted; an answer to any other (older) query is dropped.
  const wanted = useRef(key);
  useEffect(() => {
    wanted.current = key;
  }, [key]);
  const [loaded, setLoaded] = useState<Loaded>(() => {
    const arrived = takeArrivedTracker(firstPage(key));
    if (!arrived) return { key, pages: new Map() };
    const { rows, offset: _offset, ...counts } = arrived;
    return { key, pages: new Map([[0, rows]]), counts };
  });
  const asked = useRef({ key, pages: new Set<number>(loaded.key === key ? loaded.pages.keys() : []) });

  const fetchPage = useCallback(
    (page: number) => {
      if (asked.current.key !== key) asked.current = { key, pages: new Set() };
      if (asked.current.pages.has(page)) return;
      asked.current.pages.add(page);
      const request = { ...firstPage(key), offset: page * TRACKER_PAGE_SIZE };
      const answer = (page === 0 ? takePrefetchedTracker(request) : undefined) ?? call('tracker.query', request);
      answer
        .then(({ rows, offset: _offset, ...counts }) => {
          if (wanted.current !== key) return;
          setLoaded((prev) => (prev.key === key ? { key, pages: new Map(prev.pages).set(page, rows), counts } : { key, pages: new Map([[page, rows]]), counts }));
        })
        .catch((err: unknown) => {
          if (asked.current.key === key) asked.current.pages.delete(page);
          if (wanted.current !== key) return;
          const error = err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) });
          setLoaded((prev) => ({ ...(prev.key === key ? prev : { key, pages: new Map() }), error }));
        });
    },
    [key],
  );

  useEffect(() => fetchPage(0), [fetchPage]);

  /** Makes sure the rows from `start` to `end` (inclusive) are loaded or on their way. */
  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / TRACKER_PAGE_SIZE); page <= Math.floor(end / TRACKER_PAGE_SIZE); page++) fetchPage(page);
    },
    [fetchPage],
  );

  const current = loaded.key === key ? loaded : undefined;
  const rowAt = (index: number): TrackerRow | undefined => current?.pages.get(Math.floor(index / TRACKER_PAGE_SIZE))?.[index % TRACKER_PAGE_SIZE];
  return { counts: current?.counts, error: current?.error, pages: current?.pages, rowAt, ensureRange };
}

function firstPage(key: string) {
  return { ...(JSON.parse(key) as Query), offset: 0, limit: TRACKER_PAGE_SIZE };
}
