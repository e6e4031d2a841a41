import { figuresCsv, figuresCsvInput, figuresExportInput, figuresPeriod, figuresResult } from '../schemas/figures';
import { wordFile } from '../schemas/agenda';
import type { ProcedureMap } from './common';

/** The management figures for the quarterly performance meeting. */
export const figuresProcedures = {
  /** The management figures for a period and a team (all teams when none), each counted in SQL from the review rules. */
  'figures.get': { input: figuresPeriod, output: figuresResult },
  /** One table of the figures as CSV, as the page shows it. */
  'figures.exportCsv': { input: figuresCsvInput, output: figuresCsv },
  /** The report for the performance meeting: charts and tables, children named only in an appendix when asked for. */
  'figures.exportDocx': { input: figuresExportInput, output: wordFile },
} as const satisfies ProcedureMap;
