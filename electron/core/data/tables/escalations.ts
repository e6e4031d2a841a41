import { id, integer, nullable, text } from '../codecs';
import { table, type Row } from '../table';

export const escalations = table('escalations', {
  id: id(),
  child_id: integer(),
  raised_on: text(),
  raised_by_id: nullable(integer()),
  raised_by: text(),
  group_manager_id: nullable(integer()),
  reason: text(),
  /** The panel the child was brought to for it. */
  meeting_id: nullable(integer()),
  closed_on: nullable(text()),
  closed_note: nullable(text()),
  created_at: text(),
  updated_at: text(),
  recorded_by: text(),
});
export type EscalationRow = Row<typeof escalations>;
