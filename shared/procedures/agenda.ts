import { agendaAddInput, agendaExportInput, agendaMoveInput, agendaUpdateInput, meetingDetail, wordFile } from '../schemas/agenda';
import { byId, type ProcedureMap } from './common';

/** A meeting's agenda. */
export const agendaProcedures = {
  'agenda.add': { input: agendaAddInput, output: meetingDetail },
  'agenda.update': { input: agendaUpdateInput, output: meetingDetail },
  'agenda.remove': { input: byId, output: meetingDetail },
  'agenda.move': { input: agendaMoveInput, output: meetingDetail },
  /** Joins the item's siblings who are elsewhere on the agenda into this item. */
  'agenda.groupSiblings': { input: byId, output: meetingDetail },
  /** Gives each child of a grouped item an item of their own. */
  'agenda.split': { input: byId, output: meetingDetail },
  /** Refused (NEEDS_CONFIRMATION) when the agenda runs past the session's end by more than the screen has shown. */
  'agenda.exportDocx': { input: agendaExportInput, output: wordFile },
} as const satisfies ProcedureMap;
