import { describe, expect, it } from 'vitest';
import { HELD_WORDS, saveIndicatorWords } from '../../renderer/src/components/save-indicator-words';
import type { SaveSnapshot } from '../../renderer/src/components/autosave-store';

const at = new Date(2026, 11, 6, 14, 5);
const snapshots: SaveSnapshot[] = [
  { state: 'idle' },
  { state: 'saving' },
  { state: 'saved', at },
  { state: 'held', at },
  { state: 'error', message: 'The disk is full.', retrying: true },
];
const outboxes = [undefined, { waiting: 0, notShared: 0 }, { waiting: 2, notShared: 0 }, { waiting: 0, notShared: 1 }, { waiting: 0, notShared: 3 }, { waiting: 1, notShared: 2 }];

describe('the save indicator’s words', () => {
  it('says everything is saved only when nothing is being saved, held, waiting or kept as not shared, and the outbox has said so', () => {
    for (const status of snapshots) {
      for (const outbox of outboxes) {
        const { text } = saveIndicatorWords(status, outbox);
        const allSaved = (status.state === 'idle' || status.state === 'saved') && outbox !== undefined && outbox.waiting === 0 && outbox.notShared === 0;
        expect(text.startsWith('All changes saved'), `${status.state} with ${JSON.stringify(outbox)}: “${text}”`).toBe(allSaved);
      }
    }
  });

  it('counts the saves kept as not shared, in words', () => {
    expect(saveIndicatorWords({ state: 'saved', at }, { waiting: 0, notShared: 1 })).toEqual({ text: '1 change not shared: see above', tone: 'not-shared' });
    expect(saveIndicatorWords({ state: 'idle' }, { waiting: 0, notShared: 2 })).toEqual({ text: '2 changes not shared: see above', tone: 'not-shared' });
  });

  it('says a save waits on this laptop before it speaks of those not shared, and saving before either', () => {
    expect(saveIndicatorWords({ state: 'saved', at }, { waiting: 1, notShared: 2 }).text).toBe(HELD_WORDS);
    expect(saveIndicatorWords({ state: 'held', at }, { waiting: 0, notShared: 2 }).text).toBe(HELD_WORDS);
    expect(saveIndicatorWords({ state: 'saving' }, { waiting: 1, notShared: 2 }).text).toBe('Saving…');
  });

  it('gives the time of the last save once everything is saved, and says nothing of saves before the outbox has answered', () => {
    expect(saveIndicatorWords({ state: 'saved', at }, { waiting: 0, notShared: 0 })).toEqual({ text: 'All changes saved at 14:05', tone: 'saved' });
    expect(saveIndicatorWords({ state: 'idle' }, { waiting: 0, notShared: 0 })).toEqual({ text: 'All changes saved', tone: 'idle' });
    expect(saveIndicatorWords({ state: 'idle' }, undefined)).toEqual({ text: '', tone: 'idle' });
    // A failure is said in the alert beside the words; the words themselves claim nothing.
    expect(saveIndicatorWords({ state: 'error', message: 'The disk is full.', retrying: false }, { waiting: 0, notShared: 0 })).toEqual({ text: '', tone: 'error' });
  });
});
