import { z } from 'zod';
import { wordFile } from '../schemas/agenda';
import { rotaAddExtraInput, rotaChangeInput, rotaMessage, rotaQuery, rotaRemoveExtraInput, rotaView, series, seriesCreateInput, seriesUpdateInput, unplacedChild } from '../schemas/series';
import { archiveInput, listInput } from '../schemas/team';
import { byId, none, type ProcedureMap } from './common';

/** Panel rotas: each series, its dates and the teams attending. */
export const rotaProcedures = {
  'series.list': { input: listInput, output: z.array(series) },
  'series.get': { input: byId, output: series },
  'series.create': { input: seriesCreateInput, output: series },
  'series.update': { input: seriesUpdateInput, output: series },
  'series.setArchived': { input: archiveInput, output: series },
  /** The dates of a series in a period, with the team attending each and any one-off change. */
  'rota.view': { input: rotaQuery, output: rotaView },
  /** One-off changes answer with a sentence saying what changed, for the screen to announce. */
  'rota.change': { input: rotaChangeInput, output: rotaMessage },
  'rota.addExtra': { input: rotaAddExtraInput, output: rotaMessage },
  'rota.removeExtra': { input: rotaRemoveExtraInput, output: rotaMessage },
  'rota.exportDocx': { input: rotaQuery, output: wordFile },
  /** Children due at a panel whose team has no turn on any active rota of it: never silently left out. */
  'rota.unplaced': { input: none, output: z.object({ children: z.array(unplacedChild) }) },
} as const satisfies ProcedureMap;
