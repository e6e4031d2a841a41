import { useRef } from 'react';

/**
 * The rows this page saved itself, kept until the list is read back: a row opened again (or archived)
 * straight after a save is based on the version the save answered, not the older one the list still
 * shows, so a person is never told they are in their own way.
 */
export function useNewestRows<T extends { id: number; version: number }>() {
  const saved = useRef(new Map<number, T>());
  return {
    saved(row: T): void {
      saved.current.set(row.id, row);
    },
    newest(row: T): T {
      const mine = saved.current.get(row.id);
      return mine && mine.version > row.version ? mine : row;
    },
  };
}
