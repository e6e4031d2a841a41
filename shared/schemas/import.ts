import { z } from 'zod';
import { GENDER, LEGAL_STATUS, LGP_DECISION, PERMANENCE_OPTION, PLACEMENT_TYPE, RAG } from '../domain/vocabulary';
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

/**
 * Columns whose cells must be one of a fixed list. Each wording in the file is matched to
 * a value (suggested from the wording, changeable in the preview); `blank` means the field
 * can be left empty when a wording means nothing Panelroom records.
 */
export const IMPORT_VALUE_FIELDS = {
  legalStatus: { vocabulary: LEGAL_STATUS, blank: false },
  gender: { vocabulary: GENDER, blank: true },
  placementType: { vocabulary: PLACEMENT_TYPE, blank: true },
  primaryPlan: { vocabulary: PERMANENCE_OPTION, blank: true },
  parallelPlans: { vocabulary: PERMANENCE_OPTION, blank: true },
  lgpDecision: { vocabulary: LGP_DECISION, blank: true },
  rag: { vocabulary: RAG, blank: true },
} as const;
export type ImportValueField = keyof typeof IMPORT_VALUE_FIELDS;
export const IMPORT_VALUE_FIELD_KEYS = Object.keys(IMPORT_VALUE_FIELDS) as ImportValueField[];

const wording = z.string().max(200);
/** What a wording in the file means: a value of the field's list, or '' for "leave it blank". */
const valueChoices = <T extends readonly [string, ...string[]]>(values: T, blank: boolean) => z.record(wording, blank ? z.enum([...values, '']) : z.enum(values)).optional();
export const importValueMap = z.strictObject({
  legalStatus: valueChoices(LEGAL_STATUS.values, false),
  gender: valueChoices(GENDER.values, true),
  placementType: valueChoices(PLACEMENT_TYPE.values, true),
  primaryPlan: valueChoices(PERMANENCE_OPTION.values, true),
  parallelPlans: valueChoices(PERMANENCE_OPTION.values, true),
  lgpDecision: valueChoices(LGP_DECISION.values, true),
  rag: valueChoices(RAG.values, true),
});
export type ImportValueMap = z.infer<typeof importValueMap>;

/** A team named in the file that Panelroom does not have: one of its teams, a new team by that name, or no team. */
export const importTeamChoice = z.union([z.number().int().positive(), z.enum(['new', 'blank'])]);
export type ImportTeamChoice = z.infer<typeof importTeamChoice>;
export const importTeamMap = z.record(wording, importTeamChoice);
export type ImportTeamMap = z.infer<typeof importTeamMap>;
/** A worker named in the file who is not in Settings: someone already there (by id), or added as new. */
export const importPersonMap = z.record(wording, z.union([z.number().int().positive(), z.literal('new')]));
export type ImportPersonMap = z.infer<typeof importPersonMap>;

/** Everything the person decided about a file besides which rows to leave out; saved as a profile for files with the same headings. */
const importChoices = {
  mapping: importMapping,
  values: importValueMap.optional().transform((v) => v ?? {}),
  teams: importTeamMap.optional().transform((v) => v ?? {}),
  people: importPersonMap.optional().transform((v) => v ?? {}),
};

/** Without a mapping, the core uses the profile saved for the same headings, or suggests one from them. */
export const importPreviewInput = z.strictObject({ csv: csvText, ...importChoices, mapping: importMapping.optional(), fromSuggestions: z.boolean().optional() });
export const importCommitInput = z.strictObject({
  csv: csvText,
  ...importChoices,
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
  /** What will be left blank or read differently; never stops the row. */
  warnings: z.array(importRowProblem),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRow>;

/** Someone named in the file who is not in Settings yet: added on import with the role their column implies. */
export const importPersonToAdd = z.object({ name: z.string(), role, teamName: z.string().nullable(), rows: z.number().int() });
export type ImportPersonToAdd = z.infer<typeof importPersonToAdd>;

export const importValueEntry = z.object({
  /** the wording as it is in the file */
  text: z.string(),
  rows: z.number().int(),
  /** what it will be read as: a value, '' for blank, or null when nothing is chosen yet */
  value: z.string().nullable(),
  /** how that was decided */
  source: z.enum(['chosen', 'suggested', 'blank-like', 'none']),
});
export type ImportValueEntry = z.infer<typeof importValueEntry>;
export const importValueColumn = z.object({ field: z.enum(IMPORT_VALUE_FIELD_KEYS as [ImportValueField, ...ImportValueField[]]), column: z.string(), entries: z.array(importValueEntry) });
export type ImportValueColumn = z.infer<typeof importValueColumn>;

export const importTeamEntry = z.object({ text: z.string(), rows: z.number().int(), choice: importTeamChoice.nullable(), source: z.enum(['chosen', 'suggested', 'none']) });
export type ImportTeamEntry = z.infer<typeof importTeamEntry>;

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
  /** each mapped column with a fixed list: every wording in the file and what it will be read as */
  values: z.array(importValueColumn),
  /** team names in the file that are not Panelroom's teams */
  teams: z.array(importTeamEntry),
  /** workers named in the file who are not in Settings, and who each will be */
  people: importPersonMap,
  /** the saved choices this preview started from, when the file's headings were seen before */
  profile: z.object({ name: z.string(), savedAt: z.string() }).nullable(),
});
export type ImportPreview = z.infer<typeof importPreviewOutput>;

export const importCommitOutput = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  excluded: z.number().int(),
  peopleAdded: z.number().int(),
  teamsAdded: z.number().int(),
});
export type ImportResult = z.infer<typeof importCommitOutput>;
