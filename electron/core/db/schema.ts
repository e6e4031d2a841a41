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

export interface Database {
  teams: TeamsTable;
  people: PeopleTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
}

export type TeamRow = Selectable<TeamsTable>;
export type NewTeamRow = Insertable<TeamsTable>;
export type TeamRowUpdate = Updateable<TeamsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPersonRow = Insertable<PeopleTable>;
export type PersonRowUpdate = Updateable<PeopleTable>;
export type NewAuditRow = Insertable<AuditLogTable>;
