import { useCallback, useEffect, useState } from 'react';
import type { ProcedureInput, ProcedureOutput } from '../../../../shared/contract';
import type { ActionRow } from '../../../../shared/schemas/actions';
import { ApiError, call } from '../../api/client';

type Query = NonNullable<ProcedureInput<'actions.list'>>;

interface Loaded {
  /** The request this answer (or failure) belongs to. */
  key: string;
  /** Where the rows shown start, which lags the query's offset while the next page is on its way. */
  offset: number;
  page?: ProcedureOutput<'actions.list'>;
  error?: ApiError;
}

/**
 * One page of actions from the core. Until the next page arrives the last one stays on
 * screen with its own numbering. A row changed on this page is replaced in place rather
 * than the page being read again: an action just completed stays where the coordinator
 * was looking (marked done) instead of vanishing from a list of open actions.
 */
export function useActionList(query: Query) {
  const key = JSON.stringify(query);
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>();
  const [changed, setChanged] = useState<{ key: string; rows: ReadonlyMap<number, ActionRow> }>();

  useEffect(() => {
    let current = true;
    const request = JSON.parse(key) as Query;
    call('actions.list', request)
      .then((page) => current && setLoaded({ key, offset: request.offset ?? 0, page }))
      .catch((err: unknown) => {
        if (!current) return;
        const error = err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: 'Panelroom’s data service did not answer.' });
        setLoaded((prev) => ({ ...prev, key, offset: prev?.offset ?? 0, error }));
      });
    return () => {
      current = false;
    };
  }, [key, generation]);

  const overrides = changed?.key === loaded?.key ? changed?.rows : undefined;
  const rows = (loaded?.page?.rows ?? []).map((r) => overrides?.get(r.id) ?? r);
  const replace = useCallback(
    (row: ActionRow) => setChanged((prev) => ({ key: loaded?.key ?? '', rows: new Map(prev?.key === loaded?.key ? prev?.rows : []).set(row.id, row) })),
    [loaded?.key],
  );
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    rows,
    offset: loaded?.offset ?? 0,
    total: loaded?.page?.total,
    today: loaded?.page?.today,
    error: loaded?.key === key ? loaded.error : undefined,
    loading: loaded?.key !== key,
    replace,
    reload,
  };
}
