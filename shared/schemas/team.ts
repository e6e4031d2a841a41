import { z } from 'zod';
import { confirmDuplicate, id, nameField, optionalId, timestamp } from './common';

export const team = z.object({
  id,
  name: z.string(),
  teamManagerId: id.nullable(),
  groupManagerId: id.nullable(),
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Team = z.infer<typeof team>;

const teamFields = {
  name: nameField('the team name'),
  teamManagerId: optionalId,
  groupManagerId: optionalId,
};

export const teamCreateInput = z.strictObject({ ...teamFields, confirmDuplicate });
export const teamUpdateInput = z.strictObject({ id, ...teamFields, confirmDuplicate });
export const archiveInput = z.strictObject({ id, archived: z.boolean({ error: 'Say whether to archive or restore.' }) });
export const listInput = z
  .strictObject({ includeArchived: z.boolean().optional() })
  .optional()
  .transform((v) => ({ includeArchived: v?.includeArchived ?? false }));

export type TeamCreateInput = z.input<typeof teamCreateInput>;
export type TeamUpdateInput = z.input<typeof teamUpdateInput>;
