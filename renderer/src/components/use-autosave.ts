import { createContext, useCallback, useContext, useEffect, useSyncExternalStore } from 'react';
import type { ProcedureInput, ProcedureName } from '../../../shared/contract';
import { call, capabilities, onBeforeClose } from '../api/client';
import type { AutosaveStore, SaveFn, SaveSnapshot } from './autosave-store';
import type { SaveCall } from './unsaved-journal';

export { AutosaveStore } from './autosave-store';
export type { FieldConflict, SaveFn, SaveSnapshot } from './autosave-store';

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
  const conflict = useSyncExternalStore(store.subscribe, () => store.conflictOf(key));
  useEffect(() => () => void store.flush(key), [store, key]);
  const change = useCallback((value: T, immediate = false) => store.change(key, value, save, immediate), [store, key, save]);
  const flush = useCallback(() => store.flush(key), [store, key]);
  const keepMine = useCallback(() => store.keepMine(key), [store, key]);
  const takeTheirs = useCallback(() => store.takeTheirs<T>(key), [store, key]);
  return { change, flush, error, conflict, keepMine, takeTheirs };
}

/** A save that calls one procedure of the core, described so that the unsaved-text journal can keep it; `version`: the one the value was typed over, if known. */
export function saveBy<P extends ProcedureName, T>(name: P, input: (value: T, version?: number) => ProcedureInput<P>): SaveFn<T> {
  const save = ((value: T, version?: number) => (call as (n: P, i: ProcedureInput<P>) => Promise<unknown>)(name, input(value, version))) as SaveFn<T>;
  save.describe = (value, version) => ({ name, input: input(value, version) });
  return save;
}

/** A save put back from the unsaved-text journal: the same call again (the core checks it like any other). */
export function saveAgain(saved: SaveCall): SaveFn<unknown> {
  const save = (() => (call as (name: string, input: unknown) => Promise<unknown>)(saved.name, saved.input)) as SaveFn<unknown>;
  save.describe = () => saved;
  return save;
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
    // In a browser, leaving or reloading with typing the core does not have yet asks first. (The
    // desktop app holds the window's close until the page has flushed, so it never needs to ask.)
    // So does leaving with saves held on this laptop, not yet shared with the team store (they are kept for next time).
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (capabilities.nativeDialogs || !(store.pending || store.held)) return;
      flush();
      e.preventDefault();
      e.returnValue = '';
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      unregister();
      // Leaving the page inside the app (another route): what is waiting still goes.
      flush();
    };
  }, [store]);
}
