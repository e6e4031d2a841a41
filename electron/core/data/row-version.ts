import { sql } from 'kysely';
import type { AuditedChange } from './write';

/**
 * Set beside a change to a row two people can edit that is not an edit checked by the write path's
 * `claimVersion` (closing a child, an action's progress, a meeting moved with its rota): the row's
 * version moves on all the same, so an edit based on what the row said before is a conflict.
 */
export const versionMovedOn = { version: sql<number>`version + 1` } as const;

/** Said by a caller whose change to an edited row is not claimed: the repository moves the version on. */
export const MOVES_VERSION = 'moves the version' as const;

/**
 * `VersionCheck.changedIn` for a row whose edits are audited with each changed field's before and
 * after under the field's own name (`changedFields`): that field was changed by this audit row.
 */
export function changedInDetails(row: AuditedChange, path: string): boolean {
  return typeof row.details === 'object' && row.details !== null && path in row.details;
}
