import { useProcedure } from '../../api/use-procedure';

export const MIN_QUERY = 2;

/** Searches once the query is long enough; only the answer to this query is shown. `query` should already be debounced. */
export function useMinuteSearch(query: string, limit: number) {
  const long = query.length >= MIN_QUERY;
  const search = useProcedure('search.minutes', { query, limit }, { enabled: long, keepPrevious: false, fallback: 'The search could not be run. Please try again.' });
  const hits = long ? search.data : undefined;
  const error = long ? search.error?.message : undefined;
  return { hits, error, searching: long && hits === undefined && error === undefined };
}
