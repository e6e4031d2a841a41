import { describe, expect, it } from 'vitest';
import { adminClient, freshTeamStore, loginClient, outcome, person } from './support/pg';

const row = `insert into audit_log (at, actor, login, action, entity, summary) values ('2026-11-22T10:00:00.000Z', 'Somebody Else', 'someone.else', 'update', 'child', 'Changed a child') returning actor, login`;

describe('the audit log in a team store', () => {
  it('names the signed-in login’s person as the actor, whatever the client sends, even after SET ROLE', async () => {
    const database = await freshTeamStore();
    const jo = await person(database, 'minute_taker', 'Jo Bloggs');
    const client = await loginClient(database, jo.login, jo.password);
    try {
      expect((await client.query(row)).rows).toEqual([{ actor: 'Jo Bloggs', login: jo.login }]);
      await client.query('set role panelroom_minute_taker');
      expect((await client.query(row)).rows).toEqual([{ actor: 'Jo Bloggs', login: jo.login }]);
      // Becoming someone else is refused outright.
      const other = await person(database, 'chair', 'Another Person');
      expect(await outcome(client, `set session authorization '${other.login}'`)).toBe('42501');
      expect(await outcome(client, `set role '${other.login}'`)).toBe('42501');
      // Nor can the client put the row in under another name by changing it afterwards.
      expect(await outcome(client, `update audit_log set actor = 'Somebody Else'`)).toBe('42501');
      const stored = await client.query(`select actor, login from audit_log where summary = 'Changed a child'`);
      expect(stored.rows).toEqual([
        { actor: 'Jo Bloggs', login: jo.login },
        { actor: 'Jo Bloggs', login: jo.login },
      ]);
    } finally {
      await client.end();
    }
  });

  it('names a login with no person by the login itself', async () => {
    const database = await freshTeamStore();
    const viewer = await person(database, 'viewer');
    const admin = await adminClient(database);
    try {
      await admin.query(`delete from login_people where login = $1`, [viewer.login]);
    } finally {
      await admin.end();
    }
    const client = await loginClient(database, viewer.login, viewer.password);
    try {
      expect((await client.query(row)).rows).toEqual([{ actor: viewer.login, login: viewer.login }]);
    } finally {
      await client.end();
    }
  });

  it('is append-only for every role: no update, delete or truncate', async () => {
    const database = await freshTeamStore();
    for (const role of ['admin', 'coordinator', 'chair', 'minute_taker', 'viewer'] as const) {
      const p = await person(database, role);
      const client = await loginClient(database, p.login, p.password);
      try {
        await client.query(row);
        for (const text of [`update audit_log set summary = 'x'`, `delete from audit_log`, `truncate audit_log`]) expect(await outcome(client, text), `${role}: ${text}`).toBe('42501');
      } finally {
        await client.end();
      }
    }
    const admin = await adminClient(database);
    try {
      // add-person's own rows, and one from each role: none changed.
      const { rows } = await admin.query(`select count(*)::int as n, count(*) filter (where summary = 'Changed a child')::int as ours from audit_log`);
      expect(rows[0]).toEqual({ n: 10, ours: 5 });
    } finally {
      await admin.end();
    }
  });
});
