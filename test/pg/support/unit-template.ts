import crypto from 'node:crypto';
import pg from 'pg';
import { TEAM_ROLES } from '../../../shared/team-roles';
import { initTeamStore } from '../../../electron/core/team-store/admin';
import { roleName } from '../../../electron/core/team-store/role-matrix';
import { UNIT_LOGIN } from './unit-store';

/**
 * Once per run of the unit suite on PostgreSQL: one team store migrated by `init`, kept as the
 * template every test's database is copied from, and one login holding all five group roles
 * (never the owner) that every test signs in as. Both go when the run ends.
 */
export default async function setUpTemplate(): Promise<() => Promise<void>> {
  if (!process.env.PGHOST || !process.env.PGUSER) {
    throw new Error('The unit suite on PostgreSQL needs a server: run it with `npm run test:pg`, which starts a throwaway cluster (pg_virtualenv).');
  }
  const server = { host: process.env.PGHOST, port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER, password: process.env.PGPASSWORD };
  const template = `panelroom_unit_${crypto.randomBytes(4).toString('hex')}`;
  const password = crypto.randomBytes(12).toString('hex');
  const admin = new pg.Client({ ...server, database: 'postgres', ssl: false });
  await admin.connect();
  try {
    await admin.query(`create database ${template}`);
    await initTeamStore({ url: `postgres://${server.user}@${server.host}:${server.port}/${template}?sslmode=disable` });
    await admin.query(`drop role if exists "${UNIT_LOGIN}"`);
    await admin.query(`create role "${UNIT_LOGIN}" login inherit password '${password}' in role ${TEAM_ROLES.map((r) => `"${roleName(r)}"`).join(', ')}`);
  } finally {
    await admin.end();
  }
  process.env.PANELROOM_TEST_TEMPLATE = template;
  process.env.PANELROOM_TEST_PASSWORD = password;
  return async () => {
    const client = new pg.Client({ ...server, database: 'postgres', ssl: false });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`${template}%`]);
      for (const { datname } of rows) await client.query(`drop database if exists ${datname} with (force)`);
      await client.query(`drop role if exists "${UNIT_LOGIN}"`);
    } finally {
      await client.end();
    }
  };
}
