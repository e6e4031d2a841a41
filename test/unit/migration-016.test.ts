import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 16: each child’s meetings indexed by kind and day', () => {
  it('adds the index and nothing else, keeps the meetings, and the last meeting of a kind before a day is read from the index alone', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v15 = await openStore(file, { migrations: migrations.slice(0, 15) });
    v15.sqlite.exec(`insert into children (id, first_name, last_name, case_ref, legal_status, created_at, updated_at)
      values (1, 'Amy', 'Brown', 'C1', 'section_31', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')`);
    v15.sqlite.exec(`insert into child_meetings (child_id, kind, held_on, source) values (1, 'cpm', '2026-01-05', 'recorded'), (1, 'pp', '2026-02-05', 'recorded'), (1, 'cpm', '2026-03-05', 'recorded')`);
    const schema = (db: typeof v15.sqlite) => db.prepare('select type, name, tbl_name, sql from sqlite_master order by type, name').all() as { name: string }[];
    const before = schema(v15.sqlite);
    const meetings = v15.sqlite.prepare('select * from child_meetings order by id').all();
    await v15.close();

    const v16 = await openStore(file, { migrations: migrations.slice(0, 16) });
    expect(v16.schemaVersion).toBe(16);
    expect(v16.sqlite.pragma('user_version', { simple: true })).toBe(16);
    const after = schema(v16.sqlite);
    expect(after.filter((r) => r.name !== 'child_meetings_child_kind')).toEqual(before);
    expect(after.find((r) => r.name === 'child_meetings_child_kind')).toMatchObject({ type: 'index', tbl_name: 'child_meetings' });
    expect(v16.sqlite.prepare('select * from child_meetings order by id').all()).toEqual(meetings);

    const lastCpm = `select max(held_on) as d from child_meetings where child_id = 1 and kind = 'cpm' and held_on < '2026-03-01'`;
    expect(v16.sqlite.prepare(lastCpm).get()).toEqual({ d: '2026-01-05' });
    const plan = (v16.sqlite.prepare(`explain query plan ${lastCpm}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toContain('COVERING INDEX child_meetings_child_kind');
    await v16.close();
  });
});
