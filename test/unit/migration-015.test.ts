import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 15: the team store’s record of saves applied from an outbox (nothing on the laptop)', () => {
  it('leaves a laptop’s schema and data as migration 14 left them, and stamps version 15', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v14 = await openStore(file, { migrations: migrations.slice(0, 14) });
    v14.sqlite.exec(`insert into teams (name, created_at, updated_at) values ('North', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')`);
    const schema = (db: typeof v14.sqlite) => db.prepare('select type, name, tbl_name, sql from sqlite_master order by type, name').all();
    const before = schema(v14.sqlite);
    const teams = v14.sqlite.prepare('select * from teams').all();
    await v14.close();

    const v15 = await openStore(file, { migrations: migrations.slice(0, 15) });
    expect(v15.schemaVersion).toBe(15);
    expect(v15.sqlite.pragma('user_version', { simple: true })).toBe(15);
    expect(schema(v15.sqlite)).toEqual(before);
    expect(before.some((r) => (r as { name: string }).name === 'applied_requests')).toBe(false);
    expect(v15.sqlite.prepare('select * from teams').all()).toEqual(teams);
    await v15.close();
  });
});
