import type { minutesProcedures } from '../../../../shared/procedures/minutes';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { amendMinutes } from './amendments';
import { addAttendee, removeAttendee, setMinuteTaker, updateAttendee } from './attendance';
import { minutesDetail } from './detail';
import { saveMinuteField } from './fields';
import { applyLgpDecision, previewLgpDecision } from './lgp-decision';
import { rateChild } from './ratings';
import { searchMinutes } from './search';

/** Live minutes, attendance and decisions: each procedure wired to its service. */
export function minutesHandlers(ctx: ServiceContext): HandlersOf<typeof minutesProcedures> {
  return {
    'minutes.get': (i) => minutesDetail(ctx, i.id),
    'minutes.save': (i) => saveMinuteField(ctx, i),
    'minutes.rate': (i) => rateChild(ctx, i),
    'minutes.amend': (i) => amendMinutes(ctx, i),
    'attendance.add': (i) => addAttendee(ctx, i),
    'attendance.update': (i) => updateAttendee(ctx, i),
    'attendance.remove': (i) => removeAttendee(ctx, i),
    'attendance.setMinuteTaker': (i) => setMinuteTaker(ctx, i),
    'lgp.preview': (i) => previewLgpDecision(ctx, i),
    'lgp.apply': (i) => applyLgpDecision(ctx, i),
    'search.minutes': (i) => searchMinutes(ctx, i),
  };
}
