/** How a waiting save is described, so it can be sent again after a reload: a procedure of the core and its input. */
export interface SaveCall {
  name: string;
  input: unknown;
}

export interface JournalEntry {
  key: string;
  /** what the field held */
  value: unknown;
  call: SaveCall;
  /** when it was typed (ms since 1970) */
  at: number;
}

/** The few Storage methods the journal needs (the page's localStorage; a stand-in in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Typing the core has not yet acknowledged, kept in the page's own storage as it is typed,
 * so that if the core goes away (browser mode's server restarted, the laptop's lid closed
 * mid-save) and the page is reloaded, the words can be offered back. An entry goes when the
 * core acknowledges that value. One journal per page (a meeting's minutes), so entries
 * never wander to another page.
 */
export class UnsavedJournal {
  private readonly storageKey: string;

  constructor(
    scope: string,
    private readonly storage: JournalStorage | undefined = safeLocalStorage(),
    private readonly clock: () => number = Date.now,
  ) {
    this.storageKey = `panelroom:unsaved:${scope}`;
  }

  entries(): JournalEntry[] {
    return Object.values(this.read()).sort((a, b) => a.at - b.at);
  }

  write(key: string, value: unknown, call: SaveCall): void {
    const all = this.read();
    all[key] = { key, value, call, at: this.clock() };
    this.store(all);
  }

  /** The core has `value` for `key`: forget it, unless something newer was typed meanwhile. */
  acknowledge(key: string, value: unknown): void {
    const all = this.read();
    const entry = all[key];
    if (!entry || JSON.stringify(entry.value) !== JSON.stringify(value)) return;
    delete all[key];
    this.store(all);
  }

  /** Drops these entries, but not anything typed into the same fields since. */
  forget(entries: readonly JournalEntry[]): void {
    const all = this.read();
    for (const e of entries) if (all[e.key]?.at === e.at) delete all[e.key];
    this.store(all);
  }

  private read(): Record<string, JournalEntry> {
    try {
      const raw = this.storage?.getItem(this.storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, JournalEntry>) : {};
    } catch {
      return {};
    }
  }

  private store(all: Record<string, JournalEntry>): void {
    try {
      if (Object.keys(all).length === 0) this.storage?.removeItem(this.storageKey);
      else this.storage?.setItem(this.storageKey, JSON.stringify(all));
    } catch {
      // Storage full or refused: the save path itself is unchanged, only the safety net is missing.
    }
  }
}

function safeLocalStorage(): JournalStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
