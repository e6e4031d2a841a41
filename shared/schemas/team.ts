import { z } from 'zod';
import { confirmDuplicate, id, nameField, optionalId, rowVersion, timestamp } from './common';

export const team = z.object({
  id,
  name: z.string(),
  teamManagerId: id.nullable(),
  groupManagerId: id.nullable(),
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Moves on with each change of the row; an edit or archive sends the version it was based on. */
  version: z.number().int().min(1),
});
export type Team = z.infer<typeof team>;

const teamFields = {
  name: nameField('the team name'),
  teamManagerId: optionalId,
  groupManagerId: optionalId,
};

export const teamCreateInput = z.strictObject({ ...teamFields, confirmDuplicate });
export const teamUpdateInput = z.strictObject({ id, ...teamFields, confirmDuplicate, version: rowVersion });
export const archiveInput = z.strictObject({ id, archived: z.boolean({ error: 'Say whether to archive or restore.' }) });
/** Archiving or restoring a record two people can edit: based on the version shown, so it never undoes a change made since unseen. */
export const versionedArchiveInput = archiveInput.extend({ version: rowVersion });
export const listInput = z
  .strictObject({ includeArchived: z.boolean().optional() })
  .optional()
  .transform((v) => ({ includeArchived: v?.includeArchived ?? false }));

export type TeamCreateInput = z.input<typeof teamCreateInput>;
export type TeamUpdateInput = z.input<typeof teamUpdateInput>;
