import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { TEAM_SCHEMA } from '../db/migrations/engine';
import { LATEST_SCHEMA_VERSION, migrations } from '../db/migrations';
import type { Migration } from '../db/migrations/types';
import { migratePostgres } from '../db/migrate-postgres';
import { connectPool, postgresDb, readTeamSchemaVersion, TeamStoreError, type TeamStoreAddress } from '../db/postgres';
import { applyAccess, ensureRoles } from './access';
import { OWNER_ROLE, ROLE_MATRIX, renderMatrix, roleName, TEAM_ROLES, TEAM_TABLES, type TableRights, type TeamRole } from './role-matrix';

/**
 * The team store's setup for IT: each sub-command of `npm run team-store`. Each runs in one
 * transaction on a connection as the person running it (a database administrator, or a login
 * that owns the database and may create roles), working as the tables' owner where it writes.
 */

type AnyDb = Kysely<unknown>;

async function withAdmin<T>(address: TeamStoreAddress, work: (trx: Transaction<unknown>, database: string) => Promise<T>): Promise<T> {
  const { pool, settings } = await connectPool(address, { max: 1 });
  const db = postgresDb(pool) as unknown as AnyDb;
  try {
    return await db.transaction().execute((trx) => work(trx, settings.database));
  } finally {
    await db.destroy();
  }
}

async function actAsOwner(trx: Transaction<unknown>): Promise<void> {
  await sql`set local role ${sql.id(OWNER_ROLE)}`.execute(trx);
}

/** Sets up an empty database: roles, schema, tables, grants. A database that already holds tables is refused, untouched. */
export async function initTeamStore(address: TeamStoreAddress, list: readonly Migration[] = migrations): Promise<{ schemaVersion: number }> {
  return withAdmin(address, async (trx, database) => {
    const { rows } = await sql<{ name: string }>`select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'f') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
      order by 1 limit 4`.execute(trx);
    if (rows.length > 0) {
      const names = rows.slice(0, 3).map((r) => r.name).join(', ') + (rows.length > 3 ? '…' : '');
      throw new TeamStoreError(
        'refused',
        `The database ${database} already holds tables (${names}), so it was not set up: init sets up an empty database only. Create a new database for Panelroom, or use team-store migrate on an existing team store. Nothing has been changed.`,
      );
    }
    // Search folds accents and keeps only letters and digits by the database's own idea of a letter: only UTF-8 knows them all.
    const encoding = await sql<{ encoding: string }>`select pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()`.execute(trx);
    if (encoding.rows[0]?.encoding !== 'UTF8') {
      throw new TeamStoreError(
        'refused',
        `The database ${database} stores text as ${encoding.rows[0]?.encoding ?? 'an unknown encoding'}, so names with accents (Zoë, Siân) could not be searched or kept reliably. Create the database with UTF-8 (createdb --encoding=UTF8 --template=template0) and run init on that. Nothing has been changed.`,
      );
    }
    await ensureRoles(trx);
    await sql`create schema ${sql.id(TEAM_SCHEMA)} authorization ${sql.id(OWNER_ROLE)}`.execute(trx);
    for (const role of TEAM_ROLES) await sql`grant connect on database ${sql.id(database)} to ${sql.id(roleName(role))}`.execute(trx);
    await actAsOwner(trx);
    const { to } = await migratePostgres(trx, list);
    await applyAccess(trx);
    return { schemaVersion: to };
  });
}

/** Brings a team store's schema up to this version's (under the migration lock), and grants the role matrix again. */
export async function migrateTeamStore(address: TeamStoreAddress, list: readonly Migration[] = migrations): Promise<{ from: number; to: number }> {
  return withAdmin(address, async (trx, database) => {
    if ((await readTeamSchemaVersion(trx)) === null) throw new TeamStoreError('not-a-team-store', `The database ${database} holds no Panelroom team store: set it up with team-store init. Nothing has been changed.`);
    await ensureRoles(trx);
    await actAsOwner(trx);
    const result = await migratePostgres(trx, list);
    await applyAccess(trx);
    return result;
  });
}

/** A person's job as the people list records it, for each app role. */
const JOB_FOR_ROLE: Record<TeamRole, string> = { admin: 'other', coordinator: 'permanence_coordinator', chair: 'chair', minute_taker: 'business_support', viewer: 'other' };

export function parseTeamRole(text: string): TeamRole | undefined {
  const role = text.trim().toLowerCase().replace(/-/g, '_');
  return (TEAM_ROLES as readonly string[]).includes(role) ? (role as TeamRole) : undefined;
}

/**
 * The password as PostgreSQL keeps it (SCRAM-SHA-256), worked out here so the password itself
 * never reaches the server, its logs or its statistics.
 */
export function scramVerifier(password: string, salt: Buffer = crypto.randomBytes(16), iterations = 4096): string {
  const salted = crypto.pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const clientKey = crypto.createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = crypto.createHash('sha256').update(clientKey).digest();
  const serverKey = crypto.createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

export function oneTimePassword(): string {
  return crypto.randomBytes(18).toString('base64url');
}

export interface AddPersonInput {
  login: string;
  name: string;
  role: TeamRole;
  password?: string;
}

/** Adds a person: their own login in one group role, and their people row linked to it. Returns the one-time password when none was given. */
export async function addPerson(address: TeamStoreAddress, input: AddPersonInput): Promise<{ personId: number; oneTimePassword?: string }> {
  if (!/^[a-z][a-z0-9_.-]{0,62}$/.test(input.login)) {
    throw new TeamStoreError('refused', `“${input.login}” cannot be a login: use lower-case letters, digits, dots, dashes or underscores, starting with a letter (at most 63). Nothing has been changed.`);
  }
  if (input.login.startsWith('panelroom_')) throw new TeamStoreError('refused', `Logins starting panelroom_ are kept for Panelroom’s own roles. Choose another login. Nothing has been changed.`);
  if (input.name.trim() === '') throw new TeamStoreError('refused', 'Give the person’s name (--name), as documents should show it. Nothing has been changed.');
  const password = input.password ?? oneTimePassword();
  return withAdmin(address, async (trx) => {
    if ((await readTeamSchemaVersion(trx)) === null) throw new TeamStoreError('not-a-team-store', 'This database holds no Panelroom team store: set it up with team-store init first. Nothing has been changed.');
    const { rows } = await sql`select 1 from pg_roles where rolname = ${input.login}`.execute(trx);
    if (rows.length > 0) throw new TeamStoreError('refused', `There is already a login called ${input.login} on this server. Choose another login. Nothing has been changed.`);
    await sql`create role ${sql.id(input.login)} login inherit password ${sql.lit(scramVerifier(password))} in role ${sql.id(roleName(input.role))}`.execute(trx);
    await actAsOwner(trx);
    const now = new Date().toISOString();
    const person = await sql<{ id: number }>`insert into people (name, role, created_at, updated_at) values (${input.name.trim()}, ${JOB_FOR_ROLE[input.role]}, ${now}, ${now}) returning id`.execute(trx);
    const personId = person.rows[0]!.id;
    await sql`insert into login_people (login, person_id, chosen_at) values (${input.login}, ${personId}, ${now})`.execute(trx);
    await sql`insert into audit_log (at, actor, action, entity, entity_id, summary) values (${now}, '', 'create', 'person', ${personId}, ${`Added ${input.name.trim()} to the team store as ${input.login}, with the ${input.role.replace('_', ' ')} role`})`.execute(trx);
    return { personId, ...(input.password === undefined ? { oneTimePassword: password } : {}) };
  });
}

/** The grants a role holds on each table of the team store, read back from the database. */
export async function readRoleMatrix(db: AnyDb): Promise<{ matrix: Record<TeamRole, Record<string, TableRights>>; tables: string[] }> {
  const { rows } = await sql<{ table: string; role: string; s: boolean; i: boolean; u: boolean; d: boolean; columns: string[] }>`
    select c.relname as "table", r.rolname as role,
      has_table_privilege(r.oid, c.oid, 'SELECT') as s, has_table_privilege(r.oid, c.oid, 'INSERT') as i,
      has_table_privilege(r.oid, c.oid, 'UPDATE') as u, has_table_privilege(r.oid, c.oid, 'DELETE') as d,
      array(select a.attname::text from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        and has_column_privilege(r.oid, c.oid, a.attnum, 'UPDATE') order by a.attname) as columns
    from pg_class c join pg_namespace n on n.oid = c.relnamespace cross join pg_roles r
    where n.nspname = ${TEAM_SCHEMA} and c.relkind = 'r' and r.rolname = any(${TEAM_ROLES.map(roleName)})
    order by 1, 2`.execute(db);
  const matrix = Object.fromEntries(TEAM_ROLES.map((r) => [r, {} as Record<string, TableRights>])) as Record<TeamRole, Record<string, TableRights>>;
  const tables = new Set<string>();
  for (const row of rows) {
    const role = TEAM_ROLES.find((r) => roleName(r) === row.role)!;
    tables.add(row.table);
    matrix[role][row.table] = { select: row.s, insert: row.i, delete: row.d, update: row.u ? true : row.columns.length > 0 ? row.columns : false };
  }
  const ordered = [...TEAM_TABLES.filter((t) => tables.has(t)), ...[...tables].filter((t) => !(TEAM_TABLES as readonly string[]).includes(t)).sort()];
  return { matrix, tables: ordered };
}

function sameRights(a: TableRights | undefined, b: TableRights | undefined): boolean {
  if (!a || !b) return a === b;
  const cols = (u: TableRights['update']) => (Array.isArray(u) ? [...u].sort().join(',') : String(u));
  return a.select === b.select && a.insert === b.insert && a.delete === b.delete && cols(a.update) === cols(b.update);
}

export interface CheckReport {
  ok: boolean;
  /** Each finding, a sentence; problems start with "Problem:". */
  lines: string[];
  /** The role matrix as the database grants it. */
  matrix: string;
}

/** Versions, roles, owner, grants and guards, each as expected? Reads only. */
export async function checkTeamStore(address: TeamStoreAddress): Promise<CheckReport> {
  return withAdmin(address, async (trx, database) => {
    const lines: string[] = [];
    const problem = (text: string) => lines.push(`Problem: ${text}`);
    const server = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(trx);
    lines.push(`PostgreSQL ${server.rows[0]!.v}, database ${database}.`);
    const version = await readTeamSchemaVersion(trx);
    if (version === null) {
      problem(`the database holds no Panelroom team store (run team-store init).`);
      return { ok: false, lines, matrix: '' };
    }
    if (version === LATEST_SCHEMA_VERSION) lines.push(`Data version ${version}, the version this Panelroom needs.`);
    else if (version < LATEST_SCHEMA_VERSION) problem(`data version ${version}; this Panelroom needs ${LATEST_SCHEMA_VERSION} (run team-store migrate).`);
    else problem(`data version ${version} is newer than this Panelroom understands (${LATEST_SCHEMA_VERSION}): check with the newer version.`);

    const roles = await sql<{ rolname: string; rolcanlogin: boolean; rolsuper: boolean }>`select rolname, rolcanlogin, rolsuper from pg_roles where rolname = any(${[OWNER_ROLE, ...TEAM_ROLES.map(roleName)]})`.execute(trx);
    for (const name of [OWNER_ROLE, ...TEAM_ROLES.map(roleName)]) {
      const r = roles.rows.find((x) => x.rolname === name);
      if (!r) problem(`the role ${name} is missing.`);
      else if (r.rolcanlogin || r.rolsuper) problem(`the role ${name} can sign in or is a superuser; it must be a NOLOGIN group.`);
    }
    if (roles.rows.length === TEAM_ROLES.length + 1) lines.push(`Roles: ${[OWNER_ROLE, ...TEAM_ROLES.map(roleName)].join(', ')}, none able to sign in.`);

    const owners = await sql<{ relname: string; owner: string }>`select c.relname, pg_get_userbyid(c.relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = ${TEAM_SCHEMA} and c.relkind = 'r'`.execute(trx);
    const notOwned = owners.rows.filter((r) => r.owner !== OWNER_ROLE).map((r) => r.relname);
    if (notOwned.length) problem(`not owned by ${OWNER_ROLE}: ${notOwned.join(', ')}.`);
    else lines.push(`All ${owners.rows.length} tables are owned by ${OWNER_ROLE}.`);

    const guards = await sql<{ proname: string; prosecdef: boolean; proconfig: string[] | null }>`select p.proname, p.prosecdef, p.proconfig from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = ${TEAM_SCHEMA}`.execute(trx);
    for (const f of guards.rows) {
      if (!f.prosecdef || !(f.proconfig ?? []).some((c) => c.startsWith('search_path='))) problem(`the function ${f.proname} must be security definer with its search path fixed.`);
    }
    const triggers = await sql<{ tgname: string }>`select t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = ${TEAM_SCHEMA} and not t.tgisinternal and t.tgenabled <> 'D'`.execute(trx);
    // The guards, then the triggers that keep the figures' tables (one disabled would let the figures drift from the records).
    const guarding = ['audit_log_actor', 'meetings_approval_is_the_chairs', 'legal_status_history_insert', 'legal_status_history_update'];
    const keeping = ['action_teams_action', 'action_teams_children', 'action_teams_child_team', 'rating_spans_ratings'];
    for (const expected of [...guarding, ...keeping]) {
      if (!triggers.rows.some((t) => t.tgname === expected)) problem(`the trigger ${expected} is missing or disabled.`);
    }

    const actual = await readRoleMatrix(trx);
    for (const table of new Set([...TEAM_TABLES, ...actual.tables])) {
      if (!(TEAM_TABLES as readonly string[]).includes(table)) {
        problem(`the table ${table} is not in the role matrix.`);
        continue;
      }
      if (!actual.tables.includes(table)) {
        problem(`the table ${table} is missing.`);
        continue;
      }
      for (const role of TEAM_ROLES) {
        if (!sameRights(actual.matrix[role][table], ROLE_MATRIX[role][table as (typeof TEAM_TABLES)[number]])) problem(`${roleName(role)} on ${table} does not hold what the role matrix says.`);
      }
    }
    const ok = !lines.some((l) => l.startsWith('Problem:'));
    if (ok) lines.push('Grants: exactly the role matrix below.');
    return { ok, lines, matrix: renderMatrix(actual.matrix, actual.tables) };
  });
}
