import type { signInProcedures } from '../../../shared/procedures/sign-in';
import { AppError } from '../errors';
import type { HandlersOf } from '../router';
import { chooseTeamStore } from './config';

/** The data on this computer: nobody signs in (a team store's sign-in gate answers these itself). */
export const NO_SIGN_IN = { required: false, signedIn: true, server: null, database: null, login: null, canRemember: false, rememberUnavailable: null, refusal: null } as const;

/**
 * With the data on this computer there is nothing to sign in to; Settings may choose a team store,
 * which Panelroom signs in to when it next opens.
 */
export function signInHandlers(dataDir: () => string): HandlersOf<typeof signInProcedures> {
  const nothingToSignInTo = () => {
    throw new AppError('CONFLICT', 'This Panelroom keeps its data on this computer, so there is no team store to sign in to or out of. Nothing has been changed.');
  };
  return {
    'signIn.status': () => NO_SIGN_IN,
    'signIn.submit': nothingToSignInTo,
    'signIn.signOut': nothingToSignInTo,
    'signIn.chooseStore': (input) => {
      chooseTeamStore(dataDir(), input);
      return NO_SIGN_IN;
    },
  };
}
