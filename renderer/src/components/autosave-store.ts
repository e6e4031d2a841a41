import type { EditConflict, ErrorCode } from '../../../shared/errors';
import { ApiError } from '../api/api-error';
import type { SaveCall, UnsavedJournal } from './unsaved-journal';

/**
 * How to make one field's value durable; resolves once the core has it. `version` is the field's version the
 * value was typed over, when the store knows it. `describe` says which call it makes, so the journal can keep it.
 */
export type SaveFn<T> = ((value: T, version?: number) => Promise<unknown>) & { describe?(value: T, version?: number): SaveCall };

/** A save that lost the race: the core's sentence for the field, and what the other person saved. */
export interface FieldConflict {
  sentence: string;
  theirs: unknown;
  version: number;
}

/** What the page as a whole can truthfully say about its saves. */
export type SaveSnapshot =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  /** Team mode: every save is durable, but some only in this laptop's outbox, not yet shared with the team store. */
  | { state: 'held'; at: Date }
  | { state: 'error'; message: string; retrying: boolean };

interface Field {
  /** The newest value handed in. Kept after it is saved: it is what the screen shows if the field is drawn again. */
  value: unknown;
  save: SaveFn<unknown> | undefined;
  /** The newest value has not been sent yet. */
  dirty: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest unsent change was made: steady typing is still saved every `maxWaitMs`. */
  waitingSince: number | undefined;
  retryTimer: ReturnType<typeof setTimeout> | undefined;
  inFlight: Promise<void> | undefined;
  error: { message: string; retrying: boolean } | undefined;
  failures: number;
  /** The field's version the next save is typed over (from the page's read, then each save's answer). */
  version: number | undefined;
  /** Someone else saved the field first: nothing more is sent until the person keeps theirs or takes the other. */
  conflict: FieldConflict | undefined;
  /** How many times the value was replaced from outside the field ("Take theirs"): the field shows the store's value again. */
  replaced: number;
}

// Worth trying again: the service was unreachable, the disk was busy or full, or something unexpected.
// Anything else (a refused value, approved minutes) will fail the same way until the person changes something.
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(['STORAGE', 'INTERNAL']);
const RETRY_MS = [1000, 2000, 4000, 8000, 15000];

/**
 * The saves of one page. Each field (a key) is saved at most once at a time, newest value
 * last: a value typed while an earlier one is on its way waits for it, so an older save can
 * never land after a newer one. A pause in typing (300 ms), leaving the field, changing item
 * or hiding the page sends what is waiting, and so does steady typing that never pauses,
 * at least every 500 ms; a failed save is kept and tried again.
 */
export class AutosaveStore {
  private readonly fields = new Map<string, Field>();
  /** Versions the page read for fields not yet typed in. */
  private readonly known = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private snapshot: SaveSnapshot = { state: 'idle' };
  private lastSavedAt: Date | undefined;
  /** Saves the core acknowledged as kept on this laptop, waiting for the team store. */
  private heldSaves = 0;
  private version = 0;

  constructor(
    private readonly delayMs = 300,
    private readonly maxWaitMs = 500,
    private readonly clock: () => number = Date.now,
    /** Where values not yet acknowledged are kept, to be offered back after a reload. */
    private readonly journal?: UnsavedJournal,
  ) {}

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
    const call = save.describe?.(value, f.version);
    if (call) this.journal?.write(key, value, call);
    if (!f.dirty || f.waitingSince === undefined) f.waitingSince = this.clock();
    f.dirty = true;
    clearTimeout(f.timer);
    f.timer = undefined;
    // Typing goes on while the person decides: kept (and journalled), sent once they choose.
    if (f.conflict) return this.update();
    const left = this.maxWaitMs - (this.clock() - f.waitingSince);
    if (immediate || left <= 0) void this.flush(key);
    else f.timer = setTimeout(() => void this.flush(key), Math.min(this.delayMs, left));
    this.update();
  }

  /** Sends `key`'s waiting value now (after the save in flight, if any); resolves when nothing newer is waiting. */
  flush(key: string): Promise<void> {
    const f = this.fields.get(key);
    if (!f) return Promise.resolve();
    clearTimeout(f.timer);
    f.timer = undefined;
    if (f.inFlight) return f.inFlight.then(() => this.flush(key));
    if (!f.dirty || !f.save || f.conflict) return Promise.resolve();
    clearTimeout(f.retryTimer);
    f.retryTimer = undefined;
    const { value, save } = f;
    f.dirty = false;
    f.waitingSince = undefined;
    f.inFlight = save(value, f.version).then(
      (ack) => {
        f.error = undefined;
        f.failures = 0;
        f.version = versionOf(ack) ?? f.version;
        this.lastSavedAt = savedAt(ack);
        // Held on this laptop is durable (the outbox is on disk): the journal need not offer it back.
        if (heldOnThisLaptop(ack)) this.heldSaves += 1;
        this.journal?.acknowledge(key, value);
      },
      (err: unknown) => {
        // The value did not land: unless a newer one is already waiting, this one still needs saving.
        f.dirty = true;
        const conflict = err instanceof ApiError && err.code === 'CONFLICT' ? fieldConflict(err.conflict, err.fieldErrors) : undefined;
        if (conflict) {
          f.conflict = conflict;
          f.error = { message: err instanceof ApiError ? err.message : conflict.sentence, retrying: false };
          return;
        }
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

  /** True while a save is kept on this laptop only, not yet shared with the team store. */
  get held(): boolean {
    return this.heldSaves > 0;
  }

  /** The laptop's outbox has been sent on: every save held there is now shared. */
  markShared(at: Date = new Date()): void {
    if (this.heldSaves === 0) return;
    this.heldSaves = 0;
    this.lastSavedAt = at;
    this.update();
  }

  errorOf(key: string): string | undefined {
    const f = this.fields.get(key);
    // A conflict is shown with its choice, not as an error message under the field.
    return f?.conflict ? undefined : f?.error?.message;
  }

  /** The version of `key` the page read, unless this page has saved it since (its own answer is newer). */
  knowVersion(key: string, version: number): void {
    const f = this.fields.get(key);
    if (f) {
      if (f.version === undefined) f.version = version;
    } else if (!this.known.has(key)) this.known.set(key, version);
  }

  /** Changes when the field's value is replaced from outside it ("Take theirs"). */
  replacedOf(key: string): number {
    return this.fields.get(key)?.replaced ?? 0;
  }

  conflictOf(key: string): FieldConflict | undefined {
    return this.fields.get(key)?.conflict;
  }

  /** "Keep mine": what was typed goes again, over the version the other person's save made. */
  keepMine(key: string): Promise<void> {
    const f = this.fields.get(key);
    if (!f?.conflict) return Promise.resolve();
    f.version = f.conflict.version;
    f.conflict = undefined;
    f.error = undefined;
    f.dirty = true;
    return this.flush(key);
  }

  /** "Take theirs": the field holds the other person's value (already saved); answers what was typed, for the page to keep copyable. */
  takeTheirs<T>(key: string): { mine: T; theirs: T } | undefined {
    const f = this.fields.get(key);
    if (!f?.conflict) return undefined;
    const mine = f.value as T;
    const theirs = f.conflict.theirs as T;
    f.version = f.conflict.version;
    f.value = theirs;
    f.conflict = undefined;
    f.error = undefined;
    f.dirty = false;
    f.waitingSince = undefined;
    f.replaced += 1;
    this.journal?.acknowledge(key, mine);
    this.update();
    return { mine, theirs };
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
      f = { value: undefined, save: undefined, dirty: false, timer: undefined, waitingSince: undefined, retryTimer: undefined, inFlight: undefined, error: undefined, failures: 0, version: this.known.get(key), conflict: undefined, replaced: 0 };
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
    // Never more than is true: a save held on this laptop is not called saved until it is shared.
    if (this.heldSaves > 0) return { state: 'held', at: this.lastSavedAt ?? new Date() };
    return this.lastSavedAt ? { state: 'saved', at: this.lastSavedAt } : { state: 'idle' };
  }
}

function savedAt(ack: unknown): Date {
  const at = typeof ack === 'object' && ack !== null && 'savedAt' in ack ? new Date(String((ack as { savedAt: unknown }).savedAt)) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : new Date();
}

function versionOf(ack: unknown): number | undefined {
  const v = typeof ack === 'object' && ack !== null && 'version' in ack ? (ack as { version: unknown }).version : undefined;
  return typeof v === 'number' ? v : undefined;
}

/** A lost race with what the field needs to offer the choice: one field's sentence and the other person's value. */
function fieldConflict(detail: EditConflict | undefined, messages: Record<string, string>): FieldConflict | undefined {
  if (!detail) return undefined;
  const [path, sentence] = Object.entries(messages)[0] ?? [];
  if (path === undefined || sentence === undefined) return undefined;
  return { sentence, theirs: detail.theirs[path], version: detail.version };
}

function heldOnThisLaptop(ack: unknown): boolean {
  return typeof ack === 'object' && ack !== null && (ack as { heldOnThisLaptop?: unknown }).heldOnThisLaptop === true;
}

function sameSnapshot(a: SaveSnapshot, b: SaveSnapshot): boolean {
  if (a.state !== b.state) return false;
  if ((a.state === 'saved' && b.state === 'saved') || (a.state === 'held' && b.state === 'held')) return a.at.getTime() === b.at.getTime();
  if (a.state === 'error' && b.state === 'error') return a.message === b.message && a.retrying === b.retrying;
  return true;
}
