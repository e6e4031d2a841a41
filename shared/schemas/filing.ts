import { z } from 'zod';
import { hasControlCharacters, id, rowVersion, storedIsoDate } from './common';
import { extractReviewCounts } from './extract-review';

/** One child's extract on a meeting's filing checklist: exported when and by whom, filed to the case record when and by whom. */
export const filingRow = z.object({
  childId: id,
  itemId: id,
  caseRef: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** The extract's file name, as it was last exported (or will be). */
  fileName: z.string(),
  exportedAt: z.string().nullable(),
  exportedBy: z.string().nullable(),
  /** Mentions of other children taken out of the extract's text when it was last exported. */
  redactions: z.number().int(),
  filedAt: z.string().nullable(),
  filedBy: z.string().nullable(),
  /** Exported again, saying something different, after it was ticked as filed: the copy on the case record is out of date. */
  exportedSinceFiled: z.boolean(),
  /** The minutes were amended (this item, or the whole) after this extract was last exported: export again. */
  amendedSinceExport: z.boolean(),
  /** Other children in the extract as it stands now: taken out, reviewed, waiting for review. Null until the extracts can be filed. */
  review: extractReviewCounts.nullable(),
});
export type FilingRow = z.infer<typeof filingRow>;

export const filingChecklist = z.object({
  meetingId: id,
  meetingDate: storedIsoDate,
  typeName: z.string(),
  /** Why the extracts cannot be exported yet (minutes not approved), or null when they can. */
  blockedReason: z.string().nullable(),
  /** The folder an export for filing writes, e.g. 'Permanence Panel 2026-11-19 for filing'. */
  folderName: z.string(),
  lastExport: z
    .object({
      at: z.string(),
      by: z.string(),
      /** Where the desktop app wrote the folder; null for a browser download. */
      folder: z.string().nullable(),
      files: z.number().int(),
    })
    .nullable(),
  rows: z.array(filingRow),
});
export type FilingChecklist = z.infer<typeof filingChecklist>;

export const filingMarkInput = z.strictObject({ meetingId: id, childId: id, filed: z.boolean({ error: 'Say whether it is filed.' }) });

export const extractInput = z.strictObject({ meetingId: id, childId: id });

/** Browser mode: the folder for filing as one zip download. */
export const filingZip = z.object({ fileName: z.string(), base64: z.string(), checklist: filingChecklist });

/** What heads every Word document: the council's name. Empty means none is printed. */
export const documentSettings = z.object({
  authorityName: z.string().nullable(),
  /** Moves on with each save of the name (0: never set); a save sends the version it was based on. */
  version: z.number().int().min(0),
});
/** The name as the page edits it; a save adds the version it was based on (`documentSettingsInput`). */
export const documentSettingsFields = z.strictObject({
  authorityName: z
    .string({ error: 'Enter the council’s name, or leave it empty.' })
    .trim()
    .max(120, 'Keep the council’s name to 120 characters or fewer.')
    .refine((v) => !hasControlCharacters(v), 'The name cannot contain control characters.')
    .transform((v) => (v === '' ? null : v)),
});
export const documentSettingsInput = documentSettingsFields.extend({ version: rowVersion });
