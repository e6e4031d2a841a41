import { id, integer, nullable, text } from '../codecs';
import { table } from '../table';

/** A dated correction to approved minutes, shown with them; the approved text never changes. */
export const amendments = table('amendments', {
  id: id(),
  meeting_id: integer(),
  item_id: nullable(integer()),
  text: text(),
  made_on: text(),
  made_by: text(),
  at: text(),
});
