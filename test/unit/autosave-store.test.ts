import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../renderer/src/api/api-error';
import { AutosaveStore } from '../../renderer/src/components/autosave-store';

/** A save that the test answers by hand, recording what was sent and how many were in flight at once. */
function controlledSave() {
  const sent: string[] = [];
  const pending: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = (value: string) => {
    sent.push(value);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<unknown>((resolve, reject) => {
      pending.push({
        resolve: () => {
          inFlight -= 1;
          resolve({ savedAt: new Date().toISOString() });
        },
        reject: (e) => {
          inFlight -= 1;
          reject(e);
        },
      });
    });
  };
  return { save, sent, pending, maxInFlight: () => maxInFlight };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the minutes autosave', () => {
  it('saves once after a pause, with the newest value', async () => {
    const store = new AutosaveStore(300, 500, () => Date.now());
    const s = controlledSave();
    for (const v of ['P', 'Pl', 'Pla']) {
      store.change('discussion', v, s.save);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(s.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(s.sent).toEqual(['Pla']);
    expect(store.getSnapshot().state).toBe('saving');
    s.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSnapshot().state).toBe('saved');
    expect(store.pending).toBe(false);
  });

  it('says a save held on this laptop is not yet shared, until the outbox has sent it on', async () => {
    const store = new AutosaveStore(300, 500, () => Date.now());
    const answers = [{ savedAt: new Date().toISOString(), heldOnThisLaptop: true }, { savedAt: new Date().toISOString() }];
    const save = async () => answers.shift();
    store.change('discussion', 'Typed while the Wi-Fi was down', save, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSnapshot().state).toBe('held');
    expect(store.held).toBe(true);
    expect(store.pending).toBe(false);
    // A later save answered by the team store does not make the held one shared: only the outbox can say so.
    store.change('decisions', 'Endorsed', save, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSnapshot().state).toBe('held');
    store.markShared(new Date('2026-11-26T10:05:00Z'));
    expect(store.getSnapshot()).toEqual({ state: 'saved', at: new Date('2026-11-26T10:05:00Z') });
    expect(store.held).toBe(false);
  });

  it('saves steady typing that never pauses at least every half second', async () => {
    const store = new AutosaveStore(300, 500, () => Date.now());
    const sentAt: number[] = [];
    const save = async () => {
      sentAt.push(Date.now());
      return { savedAt: new Date().toISOString() };
    };
    const start = Date.now();
    let text = '';
    for (let i = 0; i < 40; i++) {
      text += 'a';
      store.change('discussion', text, save);
      await vi.advanceTimersByTimeAsync(100); // one keystroke every 100 ms: never a 300 ms pause
    }
    const gaps = [sentAt[0]! - start, ...sentAt.slice(1).map((t, i) => t - sentAt[i]!)];
    expect(sentAt.length).toBeGreaterThanOrEqual(7);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(500);
  });

  it('never has two saves of one field in flight, and the newest value always lands last', async () => {
    const store = new AutosaveStore(300, 500, () => Date.now());
    const s = controlledSave();
    store.change('decisions', 'one', s.save, true);
    store.change('decisions', 'two', s.save, true);
    store.change('decisions', 'three', s.save, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(s.sent).toEqual(['one']);
    s.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.sent).toEqual(['one', 'three']);
    s.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.maxInFlight()).toBe(1);
    expect(store.pending).toBe(false);
  });

  it('keeps a value the disk could not take and tries again, saying so meanwhile', async () => {
    const store = new AutosaveStore(300, 500, () => Date.now());
    const s = controlledSave();
    store.change('discussion', 'Placement stable', s.save, true);
    await vi.advanceTimersByTimeAsync(0);
    s.pending.shift()!.reject(new ApiError({ code: 'STORAGE', message: 'The disk is full.' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSnapshot()).toEqual({ state: 'error', message: 'The disk is full.', retrying: true });
    expect(store.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.sent).toEqual(['Placement stable', 'Placement stable']);
    s.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSnapshot().state).toBe('saved');
  });

  it('does not retry a value the core refused, and shows its words until the value changes', async () => {
    const store = new AutosaveStore(300, 500, () => Date.now());
    const s = controlledSave();
    store.change('nextReview', 'bad', s.save, true);
    await vi.advanceTimersByTimeAsync(0);
    s.pending.shift()!.reject(new ApiError({ code: 'READ_ONLY', message: 'These minutes were approved.' }));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(s.sent).toEqual(['bad']);
    expect(store.errorOf('nextReview')).toBe('These minutes were approved.');
    expect(store.getSnapshot()).toMatchObject({ state: 'error', retrying: false });
  });

  it('sends everything waiting at once when asked (changing item, closing the window)', async () => {
    const store = new AutosaveStore(300, 500, () => Date.now());
    const s = controlledSave();
    store.change('a', 'x', s.save);
    store.change('b', 'y', s.save);
    const all = store.flushAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.sent.sort()).toEqual(['x', 'y']);
    s.pending.splice(0).forEach((p) => p.resolve());
    await all;
    expect(store.pending).toBe(false);
  });
});

describe('the minutes autosave and someone else’s save of the same field', () => {
  /** A save that records the version each value was sent over, answering the next version or a conflict, as the test says. */
  function versionedSave() {
    const sent: { value: string; version: number | undefined }[] = [];
    const answers: ((value: string, version: number | undefined) => Promise<unknown>)[] = [];
    const save = (value: string, version?: number) => {
      sent.push({ value, version });
      const answer = answers.shift();
      return answer ? answer(value, version) : Promise.resolve({ savedAt: new Date().toISOString(), version: (version ?? 0) + 1 });
    };
    return { save, sent, answers };
  }
  const lost = (theirs: string, version: number) => () =>
    Promise.reject(new ApiError({ code: 'CONFLICT', message: 'Alex Smith saved a change to this at 10:42.', fieldErrors: { value: `Alex Smith changed this at 10:42: ‘${theirs}’` }, conflict: { version, by: 'Alex Smith', at: '2026-11-22T10:42:00.000Z', theirs: { value: theirs } } }));

  it('sends each value over the version the page read, then over each answer’s version', async () => {
    const store = new AutosaveStore(300, 500, () => Date.now());
    const s = versionedSave();
    store.knowVersion('discussion', 4);
    store.change('discussion', 'A', s.save, true);
    await vi.advanceTimersByTimeAsync(0);
    store.change('discussion', 'AB', s.save, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(s.sent).toEqual([
      { value: 'A', version: 4 },
      { value: 'AB', version: 5 },
    ]);
  });

  it('a lost race holds what is typed (sending nothing more) until "Keep mine" sends it over the newer version', async () => {
    const store = new AutosaveStore(300, 500, () => Date.now());
    const s = versionedSave();
    store.knowVersion('discussion', 1);
    s.answers.push(lost('Their words', 2));
    store.change('discussion', 'My words', s.save, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.conflictOf('discussion')).toEqual({ sentence: 'Alex Smith changed this at 10:42: ‘Their words’', theirs: 'Their words', version: 2 });
    expect(store.getSnapshot()).toMatchObject({ state: 'error', retrying: false });
    expect(store.pending).toBe(true);
    store.change('discussion', 'My words, more', s.save);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(s.sent).toHaveLength(1);
    await store.keepMine('discussion');
    expect(s.sent[1]).toEqual({ value: 'My words, more', version: 2 });
    expect(store.conflictOf('discussion')).toBeUndefined();
    expect(store.pending).toBe(false);
    expect(store.getSnapshot().state).toBe('saved');
  });

  it('"Take theirs" puts their value in the field, answers what was typed, and the next typing goes over their version', async () => {
    const store = new AutosaveStore(300, 500, () => Date.now());
    const s = versionedSave();
    store.knowVersion('discussion', 1);
    s.answers.push(lost('Their words', 3));
    store.change('discussion', 'My words', s.save, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.takeTheirs('discussion')).toEqual({ mine: 'My words', theirs: 'Their words' });
    expect(store.latest('discussion')).toBe('Their words');
    expect(store.pending).toBe(false);
    store.change('discussion', 'Their words, and mine', s.save, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(s.sent.at(-1)).toEqual({ value: 'Their words, and mine', version: 3 });
  });
});
