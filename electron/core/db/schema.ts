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
  /** the computer login the app ran under; `actor` is the person using it, when they have said who they are */
  login: string | null;
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
  /** The day the plan was agreed: the meeting's date for a meeting's outcome, else the day it was recorded. */
  agreed_on: string | null;
  /** Since when these options have stood: a change of option starts a new date. */
  options_since: string | null;
  /** 1 when these options replaced different ones. */
  changed_option: Generated<number>;
  /** The meeting whose agreed plan this is, when it came from one. */
  meeting_id: number | null;
  gm_ratified_by: string | null;
  gm_ratified_on: string | null;
}

export interface CicReviewsTable {
  id: Generated<number>;
  child_id: number;
  held_on: string;
  /** Which review of the episode of care: 1 is the first. */
  ordinal: number;
  iro_id: number | null;
  iro_name: string | null;
  notes: string | null;
  source: string;
  created_at: string;
  updated_at: string;
  recorded_by: string;
}

export interface EscalationsTable {
  id: Generated<number>;
  child_id: number;
  raised_on: string;
  raised_by_id: number | null;
  raised_by: string;
  group_manager_id: number | null;
  reason: string;
  /** The panel the child was brought to for it. */
  meeting_id: number | null;
  closed_on: string | null;
  closed_note: string | null;
  created_at: string;
  updated_at: string;
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
  /** JSON: the plan a Care Planning Meeting agreed ({ primary, parallel, legalOrderSought }), when it recorded one. */
  agreed_plan: string | null;
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

export interface MeetingTypesTable {
  id: Generated<number>;
  code: string | null;
  name: string;
  form: string;
  proposes: string | null;
  default_interval: string;
  slot_minutes: number;
  papers_due_working_days: number | null;
  /** JSON array of roles */
  core_roles: string;
  position: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingSeriesTable {
  id: Generated<number>;
  type_id: number;
  name: string;
  weekday: number;
  interval: string;
  month_week: number | null;
  starts_on: string;
  ends_on: string | null;
  start_time: string;
  end_time: string;
  venue: string | null;
  chair_id: number | null;
  holiday_rule: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SeriesRotationTable {
  series_id: number;
  position: number;
  team_id: number;
}

export interface SeriesOverridesTable {
  series_id: number;
  pattern_date: string;
  cancelled: number;
  moved_to: string | null;
  team_id: number | null;
  note: string | null;
  updated_at: string;
}

export interface SeriesExtrasTable {
  id: Generated<number>;
  series_id: number;
  date: string;
  team_id: number | null;
  note: string | null;
  created_at: string;
}

export interface MeetingsTable {
  id: Generated<number>;
  type_id: number;
  series_id: number | null;
  occurrence_key: string | null;
  date: string;
  start_time: string;
  end_time: string;
  venue: string | null;
  chair_id: number | null;
  team_id: number | null;
  status: Generated<string>;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  closed_at: string | null;
  approved_by: string | null;
  approved_on: string | null;
  approved_at: string | null;
  locked_at: string | null;
  current_item_id: number | null;
  current_since: string | null;
  booked_next_id: number | null;
}

export interface AgendaItemsTable {
  id: Generated<number>;
  meeting_id: number;
  position: number;
  presenter_id: number | null;
  slot_minutes: number;
  reason: string;
  source: string;
  due_rule: string | null;
  lgp_reason: string | null;
  /** JSON object: paper -> state */
  papers: string | null;
  created_at: string;
  updated_at: string;
  seconds_spent: Generated<number>;
  lgp_applied: string | null;
}

export interface AgendaItemChildrenTable {
  item_id: number;
  meeting_id: number;
  child_id: number;
  position: number;
}

export interface MeetingAttendeesTable {
  id: Generated<number>;
  meeting_id: number;
  person_id: number | null;
  name: string;
  role: string;
  organisation: string | null;
  status: string;
  declaration: string | null;
  minute_taker: number;
  core: number;
  position: number;
  updated_at: string;
}

export interface MinuteFieldsTable {
  id: Generated<number>;
  item_id: number;
  field: string;
  /** text as typed, or JSON for a structured field */
  value: string;
  search_text: string;
  updated_at: string;
}

export interface ItemRatingsTable {
  item_id: number;
  child_id: number;
  rating: string | null;
  reason: string;
  updated_at: string;
}

export interface ActionsTable {
  id: Generated<number>;
  meeting_id: number;
  item_id: number;
  text: string;
  owner_id: number | null;
  owner_name: string;
  due_on: string;
  status: Generated<string>;
  completed_on: string | null;
  progress_rag: string | null;
  impact_rag: string | null;
  last_note: string | null;
  position: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  /** The key of the SMART plan row the action was made from, if any. */
  plan_row: string | null;
}

export interface ActionChildrenTable {
  action_id: number;
  child_id: number;
}

export interface ActionReviewsTable {
  id: Generated<number>;
  action_id: number;
  item_id: number;
  meeting_id: number;
  outcome: string;
  note: string;
  new_due_on: string | null;
  /** JSON: the action's status, due date and completion before this review */
  before: string;
  reviewed_at: string;
  reviewed_by: string;
}

export interface ActionUpdatesTable {
  id: Generated<number>;
  action_id: number;
  kind: string;
  note: string | null;
  progress_rag: string | null;
  impact_rag: string | null;
  at: string;
  by: string;
}

export interface AmendmentsTable {
  id: Generated<number>;
  meeting_id: number;
  item_id: number | null;
  text: string;
  made_on: string;
  made_by: string;
  at: string;
}

export interface FilingExportsTable {
  id: Generated<number>;
  meeting_id: number;
  at: string;
  by: string;
  folder: string | null;
  files: number;
}

export interface FilingRecordsTable {
  id: Generated<number>;
  meeting_id: number;
  child_id: number;
  item_id: number;
  file_name: string;
  redactions: Generated<number>;
  content_hash: string;
  filed_hash: string | null;
  exported_at: string;
  exported_by: string;
  filed_at: string | null;
  filed_by: string | null;
  taken_out: Generated<number>;
  kept: Generated<number>;
}

export interface ExtractReviewsTable {
  id: Generated<number>;
  meeting_id: number;
  child_id: number;
  mention_key: string;
  phrase: string;
  sentence: string;
  /** JSON: [{ id, name, caseRef }] */
  suspects: string;
  choice: string;
  decided_at: string;
  decided_by: string;
}

/** A child's core details and key dates as they stood when the meeting closed (JSON), for the records of that meeting. */
export interface RecordDetailsTable {
  item_id: number;
  child_id: number;
  details: string;
  taken_at: string;
}

export interface ImportProfilesTable {
  id: Generated<number>;
  /** the file's headings, compared loosely and in any order */
  headings_key: string;
  name: string;
  /** JSON: mapping, values, teams, people */
  choices: string;
  saved_at: string;
  saved_by: string;
}

export interface LoginPeopleTable {
  login: string;
  person_id: number;
  chosen_at: string;
}

/** Each legal status a child has been recorded with, from the (local) day it was recorded: kept by triggers (migration 10). */
export interface LegalStatusHistoryTable {
  id: Generated<number>;
  child_id: number;
  legal_status: string;
  since: string;
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
  meeting_types: MeetingTypesTable;
  meeting_series: MeetingSeriesTable;
  series_rotation: SeriesRotationTable;
  series_overrides: SeriesOverridesTable;
  series_extras: SeriesExtrasTable;
  meetings: MeetingsTable;
  agenda_items: AgendaItemsTable;
  agenda_item_children: AgendaItemChildrenTable;
  meeting_attendees: MeetingAttendeesTable;
  minute_fields: MinuteFieldsTable;
  item_ratings: ItemRatingsTable;
  actions: ActionsTable;
  action_children: ActionChildrenTable;
  action_reviews: ActionReviewsTable;
  action_updates: ActionUpdatesTable;
  amendments: AmendmentsTable;
  filing_exports: FilingExportsTable;
  filing_records: FilingRecordsTable;
  record_details: RecordDetailsTable;
  extract_reviews: ExtractReviewsTable;
  cic_reviews: CicReviewsTable;
  escalations: EscalationsTable;
  import_profiles: ImportProfilesTable;
  login_people: LoginPeopleTable;
  legal_status_history: LegalStatusHistoryTable;
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
export type MeetingTypeRow = Selectable<MeetingTypesTable>;
export type SeriesRow = Selectable<MeetingSeriesTable>;
export type MeetingRow = Selectable<MeetingsTable>;
export type AgendaItemRow = Selectable<AgendaItemsTable>;
export type AttendeeRow = Selectable<MeetingAttendeesTable>;
export type ActionDbRow = Selectable<ActionsTable>;
