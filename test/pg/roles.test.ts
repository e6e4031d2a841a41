import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTeamStore } from '../../electron/core/team-store/cli';
import { APPROVAL_COLUMNS, OPERATIONS, renderMatrix, ROLE_MATRIX, roleName, TEAM_ROLES, TEAM_TABLES, type Operation, type TableRights, type TeamRole } from '../../electron/core/team-store/role-matrix';
import { adminAddress, adminClient, freshTeamStore, loginClient, outcome, person } from './support/pg';

const INSUFFICIENT_PRIVILEGE = '42501';

let database: string;
const clients = new Map<TeamRole, pg.Client>();
const columns = new Map<string, string[]>();

beforeAll(async () => {
  database = await freshTeamStore();
  for (const role of TEAM_ROLES) {
    const p = await person(database, role);
    clients.set(role, await loginClient(database, p.login, p.password));
  }
  const admin = await adminClient(database);
  try {
    const { rows } = await admin.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_schema = 'panelroom' and is_generated = 'NEVER' order by table_name, ordinal_position`,
    );
    for (const r of rows) columns.set(r.table_name, [...(columns.get(r.table_name) ?? []), r.column_name]);
  } finally {
    await admin.end();
  }
});

afterAll(async () => {
  for (const c of clients.values()) await c.end();
});

/** A statement that asks for exactly one right on a table (touching no row), and for an update, on one column. */
function statement(table: string, op: Operation, column?: string): string {
  switch (op) {
    case 'select':
      return `select * from ${table} limit 1`;
    case 'insert':
      return `insert into ${table} default values`;
    case 'update':
      return `update ${table} set ${column} = ${column} where false`;
    case 'delete':
      return `delete from ${table} where false`;
  }
}

function holds(r: TableRights, op: Operation, column?: string): boolean {
  if (op !== 'update') return r[op];
  return r.update === true || (Array.isArray(r.update) && r.update.includes(column!));
}

describe('the role matrix', () => {
  it('is what `team-store check` prints, read back from the database’s grants', async () => {
    const result = await runTeamStore(['check', '--url', adminAddress(database).url]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const printed = result.out.join('\n');
    expect(printed).toContain(renderMatrix(ROLE_MATRIX));
    expect(printed).toContain('Grants: exactly the role matrix below.');
    // Spot checks of the matrix's promises, in words.
    const rows = Object.fromEntries(printed.split('\n').map((l) => l.trim().split(/\s+/)).map(([t, ...cells]) => [t, cells]));
    expect(rows.audit_log).toEqual(['SI--', 'SI--', 'SI--', 'SI--', 'SI--']);
    expect(rows.legal_status_history).toEqual(['S---', 'S---', 'S---', 'S---', 'S---']);
    expect(rows.minute_fields).toEqual(['S---', 'S---', 'SIUD', 'SIUD', 'S---']);
    // A chair or minute-taker may delete a meeting: closing minutes again cancels the next one they had booked.
    expect(rows.meetings).toEqual(['S---', 'SIu-', 'SIUD', 'SIuD', 'S---']);
    expect(rows.people).toEqual(['SIUD', 'S---', 'S---', 'S---', 'S---']);
    // The saves applied from laptops' outboxes: recorded by whoever writes the minutes, read by nobody else, changed by nobody.
    expect(rows.applied_requests).toEqual(['----', '----', 'SI--', 'SI--', '----']);
  });

  it('is noticed by `check` when a grant strays from it', async () => {
    const admin = await adminClient(database);
    try {
      await admin.query('grant delete on audit_log to panelroom_viewer');
      const result = await runTeamStore(['check', '--url', adminAddress(database).url]);
      expect(result.code).toBe(1);
      expect(result.out).toContain('Problem: panelroom_viewer on audit_log does not hold what the role matrix says.');
      expect((await runTeamStore(['migrate', '--url', adminAddress(database).url])).code).toBe(0);
      expect((await runTeamStore(['check', '--url', adminAddress(database).url])).code).toBe(0);
    } finally {
      await admin.end();
    }
  });
});

describe.each(TEAM_ROLES)('signed in directly as a %s', (role) => {
  it('every statement the role must not run fails with a permission error (42501), and every one it may run passes the permission check', async () => {
    const client = clients.get(role)!;
    const refused: string[] = [];
    const allowed: string[] = [];
    let tried = 0;
    for (const table of TEAM_TABLES) {
      const rights = ROLE_MATRIX[role][table];
      for (const op of OPERATIONS) {
        for (const column of op === 'update' ? columns.get(table)! : [undefined]) {
          const sqlText = statement(table, op, column);
          const code = await outcome(client, sqlText);
          tried += 1;
          if (holds(rights, op, column)) {
            if (code === INSUFFICIENT_PRIVILEGE) allowed.push(sqlText);
          } else if (code !== INSUFFICIENT_PRIVILEGE) {
            refused.push(`${sqlText} → ${code ?? 'ran'}`);
          }
        }
      }
      // Emptying a table is never anyone's to do.
      if ((await outcome(client, `truncate ${table}`)) !== INSUFFICIENT_PRIVILEGE) refused.push(`truncate ${table}`);
    }
    expect(refused, 'statements that should have been refused').toEqual([]);
    expect(allowed, 'statements that should have been allowed').toEqual([]);
    expect(tried).toBeGreaterThan(TEAM_TABLES.length * 4);
  });

  it('cannot change the schema, the roles, or the guards', async () => {
    const client = clients.get(role)!;
    for (const text of [
      'create table panelroom.mine (id integer)',
      'alter table audit_log disable trigger audit_log_actor',
      'drop trigger audit_log_actor on audit_log',
      `grant ${roleName('admin')} to current_user`,
      'set role panelroom_owner',
      'alter table children add column note text',
    ]) {
      expect(await outcome(client, text), text).toBe(INSUFFICIENT_PRIVILEGE);
    }
  });
});

describe('approving minutes', () => {
  async function meeting(): Promise<number> {
    const admin = await adminClient(database);
    try {
      const now = new Date().toISOString();
      const { rows } = await admin.query(`insert into meetings (type_id, date, start_time, end_time, status, created_at, updated_at) values (1, '2026-11-22', '10:00', '12:00', 'closed', $1, $1) returning id`, [now]);
      return rows[0].id as number;
    } finally {
      await admin.end();
    }
  }

  it('is the chair’s: a minute taker can neither write the approval columns nor set the status to approved', async () => {
    const id = await meeting();
    const taker = clients.get('minute_taker')!;
    for (const column of APPROVAL_COLUMNS) expect(await outcome(taker, `update meetings set ${column} = 'x' where id = $1`, [id]), column).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await outcome(taker, `update meetings set status = 'approved' where id = $1`, [id])).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await outcome(taker, `update meetings set venue = 'Room 2' where id = $1`, [id])).toBeNull();
    const chair = clients.get('chair')!;
    expect(await outcome(chair, `update meetings set status = 'approved', approved_by = 'Chair', approved_on = '2026-11-22' where id = $1`, [id])).toBeNull();
  });
});
