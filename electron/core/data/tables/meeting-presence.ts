import { integer, text } from '../codecs';
import { table, type Row } from '../table';

/** Who has a meeting's page open: one row per person and window, renewed by a heartbeat. */
export const meetingPresence = table('meeting_presence', {
  meeting_id: integer(),
  login: text(),
  client_id: text(),
  last_seen: text(),
});
export type MeetingPresenceRow = Row<typeof meetingPresence>;
