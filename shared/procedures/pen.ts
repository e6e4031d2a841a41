import { penHandOverInput, penInput, penState } from '../schemas/pen';
import type { ProcedureMap } from './common';

/** One pen per meeting's minutes, and who is viewing the meeting. */
export const penProcedures = {
  /** Who holds the pen and who is viewing, as the person asking sees it. */
  'pen.get': { input: penInput, output: penState },
  /** Takes the pen while nobody else holds it (a person holding it in another window moves it here). */
  'pen.take': { input: penInput, output: penState },
  /** Takes the pen from whoever holds it, on purpose: they are told, and their minutes become read-only. */
  'pen.takeOver': { input: penInput, output: penState },
  /** Gives the pen to someone viewing the meeting now. */
  'pen.handOver': { input: penHandOverInput, output: penState },
  /** Lets go of the pen (nothing if the person asking does not hold it). */
  'pen.release': { input: penInput, output: penState },
  /** "I am viewing this meeting": sent every few seconds while its page is open; it lapses without one. */
  'pen.heartbeat': { input: penInput, output: penState },
} as const satisfies ProcedureMap;
