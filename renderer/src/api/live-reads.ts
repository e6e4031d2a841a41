import { EVERYTHING } from '../../../shared/live';

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
  // Who holds a meeting's pen, and who is viewing it (each page's heartbeat, every few seconds): the pen's read alone.
  pen: ['pen'],
  presence: ['pen'],
  settings: ['settings', 'tracker', 'children', 'figures', 'cpm'],
  team: ['teams', 'children', 'tracker', 'figures', 'rota', 'series'],
  // Recorded in the audit log alone: a backup taken, an export of the log, the figures or the tracker.
  backup: [],
  audit_log: [],
  figures: [],
  tracker: [],
};

/** Reads never repeated for a change: the sign-in and the app's own state, and previews of what a file or a form would do. */
function followed(name: string): boolean {
  const area = name.split('.')[0]!;
  if (area === 'signIn' || area === 'app' || area === 'backups' || area === 'import') return false;
  return !/preview|export/i.test(name.slice(area.length + 1));
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

