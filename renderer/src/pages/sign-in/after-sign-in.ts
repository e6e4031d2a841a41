import type { ProcedureOutput } from '../../../../shared/contract';
import { useMutation } from '../../api/use-mutation';
import { queryClient } from '../../api/query-client';
import { discardPrefetchedTracker } from '../tracker/prefetch';

type Status = ProcedureOutput<'signIn.status'>;

/** Everything read before signing in was refused: forget it, so each page reads afresh as the person now signed in. */
export function afterSignIn(status: Status, show: (status: Status) => void): void {
  discardPrefetchedTracker();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'signIn.status' });
  show(status);
}

/** Signs out of the team store and starts the page again at the sign-in screen, holding nothing of the last person's. */
export function useSignOut(): { signOut(): Promise<void>; pending: boolean; error: string | undefined } {
  const mutation = useMutation({ fallback: 'Panelroom could not sign out. Close Panelroom to end the session.' });
  return {
    async signOut() {
      const sent = await mutation.run('signIn.signOut');
      if (!sent.ok) return;
      queryClient.clear();
      window.location.reload();
    },
    pending: mutation.pending,
    error: mutation.error?.message,
  };
}
