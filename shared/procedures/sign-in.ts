import { z } from 'zod';
import { none, type ProcedureMap } from './common';

/**
 * Signing in to a council's team store. With no team store (the data on this computer) there
 * is nothing to sign in to and `required` is false; otherwise the app answers little else until
 * the person has signed in with their own login.
 */
export const signInStatus = z.object({
  /** False: the data is on this computer and nobody signs in. */
  required: z.boolean(),
  signedIn: z.boolean(),
  /** host and port of the team store, as the person would recognise them */
  server: z.string().nullable(),
  database: z.string().nullable(),
  /** the login to offer: the address's own, or the last one used on this computer */
  login: z.string().nullable(),
  /** Desktop only: whether "Keep me signed in on this computer" can be offered. */
  canRemember: z.boolean(),
  /** Why it cannot be offered, as a sentence (no keychain); null when it can or it does not apply. */
  rememberUnavailable: z.string().nullable(),
  /** Why signing in at start (with a kept password) did not work, as a sentence with a way forward. */
  refusal: z.string().nullable(),
});

export const signInInput = z.strictObject({
  login: z.string().trim().min(1, 'Enter your login.').max(63, 'A login is at most 63 characters.'),
  password: z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.'),
  /** Keep the password in this computer's keychain (desktop only). */
  remember: z.boolean().default(false),
});

/** A team store's address as Settings takes it: postgres://[login@]server[:port]/database, never with a password. */
export const teamStoreAddress = z
  .string()
  .trim()
  .min(1, 'Give the team store’s address, such as postgres://server.council.gov.uk:5432/panelroom.')
  .max(2000, 'That address is too long.')
  .refine((value) => /^postgres(ql)?:\/\//i.test(value), 'A team store address starts with postgres://, such as postgres://server.council.gov.uk:5432/panelroom.')
  .refine((value) => /^postgres(ql)?:\/\/[^\s/?#]+\/[^\s/?#]+(\?[^\s#]*)?$/i.test(value), 'The team store address is not in the expected form: a server and a database, such as postgres://server.council.gov.uk:5432/panelroom.')
  .refine((value) => !/^postgres(ql)?:\/\/[^/@]*:[^/@]*@/i.test(value), 'The team store address holds a password: take it out. Each person types their own password when signing in.');

export const chooseTeamStoreInput = z.strictObject({
  url: teamStoreAddress,
  /** The council's CA certificate (a PEM file IT gives), for checking the server is the council's. */
  caFile: z.string().trim().max(4000, 'That file name is too long.').nullable(),
});

export const signInProcedures = {
  'signIn.status': { input: none, output: signInStatus },
  /** A refusal comes back as an error whose message is the team store's sentence; nothing is written. */
  'signIn.submit': { input: signInInput, output: signInStatus },
  /** Closes the connection, forgets any kept password, and returns to the sign-in screen. */
  'signIn.signOut': { input: none, output: signInStatus },
  /**
   * Where the team store is, as chosen in Settings (or on the sign-in screen): kept in the data
   * folder's team-store.json. On this computer's own file it takes effect when Panelroom next opens.
   */
  'signIn.chooseStore': { input: chooseTeamStoreInput, output: signInStatus },
} as const satisfies ProcedureMap;
