import { z } from 'zod';
import { id } from './common';
import { person, personCreateInput } from './person';

/**
 * Who is using Panelroom on this computer: one of the People, chosen once per computer
 * login. Documents, the audit log and the filing checklist name them; the login stays in
 * the audit details.
 */
export const currentUser = z.object({
  /** the computer's login the app runs under */
  login: z.string(),
  person: person.nullable(),
});
export type CurrentUser = z.infer<typeof currentUser>;

/** Choose someone from People, or add yourself (the same fields as adding a person). */
export const setCurrentUserInput = z.union([z.strictObject({ personId: id }), z.strictObject({ add: personCreateInput })]);
export type SetCurrentUserInput = z.input<typeof setCurrentUserInput>;
