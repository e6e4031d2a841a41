import { useCallback, useEffect, useState } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { ApiError, call } from './client';

export interface ProcedureState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

interface Loaded<T> {
  request: string;
  data?: T;
  error?: ApiError;
}

/** Loads a read procedure and reloads it on demand (after a save). Stale answers are dropped. */
export function useProcedure<P extends ProcedureName>(name: P, input: ProcedureInput<P>): ProcedureState<ProcedureOutput<P>> {
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<ProcedureOutput<P>>>();
  const inputKey = JSON.stringify(input ?? null);
  const request = `${name}|${inputKey}|${generation}`;

  useEffect(() => {
    let current = true;
    (call as (n: P, i: unknown) => Promise<ProcedureOutput<P>>)(name, JSON.parse(inputKey) ?? undefined)
      .then((data) => current && setLoaded({ request, data }))
      .catch((err: unknown) => current && setLoaded((prev) => ({ request, data: prev?.data, error: err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) }) })));
    return () => {
      current = false;
    };
  }, [name, inputKey, request]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // Until the new answer arrives, keep showing the last one: a table that blanks on every save is hard to follow.
  return { data: loaded?.data, error: loaded?.error, loading: loaded?.request !== request, reload };
}

