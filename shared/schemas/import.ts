import { z } from 'zod';
import { role } from './person';

/**
 * Importing children from a case-management system's CSV export.
 * The file travels as text; the mapping says which CSV column feeds which field.
 */
export const IMPORT_FIELDS = [
  { key: 'caseRef', label: 'Case reference', required: true },
  { key: 'firstName', label: 'First name', required: true },
  { key: 'lastName', label: 'Last name', required: true },
  { key: 'dateOfBirth', label: 'Date of birth / expected date of delivery', required: false },
  { key: 'gender', label: 'Gender', required: false },
  { key: 'ethnicity', label: 'Ethnicity', required: false },
  { key: 'team', label: 'Team', required: false },
  { key: 'socialWorker', label: 'Social worker', required: false },
  { key: 'teamManager', label: 'Team manager', required: false },
  { key: 'iro', label: 'IRO', required: false },
  { key: 'legalStatus', label: 'Legal status', required: true },
  { key: 'dateEnteredCare', label: 'Date entered care', required: false },
  { key: 'placementType', label: 'Placement type', required: false },
  { key: 'primaryPlan', label: 'Primary permanence plan', required: false },
  { key: 'parallelPlans', label: 'Parallel plans', required: false },
  { key: 'lgpDate', label: 'Legal Gateway Panel date', required: false },
  { key: 'lgpDecision', label: 'Legal Gateway decision', required: false },
  { key: 'ploStart', label: 'PLO start date', required: false },
  { key: 'proceedingsIssued', label: 'Proceedings issued date', required: false },
  { key: 'rag', label: 'Current RAG', required: false },
  { key: 'ragReason', label: 'RAG reason', required: false },
  { key: 'ragDate', label: 'RAG date', required: false },
  { key: 'lastCpm', label: 'Last Care Planning Meeting', required: false },
  { key: 'lastPp', label: 'Last Permanence Panel', required: false },
] as const;
export type ImportFieldKey = (typeof IMPORT_FIELDS)[number]['key'];
export const IMPORT_FIELD_KEYS = IMPORT_FIELDS.map((f) => f.key) as unknown as readonly [ImportFieldKey, ...ImportFieldKey[]];
export const IMPORT_FIELD_LABELS = Object.fromEntries(IMPORT_FIELDS.map((f) => [f.key, f.label])) as Record<ImportFieldKey, string>;

/** field -> CSV column header (or null: not imported) */
export const importMapping = z.partialRecord(z.enum(IMPORT_FIELD_KEYS), z.string().max(200).nullable());
export type ImportMapping = z.infer<typeof importMapping>;

const MAX_CSV_CHARS = 20_000_000;
const csvText = z.string({ error: 'Choose a CSV file to import.' }).min(1, 'The file is empty.').max(MAX_CSV_CHARS, 'The file is too large to import (over 20 MB).');

/** Without a mapping, the core suggests one from the column headings. */
export const importPreviewInput = z.strictObject({ csv: csvText, mapping: importMapping.optional() });
export const importCommitInput = z.strictObject({
  csv: csvText,
  mapping: importMapping,
  /** CSV line numbers the person chose to leave out. */
  exclude: z.array(z.number().int().positive()).max(1_000_000).optional().transform((v) => v ?? []),
  /** Only for the audit log, so the record says which file was imported. */
  fileName: z.string().trim().max(255).optional(),
});

export const importRowProblem = z.object({ field: z.string(), column: z.string().nullable(), message: z.string() });
export type ImportRowProblem = z.infer<typeof importRowProblem>;

export const importPreviewRow = z.object({
  /** line in the file (header is line 1), counted as a spreadsheet counts rows */
  line: z.number().int(),
  caseRef: z.string(),
  name: z.string(),
  action: z.enum(['create', 'update', 'unchanged', 'invalid']),
  /** For an update: what will change, in words ("Legal status", "RAG rating"). For a new child: what will be recorded besides the child. */
  changes: z.array(z.string()),
  problems: z.array(importRowProblem),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRow>;

/** Someone named in the file who is not in Settings yet: added on import with the role their column implies. */
export const importPersonToAdd = z.object({ name: z.string(), role, teamName: z.string().nullable(), rows: z.number().int() });
export type ImportPersonToAdd = z.infer<typeof importPersonToAdd>;

export const importPreviewOutput = z.object({
  headers: z.array(z.string()),
  /** the first value under each heading (same order), to help the person match columns to fields */
  examples: z.array(z.string()),
  mapping: importMapping,
  /** problems with the file as a whole (no header row, a required field not mapped) */
  fileProblems: z.array(z.string()),
  rows: z.array(importPreviewRow),
  counts: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), invalid: z.number().int() }),
  peopleToAdd: z.array(importPersonToAdd),
});
export type ImportPreview = z.infer<typeof importPreviewOutput>;

export const importCommitOutput = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  excluded: z.number().int(),
  peopleAdded: z.number().int(),
});
export type ImportResult = z.infer<typeof importCommitOutput>;
