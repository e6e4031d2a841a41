import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 9: import profiles, the person using the app, the login in the audit log', () => {
  it('upgrades a database made by migration 8 with its people and audit log intact', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v8 = await openStore(file, { migrations: migrations.slice(0, 8) });
    v8.sqlite.exec(`
      insert into people (name, role, created_at, updated_at) values ('Bea Minuteman', 'business_support', 't', 't');
      insert into audit_log (at, actor, action, entity, entity_id, summary) values ('2026-11-01T10:00:00Z', 'root', 'create', 'person', 1, 'Added Bea Minuteman');`);
    const people = v8.sqlite.prepare('select * from people').all();
    await v8.close();

    const v9 = await openStore(file, { migrations: migrations.slice(0, 9) });
    expect(v9.schemaVersion).toBe(9);
    expect(v9.sqlite.prepare('select * from people').all()).toEqual(people);
    // Rows written before the migration keep their "who" and have no separate login.
    expect(v9.sqlite.prepare('select actor, login, summary from audit_log').all()).toEqual([{ actor: 'root', login: null, summary: 'Added Bea Minuteman' }]);

    v9.sqlite.exec(`insert into login_people (login, person_id, chosen_at) values ('root', 1, 't')`);
    expect(() => v9.sqlite.exec(`insert into login_people (login, person_id, chosen_at) values ('root', 1, 't')`)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => v9.sqlite.exec(`insert into login_people (login, person_id, chosen_at) values ('other', 99, 't')`)).toThrow(/FOREIGN KEY/);

    const profile = `insert into import_profiles (headings_key, name, choices, saved_at, saved_by) values ('a|b', 'export.csv', '{}', 't', 'Bea Minuteman')`;
    v9.sqlite.exec(profile);
    expect(() => v9.sqlite.exec(profile)).toThrow(/UNIQUE/);
    expect(v9.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await v9.close();
  });
});
