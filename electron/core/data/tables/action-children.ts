import { integer } from '../codecs';
import { table } from '../table';

/** The children an action is for: copied from its item when agreed, so separating siblings later never moves it. */
export const actionChildren = table('action_children', {
  action_id: integer(),
  child_id: integer(),
});
