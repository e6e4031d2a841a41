import { integer, text } from '../codecs';
import { table } from '../table';

/** Who each computer login said they are: the person written as "who" on their changes. */
export const loginPeople = table('login_people', {
  login: text(),
  person_id: integer(),
  chosen_at: text(),
});
