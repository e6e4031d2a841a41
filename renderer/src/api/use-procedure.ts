import { hashKey, keepPreviousData, useQueries, useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { toApiError, type ApiError } from './api-error';
import { procedureKey, queryClient, callProcedure } from './query-client';

export interface ProcedureState<T> {
  /** The answer shown: this read's, or while a new input is being read, the last one's. */
  data: T | undefined;
  /** Why the last read failed, in the core's words (what was shown before stays in `data`). */
  error: ApiError | undefined;
  /** True until this read has answered, and while it is read again. */
  loading: boolean;
  /** When the answer shown arrived, by this computer's clock. */
  answeredAt: number | undefined;
  /** Reads again (after a change); resolves once the answer is on screen, so what it draws can take the keyboard. An answer still on its way is dropped. */
  reload(): Promise<void>;
  /** Shows what a change answered with (the core's copy after the change) instead of reading again; a read on its way is dropped. */
  set(value: T | ((shown: T | undefined) => T | undefined)): void;
}

export interface ReadOptions<T> {
  /** False: not read until it becomes true. */
  enabled?: boolean;
  /** Read again whenever this changes (something the page learns of another way), the last answer shown meanwhile. */
  readAgainOn?: string | number | boolean | null;
  /** Until the answer to a new input arrives the last one stays on screen (the default); false shows nothing meanwhile. */
  keepPrevious?: boolean;
  /** Read again every so often: a number of milliseconds, or worked out from the last answer (false stops). */
  poll?: number | ((data: T | undefined, error: ApiError | undefined, reads: number) => number | false);
  /** Keep polling while the window is hidden; otherwise polling pauses and reads at once when the window is shown again. */
  pollWhileHidden?: boolean;
  /** An answer already in hand (what a change answered with): shown at once and not read again on opening. */
  initial?: T;
  /** An answer already on its way (asked for before the app started), taken instead of reading. */
  answerFirst?: () => Promise<T> | undefined;
  /** What to say if the read fails for a reason that is not the core's own (the core's refusals come in its words). */
  fallback?: string;
}

type Output<P extends ProcedureName> = ProcedureOutput<P>;

function keyOf<P extends ProcedureName>(name: P, input: ProcedureInput<P>, options: ReadOptions<Output<P>>): QueryKey {
  const key = procedureKey(name, input);
  return options.readAgainOn === undefined ? key : [...key, { readAgainOn: options.readAgainOn }];
}

function queryOptions<P extends ProcedureName>(name: P, input: ProcedureInput<P>, options: ReadOptions<Output<P>>): UseQueryOptions<Output<P>, ApiError> {
  const { poll, initial } = options;
  return {
    queryKey: keyOf(name, input, options),
    // Every failure reaches the page as the core's error shape (toApiError is the one place that decides).
    queryFn: () => (options.answerFirst?.() ?? callProcedure(name, input)).catch((err: unknown) => Promise.reject(toApiError(err, options.fallback))),
    enabled: options.enabled,
    placeholderData: options.keepPrevious === false ? undefined : keepPreviousData,
    initialData: initial,
    // An answer in hand is not read again on opening; anything else is read afresh.
    refetchOnMount: initial === undefined ? true : (query) => query.state.data !== initial,
    refetchInterval: poll === undefined ? undefined : typeof poll === 'number' ? poll : (query) => poll(query.state.data, query.state.error ?? undefined, query.state.dataUpdateCount + query.state.errorUpdateCount),
    refetchIntervalInBackground: options.pollWhileHidden,
    // A polled view catches up the moment it is shown again.
    refetchOnWindowFocus: poll !== undefined && !options.pollWhileHidden,
  };
}

/**
 * A page shows only what it read itself since it opened (or what it was handed), never a
 * copy another page read earlier: the cache keeps reads in step, it does not stand in for them.
 */
function toState<T>(result: UseQueryResult<T, ApiError>, key: QueryKey, options: ReadOptions<T>): ProcedureState<T> {
  const own = result.isFetchedAfterMount || (options.initial !== undefined && result.data === options.initial);
  const shown = own || result.isPlaceholderData;
  return {
    data: shown ? result.data : undefined,
    error: own ? (result.error ?? undefined) : undefined,
    loading: options.enabled !== false && (!own || result.isFetching),
    answeredAt: shown && result.data !== undefined ? result.dataUpdatedAt : undefined,
    reload: async () => void (await result.refetch()),
    set: (value) => setAnswer(key, value),
  };
}

function setAnswer<T>(key: QueryKey, value: T | ((shown: T | undefined) => T | undefined)): void {
  const next = typeof value === 'function' ? (value as (shown: T | undefined) => T | undefined)(queryClient.getQueryData<T>(key)) : value;
  if (next === undefined) return;
  // Cancelled with its state put back at once, so the answer set here is the one that stays.
  void queryClient.cancelQueries({ queryKey: key, exact: true });
  queryClient.setQueryData<T>(key, next);
}

/**
 * The one way a page reads from the core: the answer, why it failed, whether it is on its way,
 * reload after a change. An answer to an older input or an earlier read never replaces a newer
 * one (each input is its own read, and reading again drops the read on its way).
 */
export function useProcedure<P extends ProcedureName>(name: P, input: ProcedureInput<P>, options: ReadOptions<Output<P>> = {}): ProcedureState<Output<P>> {
  const query = queryOptions(name, input, options);
  const result = useQuery(query);
  const key = query.queryKey;
  const hash = hashKey(key);
  // Both stay the same while the input does, so pages can hand them to effects and memos.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key's hash stands for the key
  const set = useCallback((value: Parameters<ProcedureState<Output<P>>['set']>[0]) => setAnswer(key, value), [hash]);
  const { refetch } = result;
  const drawn = useDrawn(result);
  const reload = useCallback(async () => {
    const answered = await refetch();
    await drawn(Math.max(answered.dataUpdatedAt, answered.errorUpdatedAt));
  }, [refetch, drawn]);
  return { ...toState(result, key, options), set, reload };
}

/**
 * Waits until a read's answer has been drawn. The cache hands an answer to React a moment
 * after the read resolves (on a later task), so a page that puts the keyboard on something
 * the answer draws (the row an action was tracked from, say) would otherwise look too early.
 */
function useDrawn(result: UseQueryResult<unknown, ApiError>): (answeredAt: number) => Promise<void> {
  const shownAt = Math.max(result.dataUpdatedAt, result.errorUpdatedAt);
  const drawnAt = useRef(0);
  const waiting = useRef<{ at: number; resolve(): void }[]>([]);
  // After every commit: what is on screen now, and every wait it satisfies.
  useLayoutEffect(() => {
    drawnAt.current = shownAt;
    const done = waiting.current.filter((w) => w.at <= shownAt);
    waiting.current = waiting.current.filter((w) => w.at > shownAt);
    for (const w of done) w.resolve();
  });
  // A page that closes does not keep anyone waiting.
  useLayoutEffect(
    () => () => {
      for (const w of waiting.current.splice(0)) w.resolve();
    },
    [],
  );
  return useCallback((at: number) => (at <= drawnAt.current ? Promise.resolve() : new Promise<void>((resolve) => waiting.current.push({ at, resolve }))), []);
}

/** Several reads of one procedure at once (the pages of a long list), each as useProcedure would give it, in the order asked. */
export function useProcedures<P extends ProcedureName, I extends ProcedureInput<P>>(name: P, inputs: readonly I[], optionsFor: (input: I) => ReadOptions<Output<P>> = () => ({})): ProcedureState<Output<P>>[] {
  const options = inputs.map(optionsFor);
  const queries = inputs.map((input, i) => queryOptions(name, input, options[i]!));
  const results = useQueries({ queries }) as UseQueryResult<Output<P>, ApiError>[];
  return results.map((result, i) => toState(result, queries[i]!.queryKey, options[i]!));
}
