import { importCommitInput, importCommitOutput, importPreviewInput, importPreviewOutput } from '../schemas/import';
import type { ProcedureMap } from './common';

/** Children imported from a case system's CSV report. */
export const importProcedures = {
  'import.preview': { input: importPreviewInput, output: importPreviewOutput },
  'import.commit': { input: importCommitInput, output: importCommitOutput },
} as const satisfies ProcedureMap;
