import { z } from 'zod';
import { LEGAL_ORDER_SOUGHT, MEETING_KIND, PERMANENCE_OPTION } from '../../../../shared/domain/vocabulary';
import { id, integer, json, nullable, oneOf, text } from '../codecs';
import { table, type Row } from '../table';

/** What a Care Planning Meeting agreed for the child's plan, as the history keeps it. */
export const storedAgreedPlan = z.object({
  primary: z.enum(PERMANENCE_OPTION.values),
  parallel: z.array(z.enum(PERMANENCE_OPTION.values)),
  legalOrderSought: z.enum(LEGAL_ORDER_SOUGHT.values).nullable().optional().transform((v) => v ?? null),
});

/** The review engine's history of meetings each child was discussed at (Panelroom's own, imported, or the demo's). */
export const childMeetings = table('child_meetings', {
  id: id(),
  child_id: integer(),
  kind: oneOf(MEETING_KIND.values),
  held_on: text(),
  /** 'meeting', 'import', 'demo' or 'manual': shown as it is on the child's page. */
  source: text(),
  meeting_id: nullable(integer()),
  agreed_plan: nullable(json(storedAgreedPlan)),
});
export type ChildMeetingRow = Row<typeof childMeetings>;
