import { useRef, useState } from 'react';

interface Keyed<T> {
  key: number;
  row: T;
}

/**
 * Rows of a small table (assessments, key dates, the SMART plan) with keys of their own,
 * so removing a row never hands its neighbour's typing state (a half-typed date) to another.
 * `commit` receives the rows as the core stores them after every change.
 */
export function useRows<T>(initial: readonly T[], commit: (rows: T[], immediate: boolean) => void) {
  const next = useRef(0);
  const [rows, setRows] = useState<Keyed<T>[]>(() => initial.map((row, i) => ({ key: i, row })));
  // Rows drawn at first are keyed by position; rows added later count on from well past them.
  const nextKey = () => {
    next.current += 1;
    return 1_000_000 + next.current;
  };

  function apply(updated: Keyed<T>[], immediate: boolean) {
    setRows(updated);
    commit(
      updated.map((r) => r.row),
      immediate,
    );
  }

  return {
    rows,
    /** Adds a row and answers its key (to put the keyboard in it). */
    add(row: T): number {
      const key = nextKey();
      apply([...rows, { key, row }], true);
      return key;
    },
    remove(key: number) {
      apply(
        rows.filter((r) => r.key !== key),
        true,
      );
    },
    change(key: number, patch: Partial<T>, immediate = false) {
      apply(
        rows.map((r) => (r.key === key ? { key, row: { ...r.row, ...patch } } : r)),
        immediate,
      );
    },
  };
}
