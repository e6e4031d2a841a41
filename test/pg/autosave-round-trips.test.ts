import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { TestCore } from '../unit/support/core';
import { child, meetingWith, movableClock, setUp } from '../unit/support/meeting-fixtures';
import { countedTeamCore, type CountedCore } from './support/counted-core';
import { adminClient } from './support/pg';

/**
 * An autosave runs on every pause in typing, and on a team store every statement is a round trip:
 * a save of the minutes or of a rating must send a handful, whatever it checks on the way (the
 * item's meeting, the pen, the row's version, the audit spell, the change notice to other laptops).
 * Counted as the statements reach the pool, through a Kysely plugin on a real team core; the
 * transaction's own begin and commit do not pass through plugins and add two more round trips.
 */

/**
 * The most statements one minutes.save may send: the item’s context with the pen
 * (one), the field's claim and write (one), the audit row with the change notice (one). Each was
 * eight before they were folded.
 */
const MOST_STATEMENTS = 3;
/** A rating's: the item's context with the pen read in the statement that writes the rating (one), the audit row with the notice (one). */
const MOST_RATING_STATEMENTS = 2;

const clock = movableClock('2026-12-10T10:00:00Z');
let core: Core;
let ok: CountedCore['ok'];
let statementsOf: CountedCore['statementsOf'];
let itemId: number;
let meetingId: number;
let database: string;
let childId: number;

beforeAll(async () => {
  const counted = await countedTeamCore(clock.now);
  ({ core, ok, statementsOf, database } = counted);
  const fixtures = { ok } as unknown as TestCore;
  const s = await setUp(fixtures);
  const kid = await child(fixtures, s.north.id, 'Typed');
  const m = await meetingWith(fixtures, s.series.id, '2026-12-10', [kid.id]);
  await ok('meetings.start', { id: m.meetingId });
  // The pen is taken, as the minute-taker's page takes it: the save checks it is still theirs.
  await ok('pen.take', { meetingId: m.meetingId, client: 'this-window' });
  itemId = m.itemOf(kid.id);
  meetingId = m.meetingId;
  childId = kid.id;
}, 120_000);

afterAll(async () => {
  await core?.close({ backup: false });
});

describe('autosaves on a team store', () => {
  it('saves a field never saved, then each pause of typing, in a few statements each', async () => {
    const first = await statementsOf('minutes.save', { itemId, field: 'discussion', value: 'The panel heard', version: 0 } as never);
    expect(first.answer.ok, JSON.stringify(first.answer)).toBe(true);
    expect(first.sent.length, first.sent.join('\n')).toBeLessThanOrEqual(MOST_STATEMENTS);
    let version = (first.answer as { value: { version: number } }).value.version;
    for (const value of ['The panel heard that the assessment', 'The panel heard that the assessment is late.']) {
      clock.advance(5);
      const next = await statementsOf('minutes.save', { itemId, field: 'discussion', value, version } as never);
      expect(next.answer.ok, JSON.stringify(next.answer)).toBe(true);
      expect(next.sent.length, next.sent.join('\n')).toBeLessThanOrEqual(MOST_STATEMENTS);
      expect((next.answer as { value: { version: number } }).value.version).toBe(version + 1);
      version += 1;
    }
    // What was saved is what is read, and the spell of typing is one edit carried on in the audit log.
    const minutes = await ok('minutes.get', { id: meetingId });
    expect(minutes.items[0]!.values).toMatchObject({ discussion: 'The panel heard that the assessment is late.' });
    const admin = await adminClient(database);
    try {
      const { rows } = await admin.query("select details from audit_log where entity = 'minutes' and entity_id = $1 order by id desc limit 1", [itemId]);
      expect(JSON.parse(rows[0].details as string)).toMatchObject({ from: null, to: 'The panel heard that the assessment is late.', saves: 3 });
    } finally {
      await admin.end();
    }
  });

  it('refuses a save based on a version someone else has moved on, naming what they saved, and writes nothing', async () => {
    const stale = await statementsOf('minutes.save', { itemId, field: 'discussion', value: 'My own words', version: 1 } as never);
    expect(stale.answer.ok).toBe(false);
    const error = (stale.answer as { error: { code: string; details?: unknown; fields?: Record<string, string> } }).error;
    expect(error.code).toBe('CONFLICT');
    expect(JSON.stringify(error)).toContain('The panel heard that the assessment is late.');
    // Nothing written: the field holds the words and the version it held.
    const admin = await adminClient(database);
    try {
      const { rows } = await admin.query("select value, version from minute_fields where item_id = $1 and field = 'discussion'", [itemId]);
      expect(rows).toEqual([{ value: 'The panel heard that the assessment is late.', version: 3 }]);
    } finally {
      await admin.end();
    }
  });

  it('saves a rating and each pause in typing its reason in a few statements each', async () => {
    for (const reason of ['Assessment', 'Assessment late', 'Assessment late by four weeks']) {
      clock.advance(5);
      const saved = await statementsOf('minutes.rate', { itemId, childId, rating: 'amber', reason });
      expect(saved.answer.ok, JSON.stringify(saved.answer)).toBe(true);
      expect(saved.sent.length, saved.sent.join('\n')).toBeLessThanOrEqual(MOST_RATING_STATEMENTS);
    }
  });
});
