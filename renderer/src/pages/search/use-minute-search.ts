import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../../shared/schemas/minutes';
import { call, errorMessage } from '../../api/client';

export const MIN_QUERY = 2;

interface Answer {
  query: string;
  hits?: SearchHit[];
  error?: string;
}

/** Searches once the query is long enough; an answer to an older query is dropped. `query` should already be debounced. */
export function useMinuteSearch(query: string, limit: number) {
  const [answer, setAnswer] = useState<Answer>();
  useEffect(() => {
    if (query.length < MIN_QUERY) return;
    let current = true;
    call('search.minutes', { query, limit })
      .then((hits) => current && setAnswer({ query, hits }))
      .catch((err: unknown) => current && setAnswer({ query, error: errorMessage(err, 'The search could not be run. Please try again.') }));
    return () => {
      current = false;
    };
  }, [query, limit]);
  const settled = answer?.query === query ? answer : undefined;
  return { hits: settled?.hits, error: settled?.error, searching: query.length >= MIN_QUERY && !settled };
}
