import { parseArgs } from 'node:util';
import { TeamStoreError, type TeamStoreAddress } from '../db/postgres';
import { addPerson, checkTeamStore, initTeamStore, migrateTeamStore, parseTeamRole } from './admin';
import { copyFromLaptop } from './copy-from';
import { TEAM_ROLES } from './role-matrix';

/** `npm run team-store -- <sub-command>`: setting up a council's team store, for IT. */

export const USAGE = `Panelroom team store: setting up a council's PostgreSQL for Panelroom.

  init --url URL                  set up an empty database: roles, schema, grants
  add-person --url URL --login L --name N --role R [--password P]
                                  add a person with their own login (R: ${TEAM_ROLES.join(', ').replace('minute_taker', 'minute-taker')});
                                  prints a one-time password when none is given
  check --url URL                 versions, roles and grants as expected; prints the role matrix
  migrate --url URL               bring the team store up to this version of Panelroom
  copy-from DATA_FOLDER --url URL copy a laptop's data into an empty team store (key from
                                  PANELROOM_DATA_KEY or the key file beside the data)

URL is postgres://login@server:5432/database?sslmode=verify-full&sslrootcert=ca.pem (verify-full is the
default; --ca gives the CA file instead). The password comes from the URL or PGPASSWORD. Run these as a
database administrator who may create roles; people sign in to Panelroom with their own logins.`;

export interface CliResult {
  code: number;
  out: string[];
  err: string[];
}

export async function runTeamStore(argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, ca: { type: 'string' }, login: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (e) {
    return { code: 2, out, err: [(e as Error).message, '', USAGE] };
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) return { code: command ? 0 : 2, out: [USAGE], err };
  if (!values.url) return { code: 2, out, err: ['Give the team store’s address with --url postgres://…', '', USAGE] };
  const address: TeamStoreAddress = { url: values.url, ...(values.ca ? { caFile: values.ca } : {}) };
  try {
    switch (command) {
      case 'init': {
        const { schemaVersion } = await initTeamStore(address);
        out.push(`Set up the team store at data version ${schemaVersion}: roles, schema and grants. Add people with add-person.`);
        break;
      }
      case 'migrate': {
        const { from, to } = await migrateTeamStore(address);
        out.push(from === to ? `The team store was already at data version ${to}; grants made again from the role matrix.` : `Brought the team store from data version ${from} to ${to}.`);
        break;
      }
      case 'add-person': {
        const role = parseTeamRole(values.role ?? '');
        if (!values.login || !values.name || !role) return { code: 2, out, err: [`add-person needs --login, --name and --role (one of ${TEAM_ROLES.join(', ')}).`] };
        const result = await addPerson(address, { login: values.login, name: values.name, role, ...(values.password !== undefined ? { password: values.password } : {}) });
        out.push(`Added ${values.name} as ${values.login}, with the ${role.replace('_', ' ')} role.`);
        if (result.oneTimePassword) out.push(`One-time password: ${result.oneTimePassword}`, 'It is shown this once: give it to them by a safe route, and ask them to change it when they first sign in.');
        break;
      }
      case 'check': {
        const report = await checkTeamStore(address);
        out.push(...report.lines, '', report.matrix);
        return { code: report.ok ? 0 : 1, out, err };
      }
      case 'copy-from': {
        const folder = rest[0];
        if (!folder) return { code: 2, out, err: ['copy-from needs the folder that holds the laptop’s data.'] };
        const copies = await copyFromLaptop(folder, address);
        const width = Math.max(...copies.map((c) => c.table.length));
        out.push(...copies.map((c) => `${c.table.padEnd(width)}  ${String(c.rows).padStart(8)}  ${c.checksum}`));
        out.push(`Copied ${copies.reduce((n, c) => n + c.rows, 0)} rows in ${copies.length} tables; counts and checksums equal on both sides.`);
        break;
      }
      default:
        return { code: 2, out, err: [`There is no sub-command ${command}.`, '', USAGE] };
    }
  } catch (e) {
    if (e instanceof TeamStoreError) return { code: 1, out, err: [e.message] };
    return { code: 1, out, err: [`Something went wrong: ${(e as Error).message}`] };
  }
  return { code: 0, out, err };
}
