import { plural } from '../../../../shared/domain/words';
import { useHashQuery } from '../actions/hash-query';

import { useDebounced } from '../tracker/use-debounced';
import { SearchHitView } from './SearchHitView';
import { MIN_QUERY, useMinuteSearch } from './use-minute-search';
import './search.css';

/** The core's default; at the cap the page says there may be more. */
const LIMIT = 50;

/** Finds words in any minutes, or a child by name or case reference, newest meeting first. */
export function SearchPage() {
  // The words live in the address (#/search?q=...), so a search box elsewhere can link straight here.
  const [hashQuery, setHashQuery] = useHashQuery();
  const text = new URLSearchParams(hashQuery).get('q') ?? '';
  const query = useDebounced(text.trim(), 250);
  const { hits, error, searching } = useMinuteSearch(query, LIMIT);

  function setText(value: string) {
    const next = new URLSearchParams(hashQuery);
    if (value) next.set('q', value);
    else next.delete('q');
    setHashQuery(next);
  }

  return (
    <section aria-labelledby="page-title" className="search-page">
      <form role="search" className="search-page__form" onSubmit={(e) => e.preventDefault()}>
        {/* The label is the page's heading (the GOV.UK pattern for a one-question page), so it is not said twice. */}
        <h1 id="page-title">
          <label htmlFor="search-minutes">Search minutes</label>
        </h1>
        <p id="search-minutes-hint" className="field__hint">
          Words from any meeting’s minutes, or a child’s name or case reference. At least {MIN_QUERY} letters.
        </p>
        <input
          id="search-minutes"
          className="input search-page__input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          aria-describedby="search-minutes-hint"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </form>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <p id="search-count" className="search-page__count" aria-live="polite">
        {countSentence(text.trim(), query, hits?.length, searching)}
      </p>
      {hits && hits.length > 0 ? (
        <>
          <h2 className="visually-hidden">Results</h2>
          <ol className="search-results-list" aria-describedby="search-count">
            {hits.map((hit) => (
              <SearchHitView key={`${hit.itemId}-${hit.field ?? 'name'}`} hit={hit} query={query} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function countSentence(typed: string, query: string, count: number | undefined, searching: boolean): string {
  if (typed.length === 0) return 'Type what you are looking for: results appear as you type.';
  if (typed.length < MIN_QUERY) return `Type at least ${MIN_QUERY} letters to search.`;
  // Still typing, or waiting for the answer: say so rather than a count for other words.
  if (typed !== query || searching || count === undefined) return 'Searching…';
  if (count === 0) return `No minutes match “${query}”. Check the spelling, or try fewer or different words.`;
  if (count >= LIMIT) return `Showing the ${LIMIT} newest results for “${query}”; there may be more. Add words to narrow the search.`;
  return `${plural(count, 'result', 'results')} for “${query}”, newest meeting first.`;
}
