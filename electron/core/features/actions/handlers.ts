import type { actionsProcedures } from '../../../../shared/procedures/actions';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { createAction, removeAction, updateAction } from './agreed';
import { exportActionsCsv, exportActionsDocx } from './export';
import { actionHistory, completeAction, progressAction, reopenAction } from './follow-up';
import { listActions } from './list';
import { reviewAction } from './reviews';

/** Actions agreed at meetings and their follow-up: each procedure wired to its service. */
export function actionsHandlers(ctx: ServiceContext): HandlersOf<typeof actionsProcedures> {
  return {
    'actions.create': (i) => createAction(ctx, i),
    'actions.update': (i) => updateAction(ctx, i),
    'actions.remove': (i) => removeAction(ctx, i),
    'actions.review': (i) => reviewAction(ctx, i),
    'actions.list': (i) => listActions(ctx, i),
    'actions.progress': (i) => progressAction(ctx, i),
    'actions.complete': (i) => completeAction(ctx, i),
    'actions.reopen': (i) => reopenAction(ctx, i),
    'actions.history': (i) => actionHistory(ctx, i),
    'actions.exportDocx': (i) => exportActionsDocx(ctx, i),
    'actions.exportCsv': (i) => exportActionsCsv(ctx, i),
  };
}
