import { z } from 'zod';
import { ROLES } from '../roles';
import { confirmDuplicate, id, nameField, optionalEmail, optionalId, rowVersion, timestamp } from './common';

export const role = z.enum(ROLES, { error: 'Choose a role from the list.' });

export const person = z.object({
  id,
  name: z.string(),
  role,
  teamId: id.nullable(),
  email: z.string().nullable(),
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Moves on with each change of the row; an edit or archive sends the version it was based on. */
  version: z.number().int().min(1),
});
export type Person = z.infer<typeof person>;

const personFields = {
  name: nameField('the person’s name'),
  role,
  teamId: optionalId,
  email: optionalEmail,
};

export const personCreateInput = z.strictObject({ ...personFields, confirmDuplicate });
export const personUpdateInput = z.strictObject({ id, ...personFields, confirmDuplicate, version: rowVersion });

export type PersonCreateInput = z.input<typeof personCreateInput>;
export type PersonUpdateInput = z.input<typeof personUpdateInput>;
