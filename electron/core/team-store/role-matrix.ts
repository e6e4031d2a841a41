/**
 * Who may do what in a team store: the one place the database's GRANTs come from. `init` and
 * `migrate` grant exactly this, `check` reads the grants back and prints them beside it, and the
 * role tests sign in as each role and try everything it leaves out.
 *
 * The roles are NOLOGIN groups; each person is a login that is a member of one (or more).
 * - viewer: reads everything, and writes only the audit log and the tracker's cache.
 * - minute taker: a viewer who also writes a meeting's minutes, attendance, ratings and actions,
 *   the filing checklist, and what closing a meeting records in the children's history; never
 *   the approval of the minutes.
 *   They hold, hand over or take over the pen for a meeting's minutes.
 * - chair: a minute taker who also approves and locks the minutes and ratifies plans.
 * - coordinator: a viewer who also maintains the children, their plans, key dates, reviews and
 *   escalations, prepares agendas, and keeps actions up to date between meetings.
 * - admin: a viewer who also sets the store up: people, teams, meeting types and series,
 *   settings, and whose login is which person.
 * Every role records that it is viewing a meeting (presence).
 * Only those who write the minutes read and add to the record of saves applied from a laptop's
 * outbox (the outbox holds saves of the minutes alone); nobody else sees it.
 * No role may change or delete the audit log, or write legal status history (a trigger running
 * as the tables' owner keeps it).
 */

import { TEAM_ROLES, type TeamRole } from '../../../shared/team-roles';

export { TEAM_ROLES, type TeamRole };

/** The database role each app role is: a NOLOGIN group. */
export const roleName = (role: TeamRole): string => `panelroom_${role}`;
/** Owns every table and function; nobody signs in as it. */
export const OWNER_ROLE = 'panelroom_owner';

export const OPERATIONS = ['select', 'insert', 'update', 'delete'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** A role's rights on one table. `update` may be limited to some columns. */
export interface TableRights {
  select: boolean;
  insert: boolean;
  delete: boolean;
  /** true: every column; a list: those columns only; false: none. */
  update: boolean | readonly string[];
}

/** The meetings' columns that approve and lock the minutes: the chair's alone. */
export const APPROVAL_COLUMNS = ['approved_by', 'approved_on', 'approved_at', 'locked_at'] as const;
const MEETING_COLUMNS = [
  'id',
  'type_id',
  'series_id',
  'occurrence_key',
  'date',
  'start_time',
  'end_time',
  'venue',
  'chair_id',
  'team_id',
  'status',
  'created_at',
  'updated_at',
  'started_at',
  'closed_at',
  'approved_by',
  'approved_on',
  'approved_at',
  'locked_at',
  'current_since',
  'current_item_id',
  'booked_next_id',
  'version',
] as const;
const MEETING_WORK_COLUMNS = MEETING_COLUMNS.filter((c) => c !== 'id' && !(APPROVAL_COLUMNS as readonly string[]).includes(c));
/** What applying a Legal Gateway decision at a meeting changes on the child's record. */
const CHILD_STATUS_COLUMNS = ['legal_status', 'updated_at', 'version'] as const;

/** Every table of a team store, in the order the matrix prints them. */
export const TEAM_TABLES = [
  'schema_version',
  'audit_log',
  'settings',
  'teams',
  'people',
  'login_people',
  'meeting_types',
  'meeting_series',
  'series_rotation',
  'series_overrides',
  'series_extras',
  'import_profiles',
  'children',
  'sibling_groups',
  'permanence_plans',
  'key_dates',
  'rag_ratings',
  'rating_spans',
  'cic_reviews',
  'escalations',
  'child_meetings',
  'legal_status_history',
  'child_tracking',
  'review_gaps',
  'meetings',
  'agenda_items',
  'agenda_item_children',
  'meeting_attendees',
  'minute_fields',
  'item_ratings',
  'record_details',
  'amendments',
  'actions',
  'action_children',
  'action_teams',
  'action_reviews',
  'action_updates',
  'filing_exports',
  'filing_records',
  'extract_reviews',
  'meeting_pens',
  'meeting_presence',
  'applied_requests',
] as const;
export type TeamTable = (typeof TEAM_TABLES)[number];

type Letters = string; // any of 'S', 'I', 'U', 'D'; a column list for a limited update is given apart.

/** Rights written as letters, with a column list where an update is limited. */
function rights(letters: Letters, updateColumns?: readonly string[]): TableRights {
  return { select: letters.includes('S'), insert: letters.includes('I'), delete: letters.includes('D'), update: updateColumns ?? letters.includes('U') };
}

const READ = 'S';
const ALL = 'SIUD';

/** What every role has: read everything, add to the audit log, refresh the tracker's cache (the review engine's answer, worked out again by whoever reads it stale). */
const EVERYONE: Partial<Record<TeamTable, TableRights>> = {
  audit_log: rights('SI'),
  child_tracking: rights(ALL),
  // The review deadlines the tracker's refresh keeps beside its cache, worked out again with it.
  review_gaps: rights(ALL),
  // Anyone with a meeting's page open says so (and clears out the rows no longer renewed).
  meeting_presence: rights(ALL),
};

/** Tables not even read by default: the record of saves applied from laptops' outboxes is the minute-writers' alone. */
const UNREAD: Partial<Record<TeamTable, TableRights>> = {
  applied_requests: rights(''),
};

const MINUTES: Partial<Record<TeamTable, TableRights>> = {
  // Delete: closing the minutes again after a return to the room cancels the next meeting they had booked, with its agenda.
  meetings: rights('SID', MEETING_WORK_COLUMNS),
  agenda_items: rights(ALL),
  agenda_item_children: rights(ALL),
  meeting_attendees: rights(ALL),
  minute_fields: rights(ALL),
  item_ratings: rights(ALL),
  record_details: rights(ALL),
  amendments: rights('SI'),
  actions: rights(ALL),
  action_children: rights(ALL),
  action_reviews: rights(ALL),
  action_updates: rights('SI'),
  filing_exports: rights('SI'),
  filing_records: rights('SIU'),
  extract_reviews: rights(ALL),
  // The pen for a meeting's minutes: taken, handed over or taken over by whoever may write them.
  meeting_pens: rights(ALL),
  // A save sent on from the outbox is recorded with its id (and asked about before it is sent again): never changed or removed.
  applied_requests: rights('SI'),
  // What closing a meeting records: the children's meeting history, RAG history, plans agreed, key dates from a Legal Gateway decision and the status it gives.
  child_meetings: rights(ALL),
  // Delete: closing again replaces the ratings the meeting itself recorded (the history written by others stays).
  rag_ratings: rights('SID'),
  permanence_plans: rights('SI'),
  key_dates: rights('SIU'),
  children: rights('S', CHILD_STATUS_COLUMNS),
};

const SETUP: Partial<Record<TeamTable, TableRights>> = {
  settings: rights(ALL),
  teams: rights(ALL),
  people: rights(ALL),
  login_people: rights(ALL),
  meeting_types: rights(ALL),
  meeting_series: rights(ALL),
  series_rotation: rights(ALL),
  series_overrides: rights(ALL),
  series_extras: rights(ALL),
};

const CHILDREN_AND_ACTIONS: Partial<Record<TeamTable, TableRights>> = {
  import_profiles: rights(ALL),
  children: rights('SIU'),
  sibling_groups: rights(ALL),
  permanence_plans: rights(ALL),
  key_dates: rights(ALL),
  rag_ratings: rights(ALL),
  cic_reviews: rights(ALL),
  escalations: rights(ALL),
  child_meetings: rights(ALL),
  meetings: rights('SI', MEETING_WORK_COLUMNS),
  agenda_items: rights(ALL),
  agenda_item_children: rights(ALL),
  actions: rights(ALL),
  action_children: rights(ALL),
  action_updates: rights(ALL),
};

function matrixFor(...layers: Partial<Record<TeamTable, TableRights>>[]): Record<TeamTable, TableRights> {
  const out = {} as Record<TeamTable, TableRights>;
  for (const table of TEAM_TABLES) {
    out[table] = rights(READ);
    for (const layer of layers) if (layer[table]) out[table] = layer[table];
  }
  return out;
}

export const ROLE_MATRIX: Record<TeamRole, Record<TeamTable, TableRights>> = {
  viewer: matrixFor(UNREAD, EVERYONE),
  minute_taker: matrixFor(UNREAD, EVERYONE, MINUTES),
  // A chair applying a Legal Gateway decision again replaces the plan it added the first time.
  chair: matrixFor(UNREAD, EVERYONE, MINUTES, { meetings: rights(ALL), permanence_plans: rights(ALL) }),
  coordinator: matrixFor(UNREAD, EVERYONE, CHILDREN_AND_ACTIONS),
  admin: matrixFor(UNREAD, EVERYONE, SETUP),
};

/** One cell: S I U D, a dash for each right not held, a small u for an update limited to some columns. */
export function cell(r: TableRights): string {
  return `${r.select ? 'S' : '-'}${r.insert ? 'I' : '-'}${r.update === true ? 'U' : r.update ? 'u' : '-'}${r.delete ? 'D' : '-'}`;
}

/** The matrix as `check` prints it: a row per table, a column per role, then the columns of each limited update. */
export function renderMatrix(matrix: Record<TeamRole, Record<string, TableRights>>, tables: readonly string[] = TEAM_TABLES): string {
  const width = Math.max(...tables.map((t) => t.length));
  const head = `${'table'.padEnd(width)}  ${TEAM_ROLES.map((r) => r.padEnd(12)).join(' ')}`.trimEnd();
  const lines = [head];
  const limited: string[] = [];
  for (const table of tables) {
    lines.push(`${table.padEnd(width)}  ${TEAM_ROLES.map((role) => cell(matrix[role][table] ?? rights('')).padEnd(12)).join(' ')}`.trimEnd());
    for (const role of TEAM_ROLES) {
      const update = matrix[role][table]?.update;
      if (Array.isArray(update)) limited.push(`  ${role} may update ${table} (${[...update].sort().join(', ')}) only`);
    }
  }
  return [...lines, '', 'S select, I insert, U update, u update of some columns, D delete.', ...limited].join('\n');
}
