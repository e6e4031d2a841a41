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
  /** With CONFLICT when a save lost the race: someone else saved the row since the version it was based on. */
  conflict?: EditConflict;
}

/**
 * What a lost race carries so the form can offer "Keep mine" (resend with `version`) or "Take theirs"
 * (`theirs`, keyed by field path like `fieldErrors`, whose sentence names who changed it and when).
 */
export interface EditConflict {
  /** The row's version now: a save based on it wins unless someone saves again first. */
  version: number;
  /** Who saved it last, and when (ISO), as the audit log has it; null when the log does not say. */
  by: string | null;
  at: string | null;
  /** Each field that differs from what was sent: the value the row holds now. */
  theirs: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
