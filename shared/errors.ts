/**
 * The one error shape that crosses every boundary (router, IPC, HTTP) so the UI
 * can show a sentence a person understands, and put field messages beside fields.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_PROCEDURE',
  'NOT_FOUND',
  'CONFLICT',
  'NEEDS_CONFIRMATION',
  'READ_ONLY',
  'FORBIDDEN',
  'STORAGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  /** A whole sentence in plain British English, safe to show as it is. */
  message: string;
  /** Per-field messages, keyed by dotted path (e.g. "email", "items.0.name"). */
  fieldErrors?: Record<string, string>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
