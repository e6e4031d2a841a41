import { useCallback, useEffect, useState } from 'react';
import { currentPath } from '../../routing';

/** The query part of a hash route (#/actions?owner=3 -> "owner=3"): the router ignores it, so pages can keep their filters there. */
export function hashQueryString(): string {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return at < 0 ? '' : hash.slice(at + 1);
}

/**
 * Rewrites the query of the page's own hash route. replaceState rather than a new hash:
 * each key typed into a filter would otherwise add a history entry and fire hashchange.
 */
export function replaceHashQuery(query: string): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}#${currentPath()}${query ? `?${query}` : ''}`);
}

/**
 * The hash query as state: a link (or the navigation) that changes it is followed,
 * and the page's own changes are written back without a history entry. The count of
 * changes from outside lets a page reset controls that keep their own text.
 */
export function useHashQuery(): [string, (next: URLSearchParams) => void, number] {
  const [state, setState] = useState(() => ({ query: hashQueryString(), external: 0 }));
  useEffect(() => {
    const onChange = () => setState((s) => ({ query: hashQueryString(), external: s.external + 1 }));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const update = useCallback((next: URLSearchParams) => {
    const text = next.toString();
    replaceHashQuery(text);
    setState((s) => ({ ...s, query: text }));
  }, []);
  return [state.query, update, state.external];
}
