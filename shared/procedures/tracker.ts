import { z } from 'zod';
import { trackerQuery, trackerResult } from '../schemas/tracker';
import type { ProcedureMap } from './common';

/** The Permanence Tracker. */
export const trackerProcedures = {
  'tracker.query': { input: trackerQuery, output: trackerResult },
  'tracker.exportCsv': { input: trackerQuery, output: z.object({ fileName: z.string(), csv: z.string() }) },
} as const satisfies ProcedureMap;
