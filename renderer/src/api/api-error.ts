import type { ApiErrorBody, ErrorCode } from '../../../shared/errors';

/** A failed call, carrying the core's own words for the person using the app. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: Record<string, string>;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.fieldErrors = body.fieldErrors ?? {};
  }
}
