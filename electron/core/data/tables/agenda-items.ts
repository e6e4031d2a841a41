import { z } from 'zod';
import { LEGAL_STATUS, LGP_BOOKING_REASON, LGP_DECISION } from '../../../../shared/domain/vocabulary';
import { RULE_IDS } from '../../../../shared/review/types';
import { agendaItem, papers } from '../../../../shared/schemas/agenda';
import { id, integer, json, nullable, oneOf, text, withDefault } from '../codecs';
import { table, type Row } from '../table';

const legalStatus = z.enum(LEGAL_STATUS.values);

/** What a Legal Gateway item last wrote to its children's records, kept on the item so a corrected decision replaces it. */
export const lgpApplied = z.object({
  decision: z.enum(LGP_DECISION.values),
  keyDateIds: z.array(z.number()),
  /** Each child's legal status before the decision changed it (only children whose status it changed), by child id. */
  statusBefore: z.record(z.string(), legalStatus),
  /** The status the decision set. */
  statusSet: legalStatus.nullable(),
  /** The initial plan the item ratified, as applied (null: none), and the plan row it added for each child. */
  plan: z.string().nullable().optional(),
  planIds: z.record(z.string(), z.number()).optional(),
});
export type LgpApplied = z.infer<typeof lgpApplied>;

export const agendaItems = table('agenda_items', {
  id: id(),
  meeting_id: integer(),
  position: integer(),
  presenter_id: nullable(integer()),
  slot_minutes: integer(),
  reason: text(),
  source: oneOf(agendaItem.shape.source.options),
  /** The review rule that proposed it: the Word agenda names the kind of review, never the engine's case detail. */
  due_rule: nullable(oneOf(RULE_IDS)),
  lgp_reason: nullable(oneOf(LGP_BOOKING_REASON.values)),
  /** Legal Gateway papers: each paper's state. */
  papers: nullable(json(papers)),
  created_at: text(),
  updated_at: text(),
  seconds_spent: withDefault(integer()),
  lgp_applied: nullable(json(lgpApplied)),
  /** Added to by each save that changes the row; a save based on an older version is a conflict (see the write path). */
  version: withDefault(integer()),
});
export type AgendaItemRow = Row<typeof agendaItems>;
