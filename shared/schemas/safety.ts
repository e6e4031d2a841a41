import { z } from 'zod';

export const HEALTH_STATUSES = ['ok', 'checking', 'damaged', 'newer', 'unavailable', 'missing', 'locked'] as const;

export const health = z.object({
  /**
   * checking: the integrity check has not finished. The rest mean the data cannot be used until put right:
   * damaged (restore a backup), missing (the file is gone but backups exist: restore one),
   * newer (install the newer Panelroom), unavailable (another program holds the file: close it),
   * locked (the data's key is missing or not the right one: nothing is opened or offered to overwrite it).
   */
  status: z.enum(HEALTH_STATUSES),
  message: z.string().nullable(),
  problems: z.array(z.string()),
  dataFolderWarning: z.string().nullable(),
  lastBackupAt: z.string().nullable(),
});
export type Health = z.infer<typeof health>;

export const backupInfo = z.object({ name: z.string(), takenAt: z.string(), reason: z.string(), bytes: z.number().int() });
export type BackupInfo = z.infer<typeof backupInfo>;

export const backupNameInput = z.strictObject({
  name: z
    .string({ error: 'Choose a backup.' })
    .regex(/^panelroom-[0-9T-]+Z-[a-z-]+\.sqlite3$/, 'Choose a backup from the list.'),
});

export const restoreOutput = z.object({ restored: z.string(), previousFileKeptAs: z.string().nullable() });

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  summary: z.string(),
  /** What changed, in words: before and after for an edit, otherwise each detail by name. */
  details: z.array(z.object({ label: z.string(), value: z.string() })),
});

export const auditQuery = z
  .strictObject({
    search: z.string().trim().max(100).optional(),
    entity: z.string().max(40).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .optional()
  .transform((q) => ({ search: q?.search ?? '', entity: q?.entity ?? '', limit: q?.limit ?? 100, offset: q?.offset ?? 0 }));

export const auditPage = z.object({ rows: z.array(auditEntry), total: z.number().int() });
