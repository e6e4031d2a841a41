import { z } from 'zod';
import { LEGAL_ORDER_SOUGHT, PERMANENCE_OPTION } from '../../../../shared/domain/vocabulary';
import { bool, id, integer, json, nullable, oneOf, text, withDefault } from '../codecs';
import { table, type Row } from '../table';

/** A plan is never edited in place: each change is a new row, so the history shows how the options narrowed. */
export const permanencePlans = table('permanence_plans', {
  id: id(),
  child_id: integer(),
  primary_option: nullable(oneOf(PERMANENCE_OPTION.values)),
  parallel_options: json(z.array(z.enum(PERMANENCE_OPTION.values))),
  legal_order_sought: nullable(oneOf(LEGAL_ORDER_SOUGHT.values)),
  ratified_on: nullable(text()),
  /** Where it was ratified, in words. */
  ratified_at: nullable(text()),
  notes: nullable(text()),
  recorded_at: text(),
  recorded_by: text(),
  /** The day the plan was agreed: the meeting's date for a meeting's outcome, else the day it was recorded. */
  agreed_on: nullable(text()),
  /** Since when these options have stood: a change of option starts a new date. */
  options_since: nullable(text()),
  /** These options replaced different ones. */
  changed_option: withDefault(bool()),
  /** The meeting whose agreed plan this is, when it came from one. */
  meeting_id: nullable(integer()),
  gm_ratified_by: nullable(text()),
  gm_ratified_on: nullable(text()),
});
export type PlanRow = Row<typeof permanencePlans>;
