import type { ProcedureOutput } from '../../../../shared/contract';
import { call } from '../../api/client';

type Answer = Promise<ProcedureOutput<'signIn.status'>>;

let early: Answer | undefined;

/**
 * Asked for before React starts: whether a sign-in is needed decides the app's first screen,
 * so its answer travels while the page's code is still being read rather than after.
 */
export function prefetchSignInStatus(): void {
  early = call('signIn.status', undefined);
  // A failure is read again by the page, in its own words; it is not an unhandled rejection here.
  early.catch(() => undefined);
}

/** The early answer, once: a later read (after signing out, say) asks afresh. */
export function takePrefetchedSignInStatus(): Answer | undefined {
  const answer = early;
  early = undefined;
  return answer;
}
