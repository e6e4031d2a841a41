import { bool, integer, nullable, text } from '../codecs';
import { table, type Row } from '../table';

/** A one-off change to a date of a rota, keyed by the date the pattern gave. */
export const seriesOverrides = table('series_overrides', {
  series_id: integer(),
  pattern_date: text(),
  cancelled: bool(),
  moved_to: nullable(text()),
  team_id: nullable(integer()),
  note: nullable(text()),
  updated_at: text(),
});
export type OverrideRow = Row<typeof seriesOverrides>;
