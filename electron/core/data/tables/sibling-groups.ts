import { id, text } from '../codecs';
import { table } from '../table';

export const siblingGroups = table('sibling_groups', {
  id: id(),
  created_at: text(),
});
