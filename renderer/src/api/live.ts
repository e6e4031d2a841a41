import type { Query } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { EVERYTHING, liveMessageSchema, type LiveChange, type ServerLink } from '../../../shared/live';
import { subscribeLive } from './client';
import { queryClient } from './query-client';

/**
 * The app's one subscription to what the core hears as it happens: other windows' and other
 * laptops' changes, and the link to a team store. A change is answered by reading again the
 * reads on screen that show that kind of record; each read keeps its last answer on screen
 * meanwhile, so nothing jumps, scroll and focus stay, and a field being typed in keeps what is
 * typed (fields take their value from the core only when they open).
 */

/** Which reads (by the procedures' areas) show each kind of record. The audit log shows every kind. */
const SHOWN_IN: Record<string, readonly string[]> = {
  action: ['actions', 'minutes', 'meetings', 'children', 'tracker', 'figures'],
  amendment: ['minutes', 'meetings'],
  attendance: ['minutes', 'meetings'],
  child: ['children', 'tracker', 'figures', 'cpm', 'search', 'actions', 'meetings', 'minutes', 'rota', 'filing'],
  child_meeting: ['meetings', 'minutes', 'children', 'tracker', 'rota'],
  cic_review: ['children', 'tracker', 'figures', 'minutes', 'cpm'],
  escalation: ['children', 'tracker', 'figures', 'minutes', 'meetings'],
  key_date: ['children', 'tracker', 'figures', 'minutes', 'cpm'],
  plan: ['children', 'tracker', 'figures', 'minutes', 'cpm'],
  rag_rating: ['children', 'tracker', 'figures', 'minutes'],
  filing_record: ['filing', 'meetings', 'minutes'],
  meeting: ['meetings', 'minutes', 'rota', 'filing', 'children', 'tracker', 'cpm', 'figures', 'actions'],
  meeting_series: ['series', 'meetings', 'rota'],
  meeting_type: ['meetingTypes', 'series', 'meetings'],
  minutes: ['minutes', 'search', 'meetings', 'children'],
  person: ['people', 'series', 'rota', 'meetings', 'minutes'],
  settings: ['settings', 'tracker', 'children', 'figures', 'cpm'],
  team: ['teams', 'children', 'tracker', 'figures', 'rota', 'series'],
};

/** Reads never repeated for a change: the sign-in and the app's own state, and previews of what a file or a form would do. */
function followed(name: string): boolean {
  const area = name.split('.')[0]!;
  if (area === 'signIn' || area === 'app' || area === 'backups' || area === 'import') return false;
  return !/preview|export/i.test(name.slice(area.length + 1));
}

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

/** The areas whose reads show any of these kinds; null for every area. */
export function areasShowing(kinds: Iterable<string>): Set<string> | null {
  const areas = new Set<string>(['audit']);
  for (const kind of kinds) {
    const shown = SHOWN_IN[kind];
    if (kind === EVERYTHING || !shown) return null;
    for (const area of shown) areas.add(area);
  }
  return areas;
}

/** Whether a read (by its cache key) shows something of these areas (null: of any). */
export function readShows(key: readonly unknown[], areas: Set<string> | null): boolean {
  const name = key[0];
  if (typeof name !== 'string' || !followed(name)) return false;
  return areas === null || areas.has(name.split('.')[0]!);
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
