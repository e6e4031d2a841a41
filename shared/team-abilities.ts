import type { TeamRole } from './team-roles';

/**
 * What the screens offer each role of a team store: the database grants decide (role-matrix.ts
 * on the server side), this only mirrors them so a person is not offered what would be refused.
 * A unit test checks each ability against the grants it needs.
 */
export const TEAM_ABILITIES = [
  'approveMinutes',
  'writeMinutes',
  'editChildren',
  'editPlans',
  'keepKeyDates',
  'keepChildRecords',
  'prepareAgendas',
  'arrangeAgendas',
  'keepActions',
  'rateChildren',
  'keepMeetingDetails',
  'setUp',
] as const;
export type TeamAbility = (typeof TEAM_ABILITIES)[number];

export const ABILITY_ROLES: Record<TeamAbility, readonly TeamRole[]> = {
  approveMinutes: ['chair'],
  writeMinutes: ['chair', 'minute_taker'],
  editChildren: ['coordinator'],
  editPlans: ['coordinator', 'chair'],
  keepKeyDates: ['coordinator', 'chair', 'minute_taker'],
  keepChildRecords: ['coordinator'],
  prepareAgendas: ['coordinator', 'chair', 'minute_taker'],
  arrangeAgendas: ['coordinator', 'chair', 'minute_taker'],
  keepActions: ['coordinator', 'chair', 'minute_taker'],
  rateChildren: ['coordinator', 'chair', 'minute_taker'],
  keepMeetingDetails: ['coordinator', 'chair', 'minute_taker'],
  setUp: ['admin'],
};

/** Why a control is not offered, said beside it. */
export const ABILITY_REASONS: Record<TeamAbility, string> = {
  approveMinutes: 'Only a chair can approve and lock the minutes.',
  writeMinutes: 'Only a chair or a minute-taker can write the minutes.',
  editChildren: 'Only the permanence coordinator can add or change children’s records.',
  editPlans: 'Only the permanence coordinator or a chair can change a child’s plan.',
  keepKeyDates: 'Only the permanence coordinator, a chair or a minute-taker can record key dates.',
  keepChildRecords: 'Only the permanence coordinator can record Child in Care reviews and escalations, or remove key dates.',
  prepareAgendas: 'Only the permanence coordinator, a chair or a minute-taker can prepare agendas and add or remove children on them.',
  arrangeAgendas: 'Only the permanence coordinator, a chair or a minute-taker can change the agenda.',
  keepActions: 'Only the permanence coordinator, a chair or a minute-taker can change actions.',
  rateChildren: 'Only the permanence coordinator, a chair or a minute-taker can record a RAG rating.',
  keepMeetingDetails: 'Only the permanence coordinator, a chair or a minute-taker can change a meeting’s date, time, venue or chair.',
  setUp: 'Only an administrator can change people, teams, meeting types, the rota and settings.',
};

/**
 * The writes each ability makes, table by table: what the test holds the grants to. 'update'
 * means every column, unless `columns` names the only ones the ability changes.
 */
export const ABILITY_WRITES: Record<TeamAbility, readonly { table: string; rights: readonly ('insert' | 'update' | 'delete')[]; columns?: readonly string[] }[]> = {
  approveMinutes: [{ table: 'meetings', rights: ['update'] }],
  writeMinutes: [
    { table: 'minute_fields', rights: ['insert', 'update', 'delete'] },
    { table: 'item_ratings', rights: ['insert', 'update'] },
    // Holding the pen: taking it, handing it over, taking it over, letting go.
    { table: 'meeting_pens', rights: ['insert', 'update', 'delete'] },
  ],
  editChildren: [{ table: 'children', rights: ['insert', 'update'] }],
  editPlans: [{ table: 'permanence_plans', rights: ['insert', 'update'] }],
  keepKeyDates: [{ table: 'key_dates', rights: ['insert', 'update'] }],
  keepChildRecords: [
    { table: 'key_dates', rights: ['delete'] },
    { table: 'cic_reviews', rights: ['insert', 'delete'] },
    // Bringing an escalation to panel puts the child on that panel's agenda.
    { table: 'escalations', rights: ['insert', 'update'] },
    { table: 'agenda_items', rights: ['insert', 'update'] },
    { table: 'agenda_item_children', rights: ['insert'] },
  ],
  // Preparing a meeting from the rota books it and proposes the children due.
  prepareAgendas: [
    { table: 'meetings', rights: ['insert'] },
    { table: 'agenda_items', rights: ['insert', 'update', 'delete'] },
    { table: 'agenda_item_children', rights: ['insert', 'update', 'delete'] },
  ],
  /** Moving items, their minutes, presenter and papers. */
  arrangeAgendas: [{ table: 'agenda_items', rights: ['update'] }],
  keepActions: [
    { table: 'actions', rights: ['insert', 'update'] },
    { table: 'action_updates', rights: ['insert'] },
  ],
  // A rating outside a meeting, from the child's page.
  rateChildren: [{ table: 'rag_ratings', rights: ['insert'] }],
  keepMeetingDetails: [{ table: 'meetings', rights: ['update'], columns: ['date', 'start_time', 'end_time', 'venue', 'chair_id', 'updated_at'] }],
  setUp: ['people', 'teams', 'meeting_types', 'settings', 'meeting_series', 'series_rotation', 'series_overrides', 'series_extras'].map((table) => ({ table, rights: ['insert', 'update', 'delete'] as const })),
};

export type Permission = { allowed: true } | { allowed: false; reason: string };

/** Where the data lives, as app.info says: this computer's file (the one person may do everything) or a team store with the login's roles. */
export type StoreRoles = { engine: 'sqlite' } | { engine: 'postgres'; roles: readonly TeamRole[] };

/** May the person signed in do this? On this computer's own file, always. */
export function mayDo(store: StoreRoles, ability: TeamAbility): Permission {
  if (store.engine === 'sqlite') return { allowed: true };
  return store.roles.some((role) => ABILITY_ROLES[ability].includes(role)) ? { allowed: true } : { allowed: false, reason: ABILITY_REASONS[ability] };
}
