import { MEETING_STATUS } from '../../../../shared/domain/minutes-vocabulary';
import { id, integer, nullable, oneOf, text, withDefault } from '../codecs';
import { table, type Row } from '../table';

/** A rota date becomes a meeting when its agenda is prepared (or a Care Planning Meeting is booked). */
export const meetings = table('meetings', {
  id: id(),
  type_id: integer(),
  series_id: nullable(integer()),
  /** The rota date it is ('p:2026-11-19', or 'x:4' for an extra meeting): one meeting per date. */
  occurrence_key: nullable(text()),
  date: text(),
  start_time: text(),
  end_time: text(),
  venue: nullable(text()),
  chair_id: nullable(integer()),
  team_id: nullable(integer()),
  status: withDefault(oneOf(MEETING_STATUS.values)),
  created_at: text(),
  updated_at: text(),
  started_at: nullable(text()),
  closed_at: nullable(text()),
  approved_by: nullable(text()),
  approved_on: nullable(text()),
  approved_at: nullable(text()),
  locked_at: nullable(text()),
  current_item_id: nullable(integer()),
  current_since: nullable(text()),
  /** The Care Planning Meeting this one's minutes booked. */
  booked_next_id: nullable(integer()),
  /** Added to by each save that changes the row; a save based on an older version is a conflict (see the write path). */
  version: withDefault(integer()),
});
export type MeetingRow = Row<typeof meetings>;
