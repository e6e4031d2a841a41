import { z } from 'zod';
import { cpmBookInput, cpmQuery, cpmRow, meetingDetail } from '../schemas/agenda';
import { id } from '../schemas/common';
import { cpmPlanApplyInput, cpmPlanPreview } from '../schemas/minutes';
import type { ProcedureMap } from './common';

/** Care Planning Meetings: who is due, bookings, and carrying the agreed plan to the record. */
export const cpmProcedures = {
  'cpm.list': { input: cpmQuery, output: z.array(cpmRow) },
  'cpm.book': { input: cpmBookInput, output: meetingDetail },
  /** What a held Care Planning Meeting's agreed plan would change on each child's plan, for the person to confirm. */
  'cpm.planPreview': { input: z.strictObject({ itemId: id }), output: cpmPlanPreview },
  /** Applies exactly the previewed changes; refused if the meeting or the plan changed since (the token no longer matches). */
  'cpm.planApply': { input: cpmPlanApplyInput, output: cpmPlanPreview },
} as const satisfies ProcedureMap;
