import type { Query } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { liveMessageSchema, type LiveChange, type ServerLink } from '../../../shared/live';
import { subscribeLive } from './client';
import { areasShowing, readShows } from './live-reads';
import { queryClient } from './query-client';

/**
 * The app's one subscription to what the core hears as it happens: other windows' and other
 * laptops' changes, and the link to a team store. A change is answered by reading again the
 * reads on screen that show that kind of record; each read keeps its last answer on screen
 * meanwhile, so nothing jumps, scroll and focus stay, and a field being typed in keeps what is
 * typed (fields take their value from the core only when they open).
 */

/** Changes arriving together are read for together: a burst of saves costs one read of each page's data. */
const GATHER_MS = 40;
/** A read already on its way when a change arrives may have left before it: it is read once more when it answers. */
const RECHECK_MS = 100;

let started = false;
let gathered = new Set<string>();
let gatherTimer: ReturnType<typeof setTimeout> | undefined;
const readAgainAfter = new Map<string, Query>();
let recheckTimer: ReturnType<typeof setTimeout> | undefined;

let link: ServerLink | null | undefined;
const linkListeners = new Set<() => void>();

/** Subscribes once, for the life of the page (called as the app starts). */
export function startLive(): void {
  if (started) return;
  started = true;
  subscribeLive((raw) => {
    const parsed = liveMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.kind === 'changes') heard(message.events);
    else {
      link = message.link;
      for (const listener of linkListeners) listener();
    }
  });
}

function heard(events: readonly LiveChange[]): void {
  for (const e of events) gathered.add(e.entity);
  gatherTimer ??= setTimeout(readAgain, GATHER_MS);
}

function readAgain(): void {
  gatherTimer = undefined;
  const areas = areasShowing(gathered);
  gathered = new Set();
  const matches = (query: Query) => readShows(query.queryKey, areas);
  for (const query of queryClient.getQueryCache().findAll({ predicate: matches })) {
    if (query.state.fetchStatus === 'fetching') readAgainAfter.set(query.queryHash, query);
  }
  // A read on its way is left to finish (a page waiting on it is not kept waiting for nothing) and repeated after.
  void queryClient.invalidateQueries({ predicate: matches }, { cancelRefetch: false });
  if (readAgainAfter.size > 0) recheckTimer ??= setTimeout(recheck, RECHECK_MS);
}

function recheck(): void {
  recheckTimer = undefined;
  for (const [hash, query] of readAgainAfter) {
    if (query.state.fetchStatus === 'fetching') continue;
    readAgainAfter.delete(hash);
    void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true }, { cancelRefetch: false });
  }
  if (readAgainAfter.size > 0) recheckTimer = setTimeout(recheck, RECHECK_MS);
}

/**
 * The link to a team store: whether its changes are heard as they happen and when the server
 * last answered. null: the data is on this laptop; undefined: not yet known.
 */
export function useServerLink(): ServerLink | null | undefined {
  return useSyncExternalStore(
    (listener) => {
      linkListeners.add(listener);
      return () => linkListeners.delete(listener);
    },
    () => link,
  );
}
