import type { trackerProcedures } from '../../../../shared/procedures/tracker';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { exportTrackerCsv } from './tracker-csv';
import { queryTracker } from './tracker-query';

/** The Permanence Tracker: each procedure wired to its service. */
export function trackerHandlers(ctx: ServiceContext): HandlersOf<typeof trackerProcedures> {
  return {
    'tracker.query': (i) => queryTracker(ctx, i),
    'tracker.exportCsv': (i) => exportTrackerCsv(ctx, i),
  };
}
