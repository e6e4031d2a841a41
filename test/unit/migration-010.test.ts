import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 10: legal status history, kept by triggers', () => {
  it('upgrades a database made by migration 9 with its children intact, their status as it stands from the day their record began', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v9 = await openStore(file, { migrations: migrations.slice(0, 9) });
    v9.sqlite.exec(`
      insert into children (case_ref, first_name, last_name, legal_status, created_at, updated_at)
        values ('C1', 'Amy', 'Before', 'care_order', '2026-03-02T10:00:00.000Z', '2026-05-01T10:00:00.000Z');`);
    const children = v9.sqlite.prepare('select * from children').all();
    await v9.close();

    const v10 = await openStore(file, { migrations: migrations.slice(0, 10) });
    expect(v10.schemaVersion).toBe(10);
    expect(v10.sqlite.prepare('select * from children').all()).toEqual(children);
    const history = () => v10.sqlite.prepare('select child_id, legal_status, since from legal_status_history order by id').all();
    expect(history()).toEqual([{ child_id: 1, legal_status: 'care_order', since: '2026-03-02' }]);

    // Each change of status is kept with its day, whoever makes it; other changes add nothing.
    v10.sqlite.exec(`
      insert into children (case_ref, first_name, last_name, legal_status, created_at, updated_at)
        values ('C2', 'Ben', 'After', 'pre_proceedings', '2026-06-01T10:00:00.000Z', '2026-06-01T10:00:00.000Z');
      update children set legal_status = 'interim_care_order', updated_at = '2026-07-06T09:00:00.000Z' where id = 2;
      update children set first_name = 'Benjamin', updated_at = '2026-07-07T09:00:00.000Z' where id = 2;`);
    expect(history()).toEqual([
      { child_id: 1, legal_status: 'care_order', since: '2026-03-02' },
      { child_id: 2, legal_status: 'pre_proceedings', since: '2026-06-01' },
      { child_id: 2, legal_status: 'interim_care_order', since: '2026-07-06' },
    ]);
    expect(v10.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await v10.close();
  });
});
