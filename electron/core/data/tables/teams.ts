import { id, integer, nullable, text } from '../codecs';
import { table, type Row } from '../table';

export const teams = table('teams', {
  id: id(),
  name: text(),
  team_manager_id: nullable(integer()),
  group_manager_id: nullable(integer()),
  archived_at: nullable(text()),
  created_at: text(),
  updated_at: text(),
});
export type TeamRow = Row<typeof teams>;
