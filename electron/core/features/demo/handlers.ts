import type { demoProcedures } from '../../../../shared/procedures/demo';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { loadDemoData } from './load-demo';

/** The demonstration council: each procedure wired to its service. */
export function demoHandlers(ctx: ServiceContext): HandlersOf<typeof demoProcedures> {
  return {
    'demo.load': () => loadDemoData(ctx),
  };
}
