import type { outboxProcedures } from '../../../shared/procedures/outbox';
import { AppError } from '../errors';
import type { HandlersOf } from '../router';

/**
 * Without an outbox (the laptop's own file, or a team core opened without one) nothing ever
 * waits: the status is empty. With one, the outbox answers these itself, before the router.
 */
export function outboxHandlers(): HandlersOf<typeof outboxProcedures> {
  return {
    'outbox.status': () => ({ waiting: 0, notShared: [] }),
    'outbox.dismiss': () => {
      throw new AppError('NOT_FOUND', 'That save is no longer kept on this laptop. Nothing has been changed.');
    },
  };
}
