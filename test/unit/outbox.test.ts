import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataKey, KEY_ENV } from '../../electron/core/db/data-key';
import { fileKind, openSqliteFile } from '../../electron/core/db/sqlite-file';
import { OUTBOX_FILE_NAME, OutboxFile } from '../../electron/core/team-outbox/outbox-file';
import { describeKept } from '../../electron/core/team-outbox/words';
import { testCore } from './support/core';
import { tempDir } from './support/temp-dir';

const key = DataKey.parse(process.env[KEY_ENV]!)!;
const mo = { login: 'mo', store: 'db.council.gov.uk:5432/panelroom' };

describe('the outbox', () => {
  it('holds nothing on a laptop’s own file: every save is in the file or was never acknowledged', async () => {
    const core = await testCore();
    expect(await core.router.call('outbox.status', undefined)).toEqual({ ok: true, value: { waiting: 0, notShared: [] } });
    const dismissed = await core.router.call('outbox.dismiss', { save: 'no-such-save' });
    expect(dismissed).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'That save is no longer kept on this laptop. Nothing has been changed.' } });
  });

  it('is its own encrypted file, which keeps each person’s saves in order across a restart and opens with no other key', () => {
    const dataDir = tempDir();
    const file = new OutboxFile(dataDir, { key });
    file.add(mo, { requestId: 'a', procedure: 'minutes.save', input: { itemId: 7, field: 'discussion', value: 'First words' }, savedAt: '2026-11-26T10:00:00.000Z' });
    file.add(mo, { requestId: 'b', procedure: 'minutes.rate', input: { itemId: 7, childId: 3, rating: 'amber', reason: 'Matching delayed' }, savedAt: '2026-11-26T10:00:01.000Z' });
    file.add({ ...mo, login: 'hana' }, { requestId: 'c', procedure: 'minutes.save', input: { itemId: 7, field: 'decisions', value: 'Not Mo’s' }, savedAt: '2026-11-26T10:00:02.000Z' });
    file.close();
    expect(fileKind(path.join(dataDir, OUTBOX_FILE_NAME))).toBe('encrypted');
    expect(() => openSqliteFile(path.join(dataDir, OUTBOX_FILE_NAME), { key: DataKey.generate() })).toThrow();
    expect(() => openSqliteFile(path.join(dataDir, OUTBOX_FILE_NAME), { key: null })).toThrow();

    const again = new OutboxFile(dataDir, { key });
    try {
      expect(again.waitingCount(mo)).toBe(2);
      const first = again.nextWaiting(mo)!;
      expect(first).toMatchObject({ requestId: 'a', state: 'waiting', input: { itemId: 7, field: 'discussion', value: 'First words' } });
      again.remove(first.seq);
      const second = again.nextWaiting(mo)!;
      again.keep(second.seq, 'These minutes were approved by Hana Head on 26/11/2026, so they can no longer be edited.');
      expect(again.waitingCount(mo)).toBe(0);
      expect(again.kept(mo).map(describeKept)).toEqual([
        {
          id: 'b',
          procedure: 'minutes.rate',
          itemId: 7,
          label: 'RAG rating',
          text: 'Amber: Matching delayed',
          reason: 'These minutes were approved by Hana Head on 26/11/2026, so they can no longer be edited.',
          savedAt: '2026-11-26T10:00:01.000Z',
        },
      ]);
      // Another person's saves are theirs: never sent, shown or dismissed under this login.
      expect(again.dismiss(mo, 'c')).toBe(false);
      expect(again.waitingCount({ ...mo, login: 'hana' })).toBe(1);
      expect(again.dismiss(mo, 'b')).toBe(true);
      expect(again.kept(mo)).toEqual([]);
    } finally {
      again.close();
    }
  });
});
