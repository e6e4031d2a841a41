import type { ApiErrorBody, EditConflict, ErrorCode } from '../../../shared/errors';

/** A failed call, carrying the core's own words for the person using the app. */
export class ApiError extends Error implements ApiErrorBody {
  readonly code: ErrorCode;
  readonly fieldErrors: Record<string, string>;
  /** With CONFLICT when a save lost the race: who won it, and what each field holds now. */
  readonly conflict?: EditConflict;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.fieldErrors = body.fieldErrors ?? {};
    if (body.conflict) this.conflict = body.conflict;
  }
}

/** What the renderer says when something other than the core failed (the app's service gone, a fault of its own). */
export const NO_ANSWER = 'Panelroom’s data service did not answer.';

/**
 * Any failure in the one shape the pages show: the core's own error (its sentence and its
 * field messages) as it came, anything else as `fallback`, never a programmer's message.
 * The only place the renderer turns a thrown value into words.
 */
export function toApiError(err: unknown, fallback = NO_ANSWER): ApiError {
  return err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: fallback });
}
