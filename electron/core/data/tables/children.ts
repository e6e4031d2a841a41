import { GENDER, LEGAL_STATUS, PLACEMENT_TYPE } from '../../../../shared/domain/vocabulary';
import { bool, id, integer, nullable, oneOf, text, withDefault } from '../codecs';
import { table, type Row } from '../table';

export const children = table('children', {
  id: id(),
  case_ref: text(),
  first_name: text(),
  last_name: text(),
  date_of_birth: nullable(text()),
  is_unborn: bool(),
  gender: nullable(oneOf(GENDER.values)),
  ethnicity: nullable(text()),
  team_id: nullable(integer()),
  social_worker_id: nullable(integer()),
  team_manager_id: nullable(integer()),
  iro_id: nullable(integer()),
  legal_status: oneOf(LEGAL_STATUS.values),
  date_entered_care: nullable(text()),
  placement_type: nullable(oneOf(PLACEMENT_TYPE.values)),
  sibling_group_id: nullable(integer()),
  closed_on: nullable(text()),
  closed_reason: nullable(text()),
  created_at: text(),
  updated_at: text(),
  /** Added to by each save that changes the row; a save based on an older version is a conflict (see the write path). */
  version: withDefault(integer()),
});
export type ChildRow = Row<typeof children>;
