import { useCallback, useState } from 'react';
import type { ProcedureInput } from '../../../../shared/contract';
import type { ActionRow } from '../../../../shared/schemas/actions';
import { useProcedure } from '../../api/use-procedure';

type Query = NonNullable<ProcedureInput<'actions.list'>>;

/**
 * One page of actions from the core. Until the next page arrives the last one stays on
 * screen with its own numbering. A row changed on this page is replaced in place rather
 * than the page being read again: an action just completed stays where the coordinator
 * was looking (marked done) instead of vanishing from a list of open actions.
 */
export function useActionList(query: Query) {
  const key = JSON.stringify(query);
  const list = useProcedure('actions.list', query);
  // Where the rows shown start: the answered page's offset, which lags the query's while the next page is on its way.
  const [shown, setShown] = useState({ key, offset: query.offset ?? 0 });
  if (!list.loading && shown.key !== key) setShown({ key, offset: query.offset ?? 0 });
  const { set } = list;
  const replace = useCallback((row: ActionRow) => set((page) => page && { ...page, rows: page.rows.map((r) => (r.id === row.id ? row : r)) }), [set]);

  return {
    rows: list.data?.rows ?? [],
    offset: shown.offset,
    total: list.data?.total,
    today: list.data?.today,
    error: list.error,
    replace,
  };
}
