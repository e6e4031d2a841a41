import { createContext, useCallback, useContext, useEffect, useSyncExternalStore } from 'react';
import { onBeforeClose } from '../api/client';
import type { AutosaveStore, SaveFn, SaveSnapshot } from './autosave-store';

export { AutosaveStore } from './autosave-store';
export type { SaveFn, SaveSnapshot } from './autosave-store';

export const AutosaveContext = createContext<AutosaveStore | null>(null);

export function useAutosaveStore(): AutosaveStore {
  const store = useContext(AutosaveContext);
  if (!store) throw new Error('useAutosave needs an AutosaveContext above it.');
  return store;
}

export function useSaveStatus(): SaveSnapshot {
  const store = useAutosaveStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/**
 * One field's autosave. `change` on every keystroke, `flush` on blur; the field is also
 * flushed when it leaves the screen (the item changes). `error` is the core's refusal of
 * this field's newest value, if it refused it.
 */
export function useAutosave<T>(key: string, save: SaveFn<T>) {
  const store = useAutosaveStore();
  const error = useSyncExternalStore(store.subscribe, () => store.errorOf(key));
  useEffect(() => () => void store.flush(key), [store, key]);
  const change = useCallback((value: T, immediate = false) => store.change(key, value, save, immediate), [store, key, save]);
  const flush = useCallback(() => store.flush(key), [store, key]);
  return { change, flush, error };
}

/**
 * Sends everything waiting when the page is hidden (another window, the lid closed) or unloaded,
 * and, in the desktop app, before the window closes or the app quits (the shell waits for it).
 */
export function useFlushOnHide(store: AutosaveStore): void {
  useEffect(() => {
    const flush = () => void store.flushAll();
    const unregister = onBeforeClose(() => store.flushAll());
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      unregister();
      // Leaving the page inside the app (another route): what is waiting still goes.
      flush();
    };
  }, [store]);
}
