import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

const EDITABLE = ['children', 'actions', 'agenda_items', 'meetings', 'minute_fields', 'settings'];

describe('migration 13: a version on every row two people can edit', () => {
  it('adds a not-null version starting at 1 to the rows already there and to new ones, and stamps version 13', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v12 = await openStore(file, { migrations: migrations.slice(0, 12) });
    v12.sqlite.prepare(`insert into settings (key, value) values ('authorityName', '"Walsall"')`).run();
    for (const t of EDITABLE) expect((v12.sqlite.prepare(`select name from pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => c.name)).not.toContain('version');
    await v12.close();

    const v13 = await openStore(file, { migrations: migrations.slice(0, 13) });
    expect(v13.schemaVersion).toBe(13);
    for (const t of EDITABLE) {
      const version = (v13.sqlite.prepare(`select type, "notnull", dflt_value from pragma_table_info(?) where name = 'version'`).get(t) as { type: string; notnull: number; dflt_value: string } | undefined);
      expect(version, t).toEqual({ type: 'INTEGER', notnull: 1, dflt_value: '1' });
    }
    expect(v13.sqlite.prepare(`select version from settings where key = 'authorityName'`).get()).toEqual({ version: 1 });
    v13.sqlite.prepare(`insert into settings (key, value) values ('extracts', '{}')`).run();
    expect(v13.sqlite.prepare(`select version from settings where key = 'extracts'`).get()).toEqual({ version: 1 });
    expect(v13.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await v13.close();
  });
});
