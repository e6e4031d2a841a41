import { z } from 'zod';
import { auditPage, auditQuery } from '../schemas/safety';
import type { ProcedureMap } from './common';

/** Who changed what, and when. */
export const auditProcedures = {
  'audit.list': { input: auditQuery, output: auditPage },
  'audit.exportCsv': { input: auditQuery, output: z.object({ fileName: z.string(), csv: z.string() }) },
} as const satisfies ProcedureMap;
