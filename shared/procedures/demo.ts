import { z } from 'zod';
import { none, type ProcedureMap } from './common';

/** The fictional demo council for a first look. */
export const demoProcedures = {
  'demo.load': { input: none, output: z.object({ teams: z.number().int(), people: z.number().int(), children: z.number().int() }) },
} as const satisfies ProcedureMap;
