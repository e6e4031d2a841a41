import { integer, nullable, text } from '../codecs';
import { table, type Row } from '../table';

/** Who holds the pen for a meeting's minutes: a person (as they sign in) on one laptop or window. */
export const meetingPens = table('meeting_pens', {
  meeting_id: integer(),
  login: text(),
  client_id: text(),
  since: text(),
  /** The previous holder's login when the pen was taken over from them (they are told); null otherwise. */
  taken_from: nullable(text()),
});
export type MeetingPenRow = Row<typeof meetingPens>;
