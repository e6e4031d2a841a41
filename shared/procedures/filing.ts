import { wordFile } from '../schemas/agenda';
import { extractDecideInput, extractReview, extractReviewInput } from '../schemas/extract-review';
import { extractInput, filingChecklist, filingMarkInput, filingZip } from '../schemas/filing';
import { byId, type ProcedureMap } from './common';

/** The minutes as Word documents, and each child's extract filed to their case record. */
export const filingProcedures = {
  /** The panel's own record of the whole meeting; marked as a draft until the chair approves it. */
  'minutes.exportDocx': { input: byId, output: wordFile },
  /** One child's part of the minutes, for that child's case record: no other child's details. */
  'minutes.exportExtract': { input: extractInput, output: wordFile },
  'filing.checklist': { input: byId, output: filingChecklist },
  /** Browser mode's export for filing: every child's extract in one zip. The desktop app writes a folder instead. */
  'filing.exportZip': { input: byId, output: filingZip },
  'filing.mark': { input: filingMarkInput, output: filingChecklist },
  /** The possible mentions of other children in one child's extract, strongest first, each in its sentence, with any choice made. */
  'filing.review': { input: extractReviewInput, output: extractReview },
  /** A person's choice on one possible mention: take it out, or keep it (not that child). */
  'filing.decide': { input: extractDecideInput, output: extractReview },
} as const satisfies ProcedureMap;
