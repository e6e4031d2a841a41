import { z } from 'zod';
import { actionCompleteInput, actionCreateInput, actionHistoryEntry, actionPage, actionProgressInput, actionQuery, actionReviewInput, actionRow, actionUpdateInput, earlierAction } from '../schemas/actions';
import { wordFile } from '../schemas/agenda';
import { byId, type ProcedureMap } from './common';

/** Actions agreed at meetings and their follow-up. */
export const actionsProcedures = {
  'actions.create': { input: actionCreateInput, output: actionRow },
  'actions.update': { input: actionUpdateInput, output: actionRow },
  'actions.remove': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'actions.review': { input: actionReviewInput, output: earlierAction },
  'actions.list': { input: actionQuery, output: actionPage },
  'actions.progress': { input: actionProgressInput, output: actionRow },
  'actions.complete': { input: actionCompleteInput, output: actionRow },
  'actions.reopen': { input: byId, output: actionRow },
  'actions.history': { input: byId, output: z.array(actionHistoryEntry) },
  /** The action log as filtered on screen, every matching row (not one page), for the coordinator to circulate. */
  'actions.exportDocx': { input: actionQuery, output: wordFile },
  'actions.exportCsv': { input: actionQuery, output: z.object({ fileName: z.string(), csv: z.string() }) },
} as const satisfies ProcedureMap;
