import type { meetingsProcedures } from '../../../../shared/procedures/meetings';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { createMeetingType, listMeetingTypes, setMeetingTypeArchived, updateMeetingType } from './meeting-types';
import { getMeeting, listMeetings, prepareMeeting, updateMeeting } from './meetings';
import { approveMeeting, closeMeeting, lockMeeting, reopenMeeting, setCurrentItem, startMeeting } from './lifecycle';

/** Meeting types and meetings: preparing, holding, approving: each procedure wired to its service. */
export function meetingsHandlers(ctx: ServiceContext): HandlersOf<typeof meetingsProcedures> {
  return {
    'meetingTypes.list': (i) => listMeetingTypes(ctx, i),
    'meetingTypes.create': (i) => createMeetingType(ctx, i),
    'meetingTypes.update': (i) => updateMeetingType(ctx, i),
    'meetingTypes.setArchived': (i) => setMeetingTypeArchived(ctx, i),
    'meetings.list': (i) => listMeetings(ctx, i),
    'meetings.prepare': (i) => prepareMeeting(ctx, i),
    'meetings.get': (i) => getMeeting(ctx, i),
    'meetings.update': (i) => updateMeeting(ctx, i),
    'meetings.start': (i) => startMeeting(ctx, i),
    'meetings.close': (i) => closeMeeting(ctx, i),
    'meetings.reopen': (i) => reopenMeeting(ctx, i),
    'meetings.approve': (i) => approveMeeting(ctx, i),
    'meetings.lock': (i) => lockMeeting(ctx, i),
    'meetings.setCurrentItem': (i) => setCurrentItem(ctx, i),
  };
}
