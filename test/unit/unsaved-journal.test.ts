import { describe, expect, it } from 'vitest';
import { AutosaveStore } from '../../renderer/src/components/autosave-store';
import { matchesAllWords } from '../../renderer/src/components/combobox-filter';
import { UnsavedJournal, type JournalStorage } from '../../renderer/src/components/unsaved-journal';

/** The page's storage, as a plain map (Node has no localStorage). */
function memoryStorage(): JournalStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('the unsaved-text journal', () => {
  it('keeps what is typed until the core acknowledges that value, never a newer one', async () => {
    const storage = memoryStorage();
    const journal = new UnsavedJournal('meeting:1', storage, () => 1000);
    let answer: (() => void) | undefined;
    const save = Object.assign((_v: string) => new Promise<unknown>((resolve) => (answer = () => resolve({ savedAt: new Date().toISOString() }))), {
      describe: (v: string) => ({ name: 'minutes.save', input: { itemId: 1, field: 'discussion', value: v } }),
    });
    const store = new AutosaveStore(10_000, 10_000, Date.now, journal);
    store.change('minute:1:discussion', 'Placement', save, true);
    store.change('minute:1:discussion', 'Placement stable', save);
    expect(journal.entries().map((e) => e.value)).toEqual(['Placement stable']);
    // The first value's answer arrives: the newer text is still not saved, so it stays.
    answer!();
    await new Promise((r) => setTimeout(r, 0));
    expect(journal.entries().map((e) => e.value)).toEqual(['Placement stable']);
    void store.flushAll();
    await new Promise((r) => setTimeout(r, 0));
    answer!();
    await store.flushAll();
    expect(journal.entries()).toEqual([]);
    expect(storage.data.size).toBe(0);
  });

  it('is kept per page, survives a new journal over the same storage (a reload) and forgets only what it was asked to', () => {
    const storage = memoryStorage();
    let now = 1;
    const first = new UnsavedJournal('meeting:1', storage, () => now++);
    first.write('a', 'one', { name: 'minutes.save', input: {} });
    new UnsavedJournal('meeting:2', storage).write('b', 'other page', { name: 'minutes.save', input: {} });
    const reloaded = new UnsavedJournal('meeting:1', storage, () => now++);
    const left = reloaded.entries();
    expect(left.map((e) => e.value)).toEqual(['one']);
    // Typed again into the same field before deciding: the newer text is not forgotten with the old.
    reloaded.write('a', 'one, and more', { name: 'minutes.save', input: {} });
    reloaded.forget(left);
    expect(reloaded.entries().map((e) => e.value)).toEqual(['one, and more']);
  });
});

describe('filtering a list of names as you type', () => {
  it('matches the start of any word, every word typed, whatever the case or accents', () => {
    expect(matchesAllWords('Sam Worker', 'sam')).toBe(true);
    expect(matchesAllWords('Sam Worker', 'work')).toBe(true);
    expect(matchesAllWords('Sam Worker', 'sam w')).toBe(true);
    expect(matchesAllWords('Sam Worker', 'am')).toBe(false);
    expect(matchesAllWords('Zoë O’Brien', 'zoe')).toBe(true);
    expect(matchesAllWords('Sam Worker', 'sam x')).toBe(false);
  });
});
