import { id, integer, nullable, text, withDefault } from '../codecs';
import { table, type Row } from '../table';

export const teams = table('teams', {
  id: id(),
  name: text(),
  team_manager_id: nullable(integer()),
  group_manager_id: nullable(integer()),
  archived_at: nullable(text()),
  created_at: text(),
  updated_at: text(),
  /** Added to by each save that changes the row; a save based on an older version is a conflict (see the write path). */
  version: withDefault(integer()),
});
export type TeamRow = Row<typeof teams>;
