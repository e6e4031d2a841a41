import { execFileSync } from 'node:child_process';
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

interface Statement {
  pluck(): Statement;
  all(...params: Param[]): unknown[];
  get(...params: Param[]): unknown;
  run(...params: Param[]): { changes: number };
}

type Param = string | number | bigint | boolean | null | undefined | Buffer;

/** A value written into the statement as PostgreSQL reads it. */
function literal(value: Param): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Buffer.isBuffer(value)) return `'\\x${value.toString('hex')}'::bytea`;
  return `'${value.replace(/'/g, "''")}'`;
}

/** SQLite's `?` placeholders, filled in order (outside quoted text). */
function bind(text: string, params: Param[]): string {
  let i = 0;
  let out = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === '?' && !quoted) out += literal(params[i++]);
    else out += ch;
  }
  return out;
}

/**
 * The tests' own way past the app to the data, on PostgreSQL: the statements a test runs
 * directly (`core.store.sqlite.prepare(...)` on the SQLite core) run on the team store through
 * `psql`, synchronously as the tests expect, as the server's administrator. Only statements;
 * what is SQLite's alone (pragmas, its catalogue) fails here as it should.
 */
export function directStatements(database: string, totalChanges: () => number) {
  const { host, port, user, password } = server();
  const run = (text: string): string =>
    execFileSync('psql', ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', host, '-p', String(port), '-U', user, '-d', database], {
      input: `${text.trim().replace(/;\s*$/, '')};\n`,
      encoding: 'utf8',
      env: { ...process.env, PGPASSWORD: password ?? '', PGOPTIONS: '-c search_path=panelroom' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  const rows = (text: string): Record<string, unknown>[] => {
    const out = run(`select coalesce(json_agg(r), '[]') from (${text.trim().replace(/;\s*$/, '')}) r`).trim();
    return JSON.parse(out || '[]') as Record<string, unknown>[];
  };
  // Inside transaction(...): the writes go to the server together, in one transaction, when it ends.
  let batch: string[] | null = null;
  const returnsRows = (text: string) => /^\s*(select|with|values)\b/i.test(text);
  // SQLite's count of rows changed since the connection opened: here the rows the core's statements changed (counted by the test core).
  const asksTotalChanges = (text: string) => /^\s*select\s+total_changes\(\)\s*(as\s+\w+\s*)?;?\s*$/i.test(text);
  const statement = (text: string, plucked = false): Statement =>
    asksTotalChanges(text)
      ? {
          pluck: () => statement(text, true),
          all: () => [plucked ? totalChanges() : { 'total_changes()': totalChanges() }],
          get: () => (plucked ? totalChanges() : { 'total_changes()': totalChanges() }),
          run: () => ({ changes: 0 }),
        }
      : {
    pluck: () => statement(text, true),
    all: (...params: Param[]) => rows(bind(text, params)).map((r) => (plucked ? Object.values(r)[0] : r)),
    get: (...params: Param[]) => {
      const first = rows(bind(text, params))[0];
      return first && plucked ? Object.values(first)[0] : first;
    },
    run: (...params: Param[]) => {
      const bound = bind(text, params);
      if (batch) {
        batch.push(bound);
        return { changes: 1 };
      }
      if (returnsRows(bound)) return { changes: rows(bound).length };
      const out = run(bound);
      return { changes: Number(/(\d+)\s*$/.exec(out.trim())?.[1] ?? 0) };
    },
  };
  return {
    open: true,
    prepare: (text: string) => statement(text),
    exec: (text: string) => {
      run(text);
    },
    transaction:
      <A extends unknown[], R>(work: (...args: A) => R) =>
      (...args: A): R => {
        batch = [];
        try {
          const result = work(...args);
          if (batch.length) run(`begin; ${batch.join(';\n')}; commit`);
          return result;
        } finally {
          batch = null;
        }
      },
    pragma: (text: string): never => {
      throw new Error(`pragma ${text}: a pragma is SQLite's alone, and this store is PostgreSQL`);
    },
  };
}
