import { z } from 'zod';
import { meetingDetail, meetingListQuery, meetingSummary, meetingUpdateInput, prepareMeetingInput } from '../schemas/agenda';
import { meetingType, meetingTypeCreateInput, meetingTypeUpdateInput } from '../schemas/meeting-type';
import { approveInput, meetingState, minutesDetail, setCurrentItemInput, startMeetingInput } from '../schemas/minutes';
import { listInput, versionedArchiveInput } from '../schemas/team';
import { byId, type ProcedureMap } from './common';

/** Meeting types, and meetings from preparation to locked minutes. */
export const meetingsProcedures = {
  'meetingTypes.list': { input: listInput, output: z.array(meetingType) },
  'meetingTypes.create': { input: meetingTypeCreateInput, output: meetingType },
  'meetingTypes.update': { input: meetingTypeUpdateInput, output: meetingType },
  'meetingTypes.setArchived': { input: versionedArchiveInput, output: meetingType },
  'meetings.list': { input: meetingListQuery, output: z.array(meetingSummary) },
  /** Makes a rota date a real meeting with the review engine's proposed agenda; the same meeting if it already exists. */
  'meetings.prepare': { input: prepareMeetingInput, output: meetingDetail },
  'meetings.get': { input: byId, output: meetingDetail },
  'meetings.update': { input: meetingUpdateInput, output: meetingDetail },
  /** Refused (NEEDS_CONFIRMATION) for a meeting booked for a later day, unless the person confirms it is held today: it then moves to today. */
  'meetings.start': { input: startMeetingInput, output: minutesDetail },
  /** Ends the meeting in the room: the minutes become a draft, and ratings and attendance at panel reach the tracker. */
  'meetings.close': { input: byId, output: minutesDetail },
  /** Takes a draft back into the room (before approval only). */
  'meetings.reopen': { input: byId, output: minutesDetail },
  'meetings.approve': { input: approveInput, output: minutesDetail },
  /** Locked minutes take no more amendments. */
  'meetings.lock': { input: byId, output: minutesDetail },
  /** Moves the room on to an item (or none), which also keeps each item's time. */
  'meetings.setCurrentItem': { input: setCurrentItemInput, output: meetingState },
} as const satisfies ProcedureMap;
