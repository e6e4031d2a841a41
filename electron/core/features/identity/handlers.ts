import type { identityProcedures } from '../../../../shared/procedures/identity';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { getCurrentUser, setCurrentUser } from './current-user';

/** Who is using the app: each procedure wired to its service. */
export function identityHandlers(ctx: ServiceContext): HandlersOf<typeof identityProcedures> {
  return {
    'people.currentUser': () => getCurrentUser(ctx),
    'people.setCurrentUser': (i) => setCurrentUser(ctx, i),
  };
}
