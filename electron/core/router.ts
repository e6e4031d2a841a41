import type { z } from 'zod';
import { contract, isProcedureName, type ParsedInput, type ProcedureName, type ProcedureOutput } from '../../shared/contract';
import type { ApiErrorBody, ApiResult } from '../../shared/errors';
import { teamStoreErrorBody } from './db/refusals';
import { AppError, storageErrorBody } from './errors';

export type Handlers = {
  [P in ProcedureName]: (input: ParsedInput<P>) => Promise<ProcedureOutput<P>> | ProcedureOutput<P>;
};

/** One area's handlers: every procedure of its slice of the contract, and no other. */
export type HandlersOf<Slice> = Pick<Handlers, keyof Slice & ProcedureName>;

export interface Router {
  /** Never throws: every failure comes back as a typed error the UI can show. */
  call(name: unknown, input: unknown): Promise<ApiResult<unknown>>;
}

export interface RouterOptions {
  /** Told about faults that are not the caller's doing (bugs), for the log. */
  onInternalError?: (procedure: string, err: unknown) => void;
}

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  return {
    async call(name, input) {
      if (!isProcedureName(name)) {
        return fail({ code: 'UNKNOWN_PROCEDURE', message: 'The app asked for something this version does not know how to do.' });
      }
      const spec = contract[name];
      return settle(
        name,
        async () => {
          // Inside settle: a schema's own check that throws is a bug to report, never a dropped call.
          const parsed = spec.input.safeParse(input);
          if (!parsed.success) return fail(describeInvalidInput(parsed.error));
          const handler = handlers[name] as (i: unknown) => unknown;
          const result = await handler(parsed.data);
          const checked = spec.output.safeParse(result);
          if (!checked.success) throw new Error(`Output of ${name} broke the contract: ${checked.error.message}`);
          return { ok: true, value: checked.data };
        },
        options,
      );
    },
  };
}

/**
 * Runs work for a caller and never throws: a service's own error keeps its words, a
 * storage fault is put plainly, and anything else is logged and reported generically.
 */
export async function settle<T>(name: string, work: () => Promise<ApiResult<T>>, options: RouterOptions = {}): Promise<ApiResult<T>> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError) return fail(err.toBody());
    const storage = storageErrorBody(err) ?? teamStoreErrorBody(err);
    if (storage) return fail(storage);
    options.onInternalError?.(name, err);
    // Not "was not saved": the fault may have come after the commit. Say what is known.
    return fail({ code: 'INTERNAL', message: 'Something went wrong inside Panelroom, so the last action may not have finished. Check what was saved before trying again; if it keeps happening, tell your system administrator.' });
  }
}

function fail(error: ApiErrorBody): ApiResult<never> {
  return { ok: false, error };
}

/** Turns zod's issues into one sentence plus a message per field. */
export function describeInvalidInput(error: z.ZodError): ApiErrorBody {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (!key) continue;
    if (!(key in fieldErrors)) fieldErrors[key] = friendly(issue);
  }
  const fields = Object.values(fieldErrors);
  const message =
    fields.length === 0
      ? 'The request was not in the form Panelroom expects, so nothing was changed.'
      : fields.length === 1
        ? fields[0]!
        : `Please correct ${fields.length} entries: ${fields.join(' ')}`;
  return Object.keys(fieldErrors).length > 0 ? { code: 'INVALID_INPUT', message, fieldErrors } : { code: 'INVALID_INPUT', message };
}

/** zod's own wording for structural faults ("Invalid input: expected string") is for developers; reword those. */
function friendly(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `Unexpected field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`;
  if (issue.message.startsWith('Invalid input')) return `“${issue.path.map(String).join('.')}” is not in the expected form.`;
  return issue.message;
}
