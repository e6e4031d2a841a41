import fs from 'node:fs';
import { Kysely, OperationNodeTransformer, PostgresDialect, sql, type KyselyPlugin, type OrderByItemNode, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import pg from 'pg';
import { TEAM_SCHEMA } from './migrations/engine';
import { preparingPool } from './prepared';
import type { Database } from './schema';

/**
 * The one module that connects to a council's PostgreSQL team store (db/sqlite-file.ts is its
 * counterpart for the laptop's file). Every connection signs in as a person's own login, over
 * TLS checked against the council's CA and the server's name (verify-full) unless the address
 * says otherwise, with the session's time zone the computer's own and the team store's schema
 * first on the search path.
 */

export type SslMode = 'disable' | 'require' | 'verify-full';

export interface TeamStoreAddress {
  /** postgres://login@host:port/database, optionally with ?sslmode=…&sslrootcert=… */
  url: string;
  /** Overrides any password in the URL. */
  password?: string;
  /** The council's CA certificate (PEM file); overrides sslrootcert in the URL. */
  caFile?: string;
}

export interface ConnectionSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | undefined;
  sslMode: SslMode;
  caFile: string | undefined;
}

/** A sign-in or connection that did not work, told in a sentence with a way forward. Nothing was written. */
export class TeamStoreError extends Error {
  constructor(
    readonly reason: 'address' | 'password' | 'unreachable' | 'certificate' | 'no-tls' | 'not-a-team-store' | 'newer-schema' | 'older-schema' | 'refused',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TeamStoreError';
  }
}

/** Reads a team store's address. A missing port, database or login falls back to PGPORT, PGDATABASE, PGUSER (then 5432, the login). */
export function connectionSettings(address: TeamStoreAddress, env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  let url: URL;
  try {
    url = new URL(address.url);
  } catch {
    throw new TeamStoreError('address', `“${redactUrl(address.url)}” is not a team store address. It should look like postgres://login@server.council.gov.uk:5432/panelroom.`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new TeamStoreError('address', `A team store address starts with postgres:// (this one starts with ${url.protocol}//).`);
  }
  const mode = url.searchParams.get('sslmode') ?? 'verify-full';
  if (mode !== 'disable' && mode !== 'require' && mode !== 'verify-full') {
    throw new TeamStoreError('address', `The address asks for sslmode=${mode}; Panelroom accepts verify-full (the default), require or disable.`);
  }
  const user = decodeURIComponent(url.username) || env.PGUSER || '';
  return {
    host: decodeURIComponent(url.hostname.replace(/^\[(.*)\]$/, '$1')) || env.PGHOST || 'localhost',
    port: url.port ? Number(url.port) : Number(env.PGPORT ?? 5432),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || env.PGDATABASE || user,
    user,
    password: address.password ?? (url.password ? decodeURIComponent(url.password) : env.PGPASSWORD),
    sslMode: mode,
    caFile: address.caFile ?? url.searchParams.get('sslrootcert') ?? undefined,
  };
}

/** The address with any password taken out, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');
}

/** The computer's own time zone, so dates the database works out (legal status history) are the person's local dates. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

// counts, sums and averages come back as numbers, as they do from SQLite (no Panelroom table
// comes near 2^53 rows). Set on each pool, never on pg's global defaults.
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if ((oid === INT8_OID || oid === NUMERIC_OID) && format !== 'binary') return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function poolConfig(settings: ConnectionSettings, options: { max?: number } = {}): pg.PoolConfig {
  let ssl: pg.PoolConfig['ssl'] = false;
  if (settings.sslMode === 'require') ssl = { rejectUnauthorized: false };
  if (settings.sslMode === 'verify-full') {
    if (!settings.caFile) throw new TeamStoreError('certificate', 'Panelroom checks the team store’s certificate against the council’s CA: choose the CA certificate file IT gave you (sslrootcert).');
    let ca: Buffer;
    try {
      ca = fs.readFileSync(settings.caFile);
    } catch {
      throw new TeamStoreError('certificate', `The council’s CA certificate file cannot be read (${settings.caFile}). Choose the file IT gave you.`);
    }
    // Node checks the certificate names the host reached (pg gives it as the server name when it is not an address).
    ssl = { ca, rejectUnauthorized: true };
  }
  return {
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: settings.user,
    password: settings.password,
    ssl,
    types,
    max: options.max ?? 4,
    connectionTimeoutMillis: 10_000,
    application_name: 'Panelroom',
    options: `-c search_path=${TEAM_SCHEMA} -c TimeZone=${localTimeZone()}`,
  };
}

/**
 * SQLite sorts NULL before every value (first ascending, last descending); PostgreSQL the other
 * way round. Each order term built with a column gets SQLite's order spelt out, so a list reads
 * the same on both engines. Raw order terms say their own (they spell `x is null` first), and an
 * `id` is never null: left as they are, so an index still serves `order by id desc`.
 */
class NullsAsSqliteSortsThem extends OperationNodeTransformer {
  protected override transformOrderByItem(node: OrderByItemNode): OrderByItemNode {
    const item = super.transformOrderByItem(node);
    if (item.nulls || item.orderBy.kind === 'RawNode' || isIdColumn(item.orderBy)) return item;
    const direction = item.direction?.kind === 'RawNode' ? (item.direction as unknown as { sqlFragments: readonly string[] }).sqlFragments.join('').trim().toLowerCase() : 'asc';
    return { ...item, nulls: direction === 'desc' ? 'last' : 'first' };
  }
}

function isIdColumn(node: OrderByItemNode['orderBy']): boolean {
  if (node.kind !== 'ReferenceNode') return false;
  const column = (node as unknown as { column?: { kind: string; column?: { name?: string } } }).column;
  return column?.kind === 'ColumnNode' && column.column?.name === 'id';
}

const sqliteNullOrder: KyselyPlugin = {
  transformQuery: (args: PluginTransformQueryArgs): RootOperationNode => new NullsAsSqliteSortsThem().transformNode(args.node),
  transformResult: (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => Promise.resolve(args.result),
};

export function postgresDb(pool: pg.Pool, plugins: readonly KyselyPlugin[] = []): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }), plugins: [sqliteNullOrder, ...plugins] });
}

/** A pool for the address, its first connection tried at once so a refusal is told here, as a sentence. */
export async function connectPool(address: TeamStoreAddress, options: { max?: number } = {}): Promise<{ pool: pg.Pool; settings: ConnectionSettings }> {
  const settings = connectionSettings(address);
  const pool = new pg.Pool(poolConfig(settings, options));
  // An idle connection the server drops is replaced on next use; it must not take the process down.
  pool.on('error', () => undefined);
  // Nor may one lost while a call holds it (the network dropped mid-save): the call itself is told, by its query's error.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw signInRefusal(err, settings);
  }
  return { pool, settings };
}

const CERTIFICATE_NOT_TRUSTED = new Set(['SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_SIGNATURE_FAILURE']);

/** What went wrong signing in, as a sentence a person can act on. */
export function signInRefusal(err: unknown, settings: ConnectionSettings): TeamStoreError {
  if (err instanceof TeamStoreError) return err;
  const e = err as { code?: string; message?: string };
  const where = `${settings.host}:${settings.port}`;
  switch (e.code) {
    case '28P01':
    case '28000':
      return new TeamStoreError('password', `The team store did not accept the sign-in for ${settings.user}: the login or password is wrong. Check them and try again, or ask IT to reset the password. Nothing has been changed.`, { cause: err });
    case '3D000':
      return new TeamStoreError('not-a-team-store', `The server ${where} has no database called ${settings.database}. Check the address in Settings with IT. Nothing has been changed.`, { cause: err });
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ECONNRESET':
      return new TeamStoreError('unreachable', `Panelroom cannot reach the team store at ${where}. Check this computer is on the council’s network (or VPN) and the address in Settings is right, or ask IT whether the server is running. Nothing has been changed.`, { cause: err });
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return new TeamStoreError('certificate', `The team store’s certificate is not for ${settings.host}, so Panelroom did not send the password. Use the server name IT gave you (the one on its certificate), or ask IT to check the certificate. Nothing has been changed.`, { cause: err });
    case 'CERT_HAS_EXPIRED':
      return new TeamStoreError('certificate', `The team store’s certificate has expired, so Panelroom did not send the password. Ask IT to renew it. Nothing has been changed.`, { cause: err });
  }
  if (e.code && CERTIFICATE_NOT_TRUSTED.has(e.code)) {
    return new TeamStoreError('certificate', `The team store’s certificate was not issued by the council’s CA in Settings, so Panelroom did not send the password. Check the CA certificate file with IT. Nothing has been changed.`, { cause: err });
  }
  if (/does not support SSL/i.test(e.message ?? '')) {
    return new TeamStoreError('no-tls', `The team store at ${where} does not offer an encrypted connection, so Panelroom did not send the password. Ask IT to turn on TLS for it. Nothing has been changed.`, { cause: err });
  }
  if (/timeout/i.test(e.message ?? '')) {
    return new TeamStoreError('unreachable', `The team store at ${where} did not answer in time. Check this computer is on the council’s network (or VPN), or ask IT whether the server is running. Nothing has been changed.`, { cause: err });
  }
  return new TeamStoreError('refused', `The team store at ${where} refused the connection: ${e.message ?? String(err)}. Nothing has been changed.`, { cause: err });
}

/** The team store's schema version: the highest migration recorded, or null when the database holds no team store. */
export async function readTeamSchemaVersion(db: Kysely<unknown>): Promise<number | null> {
  const { rows } = await sql<{ found: string | null }>`select to_regclass(${`${TEAM_SCHEMA}.schema_version`}) :: text as found`.execute(db);
  if (!rows[0]?.found) return null;
  const version = await sql<{ version: number | null }>`select max(version) as version from ${sql.id(TEAM_SCHEMA, 'schema_version')}`.execute(db);
  return version.rows[0]?.version ?? 0;
}

/** Refuses, in a sentence, a team store this copy of Panelroom cannot work with. */
export function checkTeamSchemaVersion(version: number | null, supported: number, database: string): void {
  if (version === null || version === 0) {
    throw new TeamStoreError('not-a-team-store', `The database ${database} holds no Panelroom team store. Ask IT to set it up (team-store init), or check the address in Settings. Nothing has been changed.`);
  }
  if (version > supported) {
    throw new TeamStoreError(
      'newer-schema',
      `The team store was set up by a newer version of Panelroom (data version ${version}; this version understands up to ${supported}). Install the latest version of Panelroom on this computer to use it. Nothing has been changed.`,
    );
  }
  if (version < supported) {
    throw new TeamStoreError('older-schema', `The team store is at data version ${version} and this version of Panelroom needs ${supported}. Ask IT to bring it up to date (team-store migrate). Nothing has been changed.`);
  }
}

export interface TeamStore {
  db: Kysely<Database>;
  pool: pg.Pool;
  login: string;
  schemaVersion: number;
  close(): Promise<void>;
}

/** Signs a person in to the team store and checks its schema is the one this copy of Panelroom knows. Reads only. */
export async function openTeamStore(address: TeamStoreAddress, supported: number, options: { plugins?: readonly KyselyPlugin[] } = {}): Promise<TeamStore> {
  const { pool, settings } = await connectPool(address);
  const db = postgresDb(pool, options.plugins);
  try {
    const version = await readTeamSchemaVersion(db as Kysely<unknown>);
    checkTeamSchemaVersion(version, supported, settings.database);
    return { db, pool, login: settings.user, schemaVersion: version!, close: () => db.destroy() };
  } catch (err) {
    await db.destroy();
    throw err;
  }
}

export type DedicatedClient = pg.Client;

/** A connection of its own, outside the pool, signed in as the pool's are: the one a laptop listens for other people's changes on. */
export function dedicatedClient(settings: ConnectionSettings, applicationName: string): DedicatedClient {
  return new pg.Client({ ...(poolConfig(settings) as pg.ClientConfig), application_name: applicationName });
}
