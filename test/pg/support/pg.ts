import crypto from 'node:crypto';
import { afterAll } from 'vitest';
import pg from 'pg';
import { TEAM_SCHEMA } from '../../../electron/core/db/migrations/engine';
import type { TeamStoreAddress } from '../../../electron/core/db/postgres';
import { addPerson, initTeamStore } from '../../../electron/core/team-store/admin';
import type { TeamRole } from '../../../electron/core/team-store/role-matrix';

/** The server's own address, from what pg_virtualenv sets. */
export const SERVER = {
  host: process.env.PGHOST ?? 'localhost',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  password: process.env.PGPASSWORD,
};

const made: string[] = [];

function unique(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(4).toString('hex')}`;
}

/** The administrator's address for a database, without TLS (the throwaway cluster has none unless a test turns it on). */
export function adminAddress(database: string): TeamStoreAddress {
  return { url: `postgres://${SERVER.user}@${SERVER.host}:${SERVER.port}/${database}?sslmode=disable` };
}

export function loginAddress(database: string, login: string, password: string): TeamStoreAddress {
  return { url: `postgres://${login}@${SERVER.host}:${SERVER.port}/${database}?sslmode=disable`, password };
}

/** A client as the administrator, on a database (the server's own by default). */
export async function adminClient(database = 'postgres'): Promise<pg.Client> {
  const client = new pg.Client({ ...SERVER, database, ssl: false, options: `-c search_path=${TEAM_SCHEMA}` });
  await client.connect();
  return client;
}

/** A client signed in directly as a person's login: the tests' way past the app to the database's own guard. */
export async function loginClient(database: string, login: string, password: string): Promise<pg.Client> {
  const client = new pg.Client({ host: SERVER.host, port: SERVER.port, database, user: login, password, ssl: false, options: `-c search_path=${TEAM_SCHEMA}` });
  await client.connect();
  return client;
}

/**
 * Until another connection of `client`'s database waits for a lock (a change held up by one this
 * test holds open): the moment a race between two changes is set up. Fails when it never comes,
 * since then the race the test is about did not happen.
 */
export async function untilAnotherWaitsForALock(client: pg.Client, what = 'the second change never waited for the first'): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const { rows } = await client.query("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
    if ((rows[0] as { n: number }).n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}: the race this test is about did not happen`);
}

/** A new empty database, dropped after the file's tests. */
export async function freshDatabase(): Promise<string> {
  const name = unique('panelroom_test');
  const admin = await adminClient();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  made.push(name);
  return name;
}

/** A new database set up as a team store by `init`. */
export async function freshTeamStore(): Promise<string> {
  const database = await freshDatabase();
  await initTeamStore(adminAddress(database));
  return database;
}

export interface Person {
  login: string;
  password: string;
  name: string;
  role: TeamRole;
}

/** Adds a person in a role (a fresh login: logins belong to the whole server) and returns how they sign in. */
export async function person(database: string, role: TeamRole, name = `Test ${role.replace('_', ' ')}`): Promise<Person> {
  const login = unique(role.replace('_', ''));
  const password = crypto.randomBytes(12).toString('hex');
  await addPerson(adminAddress(database), { login, name, role, password });
  return { login, password, name, role };
}

/** Runs a statement and says how it ended: null when it ran, else PostgreSQL's SQLSTATE. Undone either way. */
export async function outcome(client: pg.Client, text: string, values: unknown[] = []): Promise<string | null> {
  await client.query('begin');
  try {
    await client.query(text, values);
    return null;
  } catch (err) {
    return (err as { code?: string }).code ?? 'unknown';
  } finally {
    await client.query('rollback');
  }
}

afterAll(async () => {
  if (made.length === 0) return;
  const admin = await adminClient();
  try {
    for (const name of made.splice(0)) await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
});
