import { useCallback, useState } from 'react';
import type { ProcedureInput } from '../../../../shared/contract';
import { TRACKER_PAGE_SIZE } from '../../../../shared/domain/paging';
import type { TrackerResult, TrackerRow } from '../../../../shared/schemas/tracker';
import { useProcedures } from '../../api/use-procedure';
import { takeArrivedTracker, takePrefetchedTracker } from './prefetch';

type Query = Omit<NonNullable<ProcedureInput<'tracker.query'>>, 'offset' | 'limit'>;
export type TrackerCounts = Omit<TrackerResult, 'rows' | 'offset'>;

const FIRST_PAGE_ONLY: readonly number[] = [0];

/**
 * The tracker, a page at a time: the list asks for the rows it is about to show,
 * so ten thousand children cost the same as two hundred. A new query (filter or
 * sort) starts again from the first page; answers to an old query are dropped.
 */
export function usePagedTracker(query: Query) {
  const key = JSON.stringify(query);
  // The first page asked for before the app started, if it has arrived: the very first render shows its rows.
  // Only for the query the tracker opened with, and forgotten once another is asked: coming back reads afresh.
  const [arrived, setArrived] = useState(() => ({ key, answer: takeArrivedTracker(firstPage(key)) }));
  if (arrived.answer && arrived.key !== key) setArrived({ key, answer: undefined });
  const [wanted, setWanted] = useState<{ key: string; pages: readonly number[] }>({ key, pages: FIRST_PAGE_ONLY });
  const pages = wanted.key === key ? wanted.pages : FIRST_PAGE_ONLY;

  const inputs = pages.map((page) => ({ ...firstPage(key), offset: page * TRACKER_PAGE_SIZE }));
  const answers = useProcedures('tracker.query', inputs, (input) =>
    input.offset === 0
      ? { keepPrevious: false, initial: arrived.key === key ? arrived.answer : undefined, answerFirst: () => takePrefetchedTracker(input) }
      : { keepPrevious: false },
  );

  const rowsByPage = new Map<number, TrackerRow[]>();
  pages.forEach((page, i) => {
    const rows = answers[i]?.data?.rows;
    if (rows) rowsByPage.set(page, rows);
  });
  const answered = answers.find((a) => a.data)?.data;
  const counts = answered && countsOf(answered);

  /** Makes sure the rows from `start` to `end` (inclusive) are loaded or on their way. */
  const ensureRange = useCallback(
    (start: number, end: number) => {
      const needed: number[] = [];
      for (let page = Math.floor(start / TRACKER_PAGE_SIZE); page <= Math.floor(end / TRACKER_PAGE_SIZE); page++) needed.push(page);
      setWanted((prev) => {
        const have = prev.key === key ? prev.pages : FIRST_PAGE_ONLY;
        const missing = needed.filter((page) => !have.includes(page));
        return missing.length === 0 && prev.key === key ? prev : { key, pages: [...have, ...missing] };
      });
    },
    [key],
  );

  const rowAt = (index: number): TrackerRow | undefined => rowsByPage.get(Math.floor(index / TRACKER_PAGE_SIZE))?.[index % TRACKER_PAGE_SIZE];
  return { counts, error: answers.find((a) => a.error)?.error, loadedPages: rowsByPage.size, rowAt, ensureRange };
}

function countsOf({ rows: _rows, offset: _offset, ...counts }: TrackerResult): TrackerCounts {
  return counts;
}

function firstPage(key: string) {
  return { ...(JSON.parse(key) as Query), offset: 0, limit: TRACKER_PAGE_SIZE };
}
