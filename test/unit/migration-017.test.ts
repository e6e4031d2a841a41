import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

const SET_UP = ['teams', 'people', 'meeting_types'];

describe('migration 17: a version on teams, people and meeting types', () => {
  it('adds a not-null version starting at 1 to the rows already there and to new ones, changes nothing else, and stamps version 17', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v16 = await openStore(file, { migrations: migrations.slice(0, 16) });
    v16.sqlite.exec(`insert into teams (id, name, created_at, updated_at) values (1, 'North', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')`);
    v16.sqlite.exec(`insert into people (id, name, role, team_id, created_at, updated_at) values (1, 'Sam Worker', 'social_worker', 1, '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')`);
    const columns = (db: typeof v16.sqlite, t: string) => (db.prepare(`select name from pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => c.name);
    const before = Object.fromEntries(SET_UP.map((t) => [t, columns(v16.sqlite, t)]));
    for (const t of SET_UP) expect(before[t]).not.toContain('version');
    const types = v16.sqlite.prepare('select * from meeting_types order by id').all() as Record<string, unknown>[];
    expect(types.length).toBeGreaterThan(0);
    await v16.close();

    const v17 = await openStore(file, { migrations: migrations.slice(0, 17) });
    expect(v17.schemaVersion).toBe(17);
    for (const t of SET_UP) {
      expect(columns(v17.sqlite, t), t).toEqual([...before[t]!, 'version']);
      const version = v17.sqlite.prepare(`select type, "notnull", dflt_value from pragma_table_info(?) where name = 'version'`).get(t);
      expect(version, t).toEqual({ type: 'INTEGER', notnull: 1, dflt_value: '1' });
    }
    expect(v17.sqlite.prepare('select version from teams where id = 1').get()).toEqual({ version: 1 });
    expect(v17.sqlite.prepare('select version from people where id = 1').get()).toEqual({ version: 1 });
    expect(v17.sqlite.prepare('select * from meeting_types order by id').all()).toEqual(types.map((t) => ({ ...t, version: 1 })));
    v17.sqlite.exec(`insert into teams (name, created_at, updated_at) values ('South', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z')`);
    expect(v17.sqlite.prepare(`select version from teams where name = 'South'`).get()).toEqual({ version: 1 });
    expect(v17.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await v17.close();
  });
});
