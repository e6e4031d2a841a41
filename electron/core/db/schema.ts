import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Every table, declared once. Row, insert and update types are derived from these,
 * so a column changes in one place. Columns are snake_case as stored; services map
 * rows to the camelCase shapes of the contract.
 */
export interface TeamsTable {
  id: Generated<number>;
  name: string;
  team_manager_id: number | null;
  group_manager_id: number | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PeopleTable {
  id: Generated<number>;
  name: string;
  role: string;
  team_id: number | null;
  email: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  summary: string;
  details: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface SiblingGroupsTable {
  id: Generated<number>;
  created_at: string;
}

export interface ChildrenTable {
  id: Generated<number>;
  case_ref: string;
  first_name: string;
  last_name: string;
  date_of_birth: string | null;
  is_unborn: number;
  gender: string | null;
  ethnicity: string | null;
  team_id: number | null;
  social_worker_id: number | null;
  team_manager_id: number | null;
  iro_id: number | null;
  legal_status: string;
  date_entered_care: string | null;
  placement_type: string | null;
  sibling_group_id: number | null;
  closed_on: string | null;
  closed_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface PermanencePlansTable {
  id: Generated<number>;
  child_id: number;
  primary_option: string | null;
  /** JSON array of option values */
  parallel_options: string;
  legal_order_sought: string | null;
  ratified_on: string | null;
  ratified_at: string | null;
  notes: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface KeyDatesTable {
  id: Generated<number>;
  child_id: number;
  type: string;
  date: string;
  label: string | null;
  decision: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface RagRatingsTable {
  id: Generated<number>;
  child_id: number;
  rating: string;
  reason: string;
  rated_on: string;
  source: string;
  meeting_id: number | null;
  recorded_at: string;
  recorded_by: string;
}

export interface ChildMeetingsTable {
  id: Generated<number>;
  child_id: number;
  kind: string;
  held_on: string;
  source: string;
  meeting_id: number | null;
}

export interface ChildTrackingTable {
  child_id: number;
  computed_for: string;
  next_due_kind: string | null;
  next_due_date: string | null;
  next_due_reason: string | null;
  proceedings_issued: string | null;
  week26_date: string | null;
  last_discussed_kind: string | null;
  last_discussed_date: string | null;
  primary_plan: string | null;
  parallel_plans: string;
  rag: string | null;
  rag_reason: string | null;
  rag_date: string | null;
  trend: string;
  flags: string;
  due: string;
}

export interface Database {
  teams: TeamsTable;
  people: PeopleTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  sibling_groups: SiblingGroupsTable;
  children: ChildrenTable;
  permanence_plans: PermanencePlansTable;
  key_dates: KeyDatesTable;
  rag_ratings: RagRatingsTable;
  child_meetings: ChildMeetingsTable;
  child_tracking: ChildTrackingTable;
}

export type TeamRow = Selectable<TeamsTable>;
export type NewTeamRow = Insertable<TeamsTable>;
export type TeamRowUpdate = Updateable<TeamsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPersonRow = Insertable<PeopleTable>;
export type PersonRowUpdate = Updateable<PeopleTable>;
export type NewAuditRow = Insertable<AuditLogTable>;
export type ChildRow = Selectable<ChildrenTable>;
export type NewChildRow = Insertable<ChildrenTable>;
export type PlanRow = Selectable<PermanencePlansTable>;
export type KeyDateRow = Selectable<KeyDatesTable>;
export type RagRow = Selectable<RagRatingsTable>;
export type TrackingRow = Selectable<ChildTrackingTable>;
export type NewTrackingRow = Insertable<ChildTrackingTable>;
