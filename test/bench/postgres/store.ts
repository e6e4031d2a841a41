import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { TEAM_SCHEMA } from '../../../electron/core/db/migrations/engine';
import type { TeamStoreAddress } from '../../../electron/core/db/postgres';
import { addPerson, initTeamStore } from '../../../electron/core/team-store/admin';
import { copyFromLaptop, type TableCopy } from '../../../electron/core/team-store/copy-from';
import { roleName, TEAM_ROLES } from '../../../electron/core/team-store/role-matrix';

/** The server the bench was given (pg_virtualenv sets these): its administrator makes a database of its own. */
export const SERVER = {
  host: process.env.PGHOST ?? 'localhost',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  password: process.env.PGPASSWORD,
};

export interface BenchLogin {
  login: string;
  password: string;
  name: string;
  address: TeamStoreAddress;
}

export interface BenchTeamStore {
  database: string;
  admin: TeamStoreAddress;
  /** One person's login holding all five group roles: what the rows run as. */
  person: BenchLogin;
  copy: { ms: number; rows: number; copies: TableCopy[]; rssBeforeMb: number; rssPeakMb: number };
  /** A client as this person, with the app's search path: for the bare writes and putting a meeting back in the room. */
  client(as: 'admin' | 'person'): Promise<pg.Client>;
  drop(): Promise<void>;
}

function address(database: string, user: string, password?: string): TeamStoreAddress {
  return { url: `postgres://${encodeURIComponent(user)}@${SERVER.host}:${SERVER.port}/${database}?sslmode=disable`, ...(password !== undefined ? { password } : {}) };
}

async function serverClient(database: string, user = SERVER.user, password = SERVER.password): Promise<pg.Client> {
  const client = new pg.Client({ host: SERVER.host, port: SERVER.port, user, password, database, ssl: false, options: `-c search_path=${TEAM_SCHEMA}` });
  await client.connect();
  return client;
}

/**
 * A new database on the server, set up by `team-store init`, the laptop's data copied in by
 * `copy-from` (timed: it is a row of the report), and a person whose login holds every group role.
 * Loopback, no TLS: what is measured is the database and the core, not the council's network.
 */
export async function prepareTeamStore(dataDir: string, log: (line: string) => void): Promise<BenchTeamStore> {
  const database = `panelroom_bench_${crypto.randomBytes(4).toString('hex')}`;
  const root = await serverClient('postgres');
  try {
    await root.query(`create database ${database}`);
  } finally {
    await root.end();
  }
  const drop = async () => {
    const again = await serverClient('postgres');
    try {
      await again.query(`drop database if exists ${database} with (force)`);
      await again.query(`drop role if exists ${person.login}`).catch(() => undefined);
    } finally {
      await again.end();
    }
  };
  const person: BenchLogin = { login: `bench_${crypto.randomBytes(3).toString('hex')}`, password: crypto.randomBytes(12).toString('hex'), name: 'Bench Person', address: { url: '' } };
  person.address = address(database, person.login, person.password);
  try {
    const admin = address(database, SERVER.user, SERVER.password);
    await initTeamStore(admin);
    log(`Copying the dataset into the team store (copy-from, one transaction; ${database})…`);
    const rssBeforeMb = process.memoryUsage().rss / 1024 ** 2;
    let rssPeakMb = rssBeforeMb;
    const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, process.memoryUsage().rss / 1024 ** 2)), 200);
    const t0 = performance.now();
    let copies: TableCopy[];
    try {
      copies = await copyFromLaptop(dataDir, admin);
    } finally {
      clearInterval(sampler);
    }
    const ms = performance.now() - t0;
    const [first, ...others] = TEAM_ROLES;
    await addPerson(admin, { login: person.login, name: person.name, role: first, password: person.password });
    const grant = await serverClient(database);
    try {
      await grant.query(`grant ${others.map((r) => roleName(r)).join(', ')} to ${person.login}`);
      await grant.query('analyze');
    } finally {
      await grant.end();
    }
    return {
      database,
      admin,
      person,
      copy: { ms, rows: copies.reduce((n, c) => n + c.rows, 0), copies, rssBeforeMb, rssPeakMb },
      client: (as) => (as === 'admin' ? serverClient(database) : serverClient(database, person.login, person.password)),
      drop,
    };
  } catch (err) {
    await drop();
    throw err;
  }
}
