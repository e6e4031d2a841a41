import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCore } from '../unit/support/core';
import { child, meetingWith, movableClock, setUp } from '../unit/support/meeting-fixtures';
import { countedTeamCore, type CountedCore } from './support/counted-core';
import { adminClient } from './support/pg';

/**
 * Two people save the same field at the same moment on a team store: one save commits while the
 * other's statement waits for the row. The one that lost must be told what is there now and its
 * version, so that "Keep mine" wins at the first try instead of meeting one more conflict.
 */
const clock = movableClock('2026-12-10T10:00:00Z');
let counted: CountedCore;
let itemId: number;

beforeAll(async () => {
  counted = await countedTeamCore(clock.now);
  const fixtures = { ok: counted.ok } as unknown as TestCore;
  const s = await setUp(fixtures);
  const kid = await child(fixtures, s.north.id, 'Racing');
  const m = await meetingWith(fixtures, s.series.id, '2026-12-10', [kid.id]);
  await counted.ok('meetings.start', { id: m.meetingId });
  await counted.ok('pen.take', { meetingId: m.meetingId, client: 'this-window' });
  itemId = m.itemOf(kid.id);
}, 120_000);

afterAll(async () => {
  await counted?.core.close({ backup: false });
});

describe('a save that loses to one committed while it waited', () => {
  it('is told the version and the words as they stand now, and keeping its own wins at once', async () => {
    const saved = await counted.ok('minutes.save', { itemId, field: 'discussion', value: 'Mother attended.', version: 0 });
    expect(saved.version).toBe(1);
    const first = { version: saved.version! };
    // Someone else's save holds the row, uncommitted, while this laptop's save is sent.
    const other = await adminClient(counted.database);
    try {
      await other.query('begin');
      await other.query("update minute_fields set value = 'Father attended.', version = version + 1 where item_id = $1 and field = 'discussion'", [itemId]);
      const mine = counted.core.router.call('minutes.save', { itemId, field: 'discussion', value: 'Both parents attended.', version: first.version });
      // Long enough for the save's statement to be waiting on the row.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await other.query('commit');
      const lost = await mine;
      expect(lost.ok).toBe(false);
      if (lost.ok) return;
      expect(lost.error.code).toBe('CONFLICT');
      expect(lost.error.conflict).toMatchObject({ version: first.version + 1, theirs: { value: 'Father attended.' } });

      const kept = await counted.ok('minutes.save', { itemId, field: 'discussion', value: 'Both parents attended.', version: lost.error.conflict!.version });
      expect(kept.version).toBe(first.version + 2);
    } finally {
      await other.end();
    }
  });
});
