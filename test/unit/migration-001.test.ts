import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 1: teams, people, audit log and settings', () => {
  it('creates the tables with their columns from an empty database', async () => {
    const store = await openStore(path.join(tempDir(), 'db.sqlite3'), { migrations: migrations.slice(0, 1) });
    const columns = (table: string) => store.sqlite.prepare(`select name from pragma_table_info(?)`).pluck().all(table);
    expect(columns('teams')).toEqual(['id', 'name', 'team_manager_id', 'group_manager_id', 'archived_at', 'created_at', 'updated_at']);
    expect(columns('people')).toEqual(['id', 'name', 'role', 'team_id', 'email', 'archived_at', 'created_at', 'updated_at']);
    expect(columns('audit_log')).toEqual(['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'summary', 'details']);
    // foreign keys are enforced: a person in a team that does not exist is refused
    expect(() =>
      store.sqlite.prepare("insert into people (name, role, team_id, created_at, updated_at) values ('A', 'other', 999, 'x', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
    await store.close();
  });
});
