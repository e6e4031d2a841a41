import { id, integer, nullable, text } from '../codecs';
import { table, type Row } from '../table';

/** An extra meeting of a rota: it takes no turn. */
export const seriesExtras = table('series_extras', {
  id: id(),
  series_id: integer(),
  date: text(),
  team_id: nullable(integer()),
  note: nullable(text()),
  created_at: text(),
});
export type ExtraRow = Row<typeof seriesExtras>;
