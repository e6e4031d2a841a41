import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { openTeamStore } from '../../electron/core/db/postgres';
import { scramVerifier } from '../../electron/core/team-store/admin';
import { runTeamStore } from '../../electron/core/team-store/cli';
import { adminAddress, adminClient, freshDatabase, freshTeamStore, loginAddress } from './support/pg';

describe('team-store init', () => {
  it('refuses a database that already holds other tables, in a sentence, changing nothing', async () => {
    const database = await freshDatabase();
    const admin = await adminClient(database);
    try {
      await admin.query('create table public.invoices (id integer)');
      const result = await runTeamStore(['init', '--url', adminAddress(database).url]);
      expect(result.code).toBe(1);
      expect(result.err).toEqual([
        `The database ${database} already holds tables (public.invoices), so it was not set up: init sets up an empty database only. Create a new database for Panelroom, or use team-store migrate on an existing team store. Nothing has been changed.`,
      ]);
      const schemas = await admin.query(`select count(*)::int as n from pg_namespace where nspname = 'panelroom'`);
      expect(schemas.rows[0].n).toBe(0);
    } finally {
      await admin.end();
    }
  });

  it('refuses a database that does not store text as UTF-8, in a sentence with the command that makes one, changing nothing', async () => {
    const database = `ascii_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const server = await adminClient();
    try {
      await server.query(`create database ${database} encoding 'SQL_ASCII' lc_collate 'C' lc_ctype 'C' template template0`);
    } finally {
      await server.end();
    }
    const result = await runTeamStore(['init', '--url', adminAddress(database).url]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      `The database ${database} stores text as SQL_ASCII, so names with accents (Zoë, Siân) could not be searched or kept reliably. Create the database with UTF-8 (createdb --encoding=UTF8 --template=template0) and run init on that. Nothing has been changed.`,
    ]);
    const admin = await adminClient(database);
    try {
      const schemas = await admin.query(`select count(*)::int as n from pg_namespace where nspname = 'panelroom'`);
      expect(schemas.rows[0].n).toBe(0);
    } finally {
      await admin.end();
    }
  });

  it('refuses to set up a team store twice', async () => {
    const database = await freshTeamStore();
    const result = await runTeamStore(['init', '--url', adminAddress(database).url]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/^The database .* already holds tables \(panelroom\./);
  });

  it('owns the tables by a role no one can sign in as', async () => {
    const database = await freshTeamStore();
    const admin = await adminClient(database);
    try {
      const owners = await admin.query(`select distinct pg_get_userbyid(c.relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'panelroom'`);
      expect(owners.rows).toEqual([{ owner: 'panelroom_owner' }]);
      const roles = await admin.query(`select rolname, rolcanlogin from pg_roles where rolname like 'panelroom\\_%' order by rolname`);
      expect(roles.rows).toEqual(['panelroom_admin', 'panelroom_chair', 'panelroom_coordinator', 'panelroom_minute_taker', 'panelroom_owner', 'panelroom_viewer'].map((rolname) => ({ rolname, rolcanlogin: false })));
    } finally {
      await admin.end();
    }
  });
});

describe('team-store add-person', () => {
  it('prints a one-time password that signs the person in, in their role, with only a SCRAM verifier stored', async () => {
    const database = await freshTeamStore();
    const result = await runTeamStore(['add-person', '--url', adminAddress(database).url, '--login', 'sam.chair', '--name', 'Sam Patel', '--role', 'chair']);
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe('Added Sam Patel as sam.chair, with the chair role.');
    const password = /^One-time password: (\S+)$/.exec(result.out[1]!)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const store = await openTeamStore(loginAddress(database, 'sam.chair', password!), LATEST_SCHEMA_VERSION);
    try {
      expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      const { rows } = await import('kysely').then(({ sql }) => sql<{ member: boolean; name: string }>`select pg_has_role('panelroom_chair', 'MEMBER') as member, p.name from login_people lp join people p on p.id = lp.person_id where lp.login = session_user`.execute(store.db));
      expect(rows).toEqual([{ member: true, name: 'Sam Patel' }]);
    } finally {
      await store.close();
    }
    const admin = await adminClient(database);
    try {
      const { rows } = await admin.query(`select rolpassword from pg_authid where rolname = 'sam.chair'`);
      expect(rows[0].rolpassword).toMatch(/^SCRAM-SHA-256\$4096:/);
    } finally {
      await admin.end();
    }
    const again = await runTeamStore(['add-person', '--url', adminAddress(database).url, '--login', 'sam.chair', '--name', 'Sam Two', '--role', 'viewer']);
    expect(again).toMatchObject({ code: 1, err: ['There is already a login called sam.chair on this server. Choose another login. Nothing has been changed.'] });
  });

  it('works out the SCRAM verifier PostgreSQL would (RFC 7677’s example)', () => {
    // RFC 7677's test vector: user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 iterations.
    const verifier = scramVerifier('pencil', Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64'));
    expect(verifier).toBe('SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=');
  });
});
