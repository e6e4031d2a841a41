import type { rotaProcedures } from '../../../../shared/procedures/rota';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { exportRotaDocx } from '../meetings/exports';
import { addRotaExtra, changeRotaDate, removeRotaExtra, viewRota } from './rota';
import { createSeries, getSeries, listSeries, setSeriesArchived, updateSeries } from './series';
import { unplacedChildren } from './unplaced';

/** Meeting series and their rotas: each procedure wired to its service. */
export function rotaHandlers(ctx: ServiceContext): HandlersOf<typeof rotaProcedures> {
  return {
    'series.list': (i) => listSeries(ctx, i),
    'series.get': (i) => getSeries(ctx, i),
    'series.create': (i) => createSeries(ctx, i),
    'series.update': (i) => updateSeries(ctx, i),
    'series.setArchived': (i) => setSeriesArchived(ctx, i),
    'rota.view': (i) => viewRota(ctx, i),
    'rota.change': (i) => changeRotaDate(ctx, i),
    'rota.addExtra': (i) => addRotaExtra(ctx, i),
    'rota.removeExtra': (i) => removeRotaExtra(ctx, i),
    'rota.exportDocx': (i) => exportRotaDocx(ctx, i),
    'rota.unplaced': () => unplacedChildren(ctx),
  };
}
