import { integer } from '../codecs';
import { table } from '../table';

export const seriesRotation = table('series_rotation', {
  series_id: integer(),
  position: integer(),
  team_id: integer(),
});
