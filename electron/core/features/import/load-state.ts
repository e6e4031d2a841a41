import type { Db } from '../../db/db-type';
import type { ChildRow } from '../../db/schema';
import type { KeyDateType, LegalOrderSought, LgpDecision, PermanenceOption } from '../../../../shared/domain/vocabulary';
import type { Role } from '../../../../shared/roles';
import { decode } from '../../data/table';
import { permanencePlans } from '../../data/tables/permanence-plans';
import { nameKey } from './clean-cell';
import { importComparisonRows } from './repository';

export interface NamedRow {
  id: number;
  name: string;
  archived: boolean;
}
export interface PersonEntry extends NamedRow {
  role: Role;
}
export interface KeyDateEntry {
  id: number;
  type: KeyDateType;
  date: string;
  decision: LgpDecision | null;
}
export interface PlanEntry {
  primary: PermanenceOption | null;
  parallel: PermanenceOption[];
  legalOrderSought: LegalOrderSought | null;
}

/** Everything the import compares a file against, read once (never row by row), so 10,000 rows take one pass. */
export interface ImportState {
  teamsByName: Map<string, NamedRow[]>;
  teamNames: Map<number, string>;
  peopleByName: Map<string, PersonEntry[]>;
  peopleById: Map<number, PersonEntry>;
  /** keyed by the case reference in lower case: the store treats references case-insensitively */
  childrenByRef: Map<string, ChildRow>;
  plans: Map<number, PlanEntry>;
  keyDates: Map<number, KeyDateEntry[]>;
  latestRatings: Map<number, { rating: string; reason: string; ratedOn: string }>;
  /** every rating as date|rating|reason, so a dated rating from the file is recognised even when a later one exists */
  ratingKeys: Map<number, Set<string>>;
  meetings: Map<number, Set<string>>;
}

export const KEY_DATE_TYPES = ['lgp', 'plo_start', 'proceedings_issued'] as const;
export const MEETING_KINDS = ['cpm', 'pp'] as const;

export function meetingKey(kind: string, date: string): string {
  return `${kind}|${date}`;
}

export function ratingKey(date: string, rating: string, reason: string): string {
  return `${date}|${rating}|${reason}`;
}

export async function loadImportState(db: Db): Promise<ImportState> {
  const [teams, people, children, plans, keyDates, ratings, meetings] = await importComparisonRows(db, KEY_DATE_TYPES, MEETING_KINDS);

  const state: ImportState = {
    teamsByName: new Map(),
    teamNames: new Map(teams.map((t) => [t.id, t.name])),
    peopleByName: new Map(),
    peopleById: new Map(),
    childrenByRef: new Map(children.map((c) => [c.case_ref.toLowerCase(), c])),
    plans: new Map(plans.map((r) => decode(permanencePlans, r)).map((p) => [p.child_id, { primary: p.primary_option, parallel: p.parallel_options, legalOrderSought: p.legal_order_sought }])),
    keyDates: new Map(),
    latestRatings: new Map(),
    ratingKeys: new Map(),
    meetings: new Map(),
  };
  for (const t of teams) push(state.teamsByName, nameKey(t.name), { id: t.id, name: t.name, archived: t.archived_at !== null });
  for (const p of people) {
    const entry = { id: p.id, name: p.name, role: p.role, archived: p.archived_at !== null };
    push(state.peopleByName, nameKey(p.name), entry);
    state.peopleById.set(p.id, entry);
  }
  for (const k of keyDates) push(state.keyDates, k.child_id, { id: k.id, type: k.type, date: k.date, decision: k.decision });
  // Ordered oldest first, so the last one seen per child is the latest (as the tracker reads it).
  for (const r of ratings) {
    state.latestRatings.set(r.child_id, { rating: r.rating, reason: r.reason, ratedOn: r.rated_on });
    addTo(state.ratingKeys, r.child_id, ratingKey(r.rated_on, r.rating, r.reason));
  }
  for (const m of meetings) addTo(state.meetings, m.child_id, meetingKey(m.kind, m.held_on));
  return state;
}

function addTo(map: Map<number, Set<string>>, key: number, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
