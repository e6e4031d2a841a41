import { bool, integer, nullable, text } from '../codecs';
import { table, type Row } from '../table';

/**
 * Each action once for each team its children are in, with what the figures count it by: kept by
 * the database's own triggers whenever an action, its children or a child's team changes (migration
 * 20), so the figures count actions by team and by owner from one table, without joining every open
 * action to its children and theirs to their teams on each request, and no writer can forget it.
 */
export const actionTeams = table('action_teams', {
  action_id: integer(),
  /** The team of one or more of the action's children; null for children with no team. */
  team_id: nullable(integer()),
  /** True on one row of each action (its first team, no team first): the action counted once across teams. */
  first_team: bool(),
  status: text(),
  due_on: text(),
  completed_on: nullable(text()),
  impact_rag: nullable(text()),
  owner_id: nullable(integer()),
  /** The owner's name as typed, when no person was chosen. */
  typed_owner: nullable(text()),
});
export type ActionTeamRow = Row<typeof actionTeams>;
