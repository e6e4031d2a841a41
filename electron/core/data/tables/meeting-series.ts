import { HOLIDAY_RULE, SERIES_INTERVAL } from '../../../../shared/domain/vocabulary';
import { id, integer, nullable, oneOf, text } from '../codecs';
import { table, type Row } from '../table';

/** A rota is only its pattern and its teams: the dates are generated when read. */
export const meetingSeries = table('meeting_series', {
  id: id(),
  type_id: integer(),
  name: text(),
  /** 0 is Monday. */
  weekday: integer(),
  interval: oneOf(SERIES_INTERVAL.values),
  month_week: nullable(integer()),
  starts_on: text(),
  ends_on: nullable(text()),
  start_time: text(),
  end_time: text(),
  venue: nullable(text()),
  chair_id: nullable(integer()),
  holiday_rule: oneOf(HOLIDAY_RULE.values),
  archived_at: nullable(text()),
  created_at: text(),
  updated_at: text(),
});
export type SeriesRow = Row<typeof meetingSeries>;
