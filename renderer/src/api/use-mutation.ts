import { useMutation as useTanstackMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { NO_ANSWER, toApiError, type ApiError } from './api-error';
import { callProcedure } from './query-client';

/** What a change came to: the core's answer, or its refusal in the shape the pages show. Never thrown. */
export type Sent<T> = ({ ok: true; value: T } | { ok: false; error: ApiError }) & {
  /** A later `run` of the same helper started before this one answered: its answer is usually not wanted. */
  superseded: boolean;
};

type RunArgs<P extends ProcedureName> = undefined extends ProcedureInput<P> ? [input?: ProcedureInput<P>, fallback?: string] : [input: ProcedureInput<P>, fallback?: string];

export interface Mutation {
  /** Sends one change (or asks for one document); `fallback` words any failure that is not the core's own. */
  run<P extends ProcedureName>(name: P, ...args: RunArgs<P>): Promise<Sent<ProcedureOutput<P>>>;
  /** The same, for work of several steps: the answer, or the refusal thrown (as the core's error). */
  send<P extends ProcedureName>(name: P, ...args: RunArgs<P>): Promise<ProcedureOutput<P>>;
  /** True while the latest run is on its way. */
  pending: boolean;
  /** The latest run's refusal, if it was refused. */
  error: ApiError | undefined;
  /** Forgets the latest run; any answer still on its way comes back `superseded`. */
  reset(): void;
}

interface Variables {
  name: ProcedureName;
  input: unknown;
  fallback: string;
}

/**
 * The one way a page changes something in the core (or asks it for a file): every send goes
 * through here, its failure comes back as the core's error (message and field messages),
 * and the page says what to do next from the answer.
 */
export function useMutation({ fallback = NO_ANSWER }: { fallback?: string } = {}): Mutation {
  const mutation = useTanstackMutation<unknown, ApiError, Variables>({
    mutationFn: (v) => callProcedure(v.name, v.input as never).catch((err: unknown) => Promise.reject(toApiError(err, v.fallback))),
  });
  const latest = useRef(0);
  const { mutateAsync } = mutation;
  const run = useCallback(
    async (name: ProcedureName, input?: unknown, override?: string): Promise<Sent<unknown>> => {
      const mine = ++latest.current;
      const words = override ?? fallback;
      try {
        const value = await mutateAsync({ name, input, fallback: words });
        return { ok: true, value, superseded: mine !== latest.current };
      } catch (err) {
        return { ok: false, error: toApiError(err, words), superseded: mine !== latest.current };
      }
    },
    [mutateAsync, fallback],
  ) as Mutation['run'];
  const send = useCallback(
    async (name: ProcedureName, input?: unknown, override?: string) => {
      const sent = await (run as (n: ProcedureName, i?: unknown, f?: string) => Promise<Sent<unknown>>)(name, input, override);
      if (!sent.ok) throw sent.error;
      return sent.value;
    },
    [run],
  ) as Mutation['send'];
  const { reset: forget } = mutation;
  const reset = useCallback(() => {
    latest.current += 1;
    forget();
  }, [forget]);
  return { run, send, pending: mutation.isPending, error: mutation.error ?? undefined, reset };
}
