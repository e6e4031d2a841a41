import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import type { TestCore } from '../unit/support/core';
import { child, meetingWith, movableClock, setUp } from '../unit/support/meeting-fixtures';
import { countedTeamCore, type CountedCore } from './support/counted-core';
import { adminClient, untilAnotherWaitsForALock } from './support/pg';

/**
 * Two people save the same thing at the same moment on a team store: one save commits while the
 * other's is on its way (read, then waiting for the row). The one that lost must be told what is
 * there now and its version, so that "Take theirs" takes what is really there and "Keep mine" wins
 * at the first try instead of meeting one more conflict.
 */

/** Runs `save` while another connection holds the row changed by `change`, uncommitted, then commits it. */
async function whileAnotherSaveCommits<T>(change: { sql: string; values: unknown[] }, save: () => Promise<T>): Promise<T> {
  const other = await adminClient(counted.database);
  try {
    await other.query('begin');
    await other.query(change.sql, change.values);
    const mine = save();
    // The save has read what it reads and is waiting for the row this connection holds.
    await untilAnotherWaitsForALock(other, 'the save never waited for the row');
    await other.query('commit');
    return await mine;
  } finally {
    await other.end();
  }
}
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
    const lost = await whileAnotherSaveCommits({ sql: "update minute_fields set value = 'Father attended.', version = version + 1 where item_id = $1 and field = 'discussion'", values: [itemId] }, () =>
      counted.core.router.call('minutes.save', { itemId, field: 'discussion', value: 'Both parents attended.', version: first.version }),
    );
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(lost.error.conflict).toMatchObject({ version: first.version + 1, theirs: { value: 'Father attended.' } });

    const kept = await counted.ok('minutes.save', { itemId, field: 'discussion', value: 'Both parents attended.', version: lost.error.conflict!.version });
    expect(kept.version).toBe(first.version + 2);
  });

  it('is no conflict when the save committed meanwhile holds the very words sent: nothing is lost', async () => {
    const field = await counted.ok('minutes.save', { itemId, field: 'decisions', value: 'Plan endorsed.', version: 0 });
    const same = await whileAnotherSaveCommits({ sql: "update minute_fields set value = 'Plan endorsed by the panel.', version = version + 1 where item_id = $1 and field = 'decisions'", values: [itemId] }, () =>
      counted.core.router.call('minutes.save', { itemId, field: 'decisions', value: 'Plan endorsed by the panel.', version: field.version }),
    );
    expect(same.ok, JSON.stringify(same)).toBe(true);
    if (!same.ok) return;
    expect((same.value as { version: number }).version).toBe(field.version! + 1);
  });

  it('two first saves of a setting: the second waits for the first and is a conflict, not an overwrite', async () => {
    const opened = await counted.ok('settings.getDocuments');
    expect(opened.version).toBe(0);
    const lost = await whileAnotherSaveCommits({ sql: `insert into settings (key, value) values ('authorityName', '"Theirs Council"')`, values: [] }, () =>
      counted.core.router.call('settings.setDocuments', { authorityName: 'Mine Council', version: opened.version }),
    );
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(lost.error.conflict).toMatchObject({ version: 1, theirs: { authorityName: 'Theirs Council' } });
    expect(await counted.ok('settings.getDocuments')).toEqual({ authorityName: 'Theirs Council', version: 1 });
  });

  it('a child’s record: shows the name the other person saved, not the one read before it was committed', async () => {
    const base: ProcedureInput<'children.create'> = { caseRef: 'R100', firstName: 'Amy', lastName: 'Racer', legalStatus: 'interim_care_order', dateOfBirth: '2020-05-01', dateEnteredCare: '2026-06-01' };
    const opened = await counted.ok('children.create', base);
    const lost = await whileAnotherSaveCommits({ sql: "update children set first_name = 'Theirs', version = version + 1 where id = $1", values: [opened.id] }, () =>
      counted.core.router.call('children.update', { ...base, id: opened.id, version: opened.version, firstName: 'Mine' }),
    );
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(lost.error.conflict).toMatchObject({ version: opened.version + 1, theirs: { firstName: 'Theirs' } });
  });
});
