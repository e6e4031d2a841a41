import { integer } from '../codecs';
import { table } from '../table';

/** The children of each agenda item, unique per meeting. */
export const agendaItemChildren = table('agenda_item_children', {
  item_id: integer(),
  meeting_id: integer(),
  child_id: integer(),
  position: integer(),
});
