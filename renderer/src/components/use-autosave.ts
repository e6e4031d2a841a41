import { createContext, useCallback, useContext, useEffect, useSyncExternalStore } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import { ApiError } from '../api/client';

/** How to make one field's value durable; resolves once the core has it. */
export type SaveFn<T> = (value: T) => Promise<unknown>;

/** What the page as a whole can truthfully say about its saves. */
export type SaveSnapshot =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; message: string; retrying: boolean };

interface Field {
  /** The newest value handed in. Kept after it is saved: it is what the screen shows if the field is drawn again. */
  value: unknown;
  save: SaveFn<unknown> | undefined;
  /** The newest value has not been sent yet. */
  dirty: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  retryTimer: ReturnType<typeof setTimeout> | undefined;
  inFlight: Promise<void> | undefined;
  error: { message: string; retrying: boolean } | undefined;
  failures: number;
}

// Worth trying again: the service was unreachable, the disk was busy or full, or something unexpected.
// Anything else (a refused value, approved minutes) will fail the same way until the person changes something.
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(['STORAGE', 'INTERNAL']);
const RETRY_MS = [1000, 2000, 4000, 8000, 15000];

/**
 * The saves of one page. Each field (a key) is saved at most once at a time, newest value
 * last: a value typed while an earlier one is on its way waits for it, so an older save can
 * never land after a newer one. A pause in typing (300 ms), leaving the field, changing item
 * or hiding the page sends what is waiting; a failed save is kept and tried again.
 */
export class AutosaveStore {
  private readonly fields = new Map<string, Field>();
  private readonly listeners = new Set<() => void>();
  private snapshot: SaveSnapshot = { state: 'idle' };
  private lastSavedAt: Date | undefined;
  private version = 0;

  constructor(private readonly delayMs = 300) {}

  /** The newest value handed in for `key` this session, saved or not. */
  latest<T>(key: string): T | undefined {
    return this.fields.get(key)?.value as T | undefined;
  }

  has(key: string): boolean {
    return this.fields.has(key);
  }

  /** A new value for `key`: saved after a pause, or at once with `immediate` (a radio button, a row removed). */
  change<T>(key: string, value: T, save: SaveFn<T>, immediate = false): void {
    const f = this.field(key);
    f.value = value;
    f.save = save as SaveFn<unknown>;
    f.dirty = true;
    clearTimeout(f.timer);
    f.timer = undefined;
    if (immediate) void this.flush(key);
    else f.timer = setTimeout(() => void this.flush(key), this.delayMs);
    this.update();
  }

  /** Sends `key`'s waiting value now (after the save in flight, if any); resolves when nothing newer is waiting. */
  flush(key: string): Promise<void> {
    const f = this.fields.get(key);
    if (!f) return Promise.resolve();
    clearTimeout(f.timer);
    f.timer = undefined;
    if (f.inFlight) return f.inFlight.then(() => this.flush(key));
    if (!f.dirty || !f.save) return Promise.resolve();
    clearTimeout(f.retryTimer);
    f.retryTimer = undefined;
    const { value, save } = f;
    f.dirty = false;
    f.inFlight = save(value).then(
      (ack) => {
        f.error = undefined;
        f.failures = 0;
        this.lastSavedAt = savedAt(ack);
      },
      (err: unknown) => {
        // The value did not land: unless a newer one is already waiting, this one still needs saving.
        f.dirty = true;
        const retrying = !(err instanceof ApiError) || TRANSIENT.has(err.code);
        f.error = { message: err instanceof ApiError ? err.message : 'Panelroom could not reach its data service.', retrying };
        if (retrying) {
          f.retryTimer = setTimeout(() => void this.flush(key), RETRY_MS[Math.min(f.failures, RETRY_MS.length - 1)]);
          f.failures += 1;
        }
      },
    );
    const done = f.inFlight.finally(() => {
      f.inFlight = undefined;
      this.update();
    });
    this.update();
    return done;
  }

  /** Sends everything waiting (changing item, hiding or leaving the page, closing the meeting). */
  flushAll(): Promise<void> {
    return Promise.all([...this.fields.keys()].map((k) => this.flush(k))).then(() => undefined);
  }

  /** True while something typed is not yet durable. */
  get pending(): boolean {
    for (const f of this.fields.values()) if (f.dirty || f.inFlight) return true;
    return false;
  }

  errorOf(key: string): string | undefined {
    return this.fields.get(key)?.error?.message;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SaveSnapshot => this.snapshot;

  /** Changes on every change of any field, for views derived from many fields (the agenda's ticks). */
  readonly getVersion = (): number => this.version;

  private field(key: string): Field {
    let f = this.fields.get(key);
    if (!f) {
      f = { value: undefined, save: undefined, dirty: false, timer: undefined, retryTimer: undefined, inFlight: undefined, error: undefined, failures: 0 };
      this.fields.set(key, f);
    }
    return f;
  }

  private update(): void {
    this.version += 1;
    const next = this.summarise();
    if (!sameSnapshot(next, this.snapshot)) this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private summarise(): SaveSnapshot {
    let busy = false;
    for (const f of this.fields.values()) {
      // A failure is shown until that field saves: the page must not claim everything is saved.
      if (f.error) return { state: 'error', message: f.error.message, retrying: f.error.retrying };
      if (f.dirty || f.inFlight) busy = true;
    }
    if (busy) return { state: 'saving' };
    return this.lastSavedAt ? { state: 'saved', at: this.lastSavedAt } : { state: 'idle' };
  }
}

function savedAt(ack: unknown): Date {
  const at = typeof ack === 'object' && ack !== null && 'savedAt' in ack ? new Date(String((ack as { savedAt: unknown }).savedAt)) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : new Date();
}

function sameSnapshot(a: SaveSnapshot, b: SaveSnapshot): boolean {
  if (a.state !== b.state) return false;
  if (a.state === 'saved' && b.state === 'saved') return a.at.getTime() === b.at.getTime();
  if (a.state === 'error' && b.state === 'error') return a.message === b.message && a.retrying === b.retrying;
  return true;
}

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

/** Sends everything waiting when the page is hidden (another window, the lid closed) or unloaded. */
export function useFlushOnHide(store: AutosaveStore): void {
  useEffect(() => {
    const flush = () => void store.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      // Leaving the page inside the app (another route): what is waiting still goes.
      flush();
    };
  }, [store]);
}
