import { z } from 'zod';
import { id } from '../schemas/common';
import { amendInput, attendanceAddInput, attendanceUpdateInput, attendee, lgpPreview, minuteRateInput, minuteSavedAck, minuteSaveInput, minutesDetail, minuteTakerInput, savedAck, searchHit, searchInput } from '../schemas/minutes';
import { byId, type ProcedureMap } from './common';

/** Live minutes: fields, ratings, attendance, amendments, the Legal Gateway decision, search. */
export const minutesProcedures = {
  /** Everything the minute-taker's screen shows: agenda, state, attendance, each item's minutes, amendments. */
  'minutes.get': { input: byId, output: minutesDetail },
  /** One field of one item, as it is typed: answers small and fast, because it runs on every pause in typing. */
  'minutes.save': { input: minuteSaveInput, output: minuteSavedAck },
  'minutes.rate': { input: minuteRateInput, output: savedAck },
  /** After approval the minutes change only by a dated amendment, shown with them. */
  'minutes.amend': { input: amendInput, output: minutesDetail },
  'attendance.add': { input: attendanceAddInput, output: z.array(attendee) },
  'attendance.update': { input: attendanceUpdateInput, output: z.array(attendee) },
  'attendance.remove': { input: byId, output: z.array(attendee) },
  'attendance.setMinuteTaker': { input: minuteTakerInput, output: z.array(attendee) },
  /** What the Legal Gateway decision would change on each child's record, for the person to confirm. */
  'lgp.preview': { input: z.strictObject({ itemId: id }), output: lgpPreview },
  'lgp.apply': { input: z.strictObject({ itemId: id }), output: lgpPreview },
  /** Finds a child (name or case reference) or words in any minutes, newest meeting first. */
  'search.minutes': { input: searchInput, output: z.array(searchHit) },
} as const satisfies ProcedureMap;
