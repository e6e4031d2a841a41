import { sql, type Transaction } from 'kysely';
import { TEAM_SCHEMA } from '../db/migrations/engine';
import { OWNER_ROLE, ROLE_MATRIX, roleName, TEAM_ROLES, TEAM_TABLES } from './role-matrix';

/**
 * What a team store adds around the schema: the roles, their grants (from role-matrix.ts), the
 * audit log's actor set by the database, and the chair's hold on approving minutes. Applied by
 * `init` and again by every `migrate`, so a new table is never left with no decision about it.
 */

const schema = sql.id(TEAM_SCHEMA);
const table = (name: string) => sql.id(TEAM_SCHEMA, name);

/** Creates the owner and group roles that do not exist yet (roles belong to the whole server). Needs CREATEROLE. */
export async function ensureRoles(trx: Transaction<unknown>): Promise<void> {
  for (const role of [OWNER_ROLE, ...TEAM_ROLES.map(roleName)]) {
    const { rows } = await sql<{ found: number }>`select 1 as found from pg_roles where rolname = ${role}`.execute(trx);
    if (rows.length === 0) await sql`create role ${sql.id(role)} nologin noinherit`.execute(trx);
  }
  // The person running setup works as the owner (set role) without ever signing in as it.
  const { rows } = await sql<{ member: boolean }>`select pg_has_role(session_user, ${OWNER_ROLE}, 'MEMBER') as member`.execute(trx);
  if (!rows[0]?.member) await sql`grant ${sql.id(OWNER_ROLE)} to session_user`.execute(trx);
}

/** Run as the owner: grants exactly the role matrix, and (re)creates the triggers that guard the audit log and approvals. */
export async function applyAccess(trx: Transaction<unknown>): Promise<void> {
  const groups = TEAM_ROLES.map((r) => sql.id(roleName(r)));
  await sql`revoke all on all tables in schema ${schema} from public, ${sql.join(groups)}`.execute(trx);
  await sql`revoke all on schema ${schema} from public`.execute(trx);
  await sql`grant usage on schema ${schema} to ${sql.join(groups)}`.execute(trx);
  // A store part of the way through its migrations (only ever inside one) lacks the later tables.
  const { rows } = await sql<{ name: string }>`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = ${TEAM_SCHEMA} and c.relkind = 'r'`.execute(trx);
  const present = new Set(rows.map((r) => r.name));
  // Likewise a column a later migration adds (a row's version, say): a limited update grants only the columns there.
  const { rows: cols } = await sql<{ name: string; col: string }>`select table_name as name, column_name as col from information_schema.columns where table_schema = ${TEAM_SCHEMA}`.execute(trx);
  const columnsThere = new Set(cols.map((c) => `${c.name}.${c.col}`));
  for (const role of TEAM_ROLES) {
    const grantee = sql.id(roleName(role));
    for (const name of TEAM_TABLES.filter((t) => present.has(t))) {
      const r = ROLE_MATRIX[role][name];
      const whole = [r.select && 'select', r.insert && 'insert', r.update === true && 'update', r.delete && 'delete'].filter((x): x is string => Boolean(x));
      if (whole.length) await sql`grant ${sql.raw(whole.join(', '))} on ${table(name)} to ${grantee}`.execute(trx);
      if (Array.isArray(r.update)) await sql`grant update (${sql.join(r.update.filter((c) => columnsThere.has(`${name}.${c}`)).map((c) => sql.id(c)))}) on ${table(name)} to ${grantee}`.execute(trx);
    }
  }

  // The audit log's actor and login are the signed-in login's, whatever the client sends: a
  // person is named by the people row their login is linked to, or by the login itself.
  // session_user is the login that signed in; neither SET ROLE nor a security definer changes it.
  await sql`create or replace function ${table('audit_log_actor')}() returns trigger language plpgsql security definer
    set search_path = pg_catalog, ${schema}, pg_temp as $$
    begin
      new.login := session_user;
      new.actor := coalesce((select p.name from login_people lp join people p on p.id = lp.person_id where lp.login = session_user), session_user);
      return new;
    end $$`.execute(trx);
  await sql`drop trigger if exists audit_log_actor on ${table('audit_log')}`.execute(trx);
  await sql`create trigger audit_log_actor before insert on ${table('audit_log')} for each row execute function ${table('audit_log_actor')}()`.execute(trx);

  // Column grants keep the approval columns the chair's; this keeps the status that goes with them so.
  await sql`create or replace function ${table('meetings_approval_is_the_chairs')}() returns trigger language plpgsql security definer
    set search_path = pg_catalog, ${schema}, pg_temp as $$
    begin
      if new.status is distinct from old.status and (new.status in ('approved', 'locked') or old.status in ('approved', 'locked'))
         and not pg_has_role(session_user, ${sql.lit(roleName('chair'))}, 'MEMBER') and not pg_has_role(session_user, ${sql.lit(OWNER_ROLE)}, 'MEMBER') then
        raise exception 'Only a chair may approve or lock a meeting''s minutes, or undo that.' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end $$`.execute(trx);
  await sql`drop trigger if exists meetings_approval_is_the_chairs on ${table('meetings')}`.execute(trx);
  await sql`create trigger meetings_approval_is_the_chairs before update of status on ${table('meetings')} for each row execute function ${table('meetings_approval_is_the_chairs')}()`.execute(trx);

  // Trigger functions are only ever run by their triggers.
  await sql`revoke all on all functions in schema ${schema} from public`.execute(trx);
}
