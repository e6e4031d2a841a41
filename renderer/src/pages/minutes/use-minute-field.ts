import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { MinuteField } from '../../../../shared/minutes/fields';
import type { MinuteSaveInput } from '../../../../shared/schemas/minutes';
import { saveBy, useAutosave, useAutosaveStore } from '../../components/use-autosave';

export const minuteKey = (itemId: number, field: MinuteField) => `minute:${itemId}:${field}`;

/**
 * One field of one item, as typed. The value on screen is the field's own: it starts from
 * what was typed earlier this session (the item was left and come back to) or else from the
 * core, and is never replaced by a later fetch while the person works in it.
 */
export function useMinuteField<T>(itemId: number, field: MinuteField, fromCore: T | null | undefined, fallback: T, options: { extra?: (value: T) => object } = {}) {
  const store = useAutosaveStore();
  const key = minuteKey(itemId, field);
  const [value, setValue] = useState<T>(() => (store.has(key) ? (store.latest<T>(key) as T) : (fromCore ?? fallback)));
  // What else a save says (a confirmation the person gave): the caller's function reads it when the save goes.
  const { extra } = options;
  const save = useMemo(() => saveBy('minutes.save', (v: T, version?: number) => ({ itemId, field, value: v, ...(version === undefined ? {} : { version }), ...extra?.(v) }) as MinuteSaveInput), [itemId, field, extra]);
  const autosave = useAutosave<T>(key, save);
  const { change } = autosave;
  const set = useCallback(
    (next: T, immediate = false) => {
      setValue(next);
      change(next, immediate);
    },
    [change],
  );
  // "Take theirs" (at the field's conflict box) puts the other person's value in the store: the field shows it.
  const replaced = useSyncExternalStore(store.subscribe, () => store.replacedOf(key));
  const [shownReplaced, setShownReplaced] = useState(replaced);
  if (replaced !== shownReplaced) {
    setShownReplaced(replaced);
    setValue(store.latest<T>(key) as T);
  }
  return { value, set, flush: autosave.flush, error: autosave.error };
}
