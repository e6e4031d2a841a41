import { KEY_DATE_TYPE, LGP_DECISION } from '../../../../shared/domain/vocabulary';
import { id, integer, nullable, oneOf, text } from '../codecs';
import { table, type Row } from '../table';

export const keyDates = table('key_dates', {
  id: id(),
  child_id: integer(),
  type: oneOf(KEY_DATE_TYPE.values),
  date: text(),
  label: nullable(text()),
  decision: nullable(oneOf(LGP_DECISION.values)),
  notes: nullable(text()),
  created_at: text(),
  updated_at: text(),
});
export type KeyDateRow = Row<typeof keyDates>;
