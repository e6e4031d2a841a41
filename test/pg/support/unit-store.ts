import pg from 'pg';
import type { TeamStoreAddress } from '../../../electron/core/db/postgres';

/** The login every unit test signs in as on PostgreSQL: all five group roles, not the owner. Its name is the SQLite suite's actor. */
export const UNIT_LOGIN = 'test-user';

let admin: pg.Client | undefined;
let count = 0;

function server() {
  return { host: process.env.PGHOST ?? 'localhost', port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER ?? 'postgres', password: process.env.PGPASSWORD };
}

async function adminClient(): Promise<pg.Client> {
  if (!admin) {
    const client = new pg.Client({ ...server(), database: 'postgres', ssl: false });
    await client.connect();
    admin = client;
  }
  return admin;
}

function template(): string {
  const name = process.env.PANELROOM_TEST_TEMPLATE;
  if (!name) throw new Error('No template team store: run the unit suite on PostgreSQL with `npm run test:pg`.');
  return name;
}

/** A fresh team store for one test: a copy of the run's migrated template (a file copy on the server, fast); or the address of one made earlier in the test. */
export async function freshUnitStore(existing?: string): Promise<{ database: string; address: TeamStoreAddress }> {
  const database = existing ?? `${template()}_${process.pid}_${++count}`;
  if (!existing) await (await adminClient()).query(`create database ${database} template ${template()}`);
  const { host, port } = server();
  return { database, address: { url: `postgres://${UNIT_LOGIN}@${host}:${port}/${database}?sslmode=disable`, password: process.env.PANELROOM_TEST_PASSWORD } };
}

export async function dropUnitStore(database: string): Promise<void> {
  await (await adminClient()).query(`drop database if exists ${database} with (force)`);
}
