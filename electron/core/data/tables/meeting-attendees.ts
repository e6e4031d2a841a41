import { ATTENDANCE } from '../../../../shared/domain/minutes-vocabulary';
import { ROLES } from '../../../../shared/roles';
import { bool, id, integer, nullable, oneOf, text } from '../codecs';
import { table, type Row } from '../table';

export const meetingAttendees = table('meeting_attendees', {
  id: id(),
  meeting_id: integer(),
  person_id: nullable(integer()),
  name: text(),
  role: oneOf(ROLES),
  organisation: nullable(text()),
  status: oneOf(ATTENDANCE.values),
  declaration: nullable(text()),
  minute_taker: bool(),
  core: bool(),
  position: integer(),
  updated_at: text(),
});
export type AttendeeRow = Row<typeof meetingAttendees>;
