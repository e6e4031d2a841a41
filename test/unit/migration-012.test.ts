import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 12: the team store’s search words (nothing on the laptop)', () => {
  it('leaves a laptop’s schema byte for byte as migration 11 left it, its minutes still searchable, and stamps version 12', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v11 = await openStore(file, { migrations: migrations.slice(0, 11) });
    const schema = () => v11.sqlite.prepare('select type, name, tbl_name, sql from sqlite_master order by type, name').all();
    const before = schema();
    await v11.close();

    const v12 = await openStore(file, { migrations: migrations.slice(0, 12) });
    expect(v12.schemaVersion).toBe(12);
    expect(v12.sqlite.prepare('select type, name, tbl_name, sql from sqlite_master order by type, name').all()).toEqual(before);
    expect(before.some((r) => (r as { name: string }).name === 'minutes_search')).toBe(true);
    v12.sqlite.exec(`insert into minutes_search(minutes_search) values ('integrity-check')`);
    expect(v12.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await v12.close();
  });
});
