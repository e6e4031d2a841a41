import type { ApiErrorBody } from '../../../shared/errors';

/**
 * What a team store's server says no with, put as a sentence. The database decides who may do
 * what (its grants), so a refusal there is the person's sign-in, not a fault in Panelroom.
 * SQLite's errors never carry these codes.
 */

export const NOT_ALLOWED_MESSAGE = 'Your sign-in does not allow this: ask your Panelroom administrator. Nothing has been changed.';

const LOST_CONNECTION_MESSAGE =
  'Panelroom lost its connection to the team store, so the last change may not have been saved. Check this computer is on the council’s network (or VPN), then check what was saved before trying again.';

const CONNECTION_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', '57P01', '57P02', '57P03']);

export function teamStoreErrorBody(err: unknown): ApiErrorBody | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  if (code === '42501') return { code: 'FORBIDDEN', message: NOT_ALLOWED_MESSAGE };
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return { code: 'STORAGE', message: LOST_CONNECTION_MESSAGE };
  // The pool's own words when no connection could be made in time, or one ended under a query.
  if (err instanceof Error && /Connection terminated|timeout exceeded when trying to connect/i.test(err.message)) return { code: 'STORAGE', message: LOST_CONNECTION_MESSAGE };
  return undefined;
}

/** Whether a refusal is the team store being out of reach (not a refusal of the change itself). */
export function isLostConnection(error: ApiErrorBody): boolean {
  return error.code === 'STORAGE' && error.message === LOST_CONNECTION_MESSAGE;
}
