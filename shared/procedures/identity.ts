import { currentUser, setCurrentUserInput } from '../schemas/current-user';
import { none, type ProcedureMap } from './common';

/** Who is using Panelroom on this computer. */
export const identityProcedures = {
  /** Who is using Panelroom on this computer (the name on documents and in the audit log). */
  'people.currentUser': { input: none, output: currentUser },
  'people.setCurrentUser': { input: setCurrentUserInput, output: currentUser },
} as const satisfies ProcedureMap;
