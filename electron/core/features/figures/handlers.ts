import type { figuresProcedures } from '../../../../shared/procedures/figures';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { getFigures } from './figures';
import { exportFiguresCsv, exportFiguresDocx } from './figures-export';

/** The management figures: each procedure wired to its service. */
export function figuresHandlers(ctx: ServiceContext): HandlersOf<typeof figuresProcedures> {
  return {
    'figures.get': (i) => getFigures(ctx, i),
    'figures.exportCsv': (i) => exportFiguresCsv(ctx, i),
    'figures.exportDocx': (i) => exportFiguresDocx(ctx, i),
  };
}
