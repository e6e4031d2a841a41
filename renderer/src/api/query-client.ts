import { QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { call } from './client';

/**
 * The renderer's one cache of what the core answered, keyed by procedure and input
 * (`procedureKey`). It is a register of the reads on screen rather than a store: a page
 * shows only what it asked for since it opened (see useProcedure), and nothing is kept
 * once no page reads it.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The core is on this computer: being offline changes nothing, and a refusal is final.
      networkMode: 'always',
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      // Each answer is new objects, as the core sent it: pages that react to a fresh answer still do.
      structuralSharing: false,
      gcTime: 0,
    },
    mutations: { networkMode: 'always', retry: false, gcTime: 0 },
  },
});

/** The cache key of one read: `[name]` or `[name, input]`, so every read of a procedure shares the prefix `[name]`. */
export function procedureKey<P extends ProcedureName>(name: P, input?: ProcedureInput<P>): QueryKey {
  return input === undefined ? [name] : [name, input];
}

/** `call` for a procedure chosen at run time (the input's type was checked where the name was chosen). */
export function callProcedure<P extends ProcedureName>(name: P, input: ProcedureInput<P>): Promise<ProcedureOutput<P>> {
  return (call as (n: P, i: ProcedureInput<P>) => Promise<ProcedureOutput<P>>)(name, input);
}

/**
 * Reads again every read on screen of `name` (of `name` with this input, or whose input
 * contains it: `{ id: 3 }` matches `{ id: 3, includeArchived: true }`). For a change made
 * elsewhere: another window, and later another laptop.
 */
export function rereadProcedure<P extends ProcedureName>(name: P, input?: Partial<NonNullable<ProcedureInput<P>>>): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: input === undefined ? [name] : [name, input] });
}
