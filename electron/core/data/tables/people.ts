import { ROLES } from '../../../../shared/roles';
import { id, integer, nullable, oneOf, text, withDefault } from '../codecs';
import { table, type Row } from '../table';

export const people = table('people', {
  id: id(),
  name: text(),
  role: oneOf(ROLES),
  team_id: nullable(integer()),
  email: nullable(text()),
  archived_at: nullable(text()),
  created_at: text(),
  updated_at: text(),
  /** Added to by each save that changes the row; a save based on an older version is a conflict (see the write path). */
  version: withDefault(integer()),
});
export type PersonRow = Row<typeof people>;
