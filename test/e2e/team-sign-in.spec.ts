import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { startCluster, stopCluster, teamStoreLines } from './team-cluster';

/**
 * Browser mode in front of a council's team store: a throwaway PostgreSQL cluster (pg_virtualenv)
 * holding a team store with one chair, and `--database-url` pointing at it. The cluster lives as
 * long as browser mode does: stopping the server drops it.
 */
const DATABASE = 'panelroom_e2e';
const CHAIR = { login: 'e2e_chair', name: 'Priya Chair', role: 'chair', password: 'a-long-e2e-password' };
/** createTeamCore's own words while it only signs in and stops: the one case the signed-in path is skipped. */
const NOT_BUILT = 'The team store core is not built yet.';

interface TeamServer {
  child: ChildProcess;
  url: string;
  pid: number;
  pgEnv: { host: string; port: number; user: string; password: string };
  dataDir: string;
  output(): string;
}

let server: TeamServer;

async function startTeamServer(): Promise<TeamServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-team-e2e-'));
  const script = [
    ...teamStoreLines(DATABASE, [CHAIR]),
    'echo "PGENV=$PGHOST|$PGPORT|$PGUSER|$PGPASSWORD|$$"',
    // exec: the server takes this shell's process id, so stopping it ends pg_virtualenv's command and the cluster goes.
    `exec node dist/preview/serve.cjs --data-dir "$1" --database-url "postgres://$PGHOST:$PGPORT/${DATABASE}?sslmode=disable"`,
  ];
  const { child, found, output } = await startCluster(
    script,
    (out) => {
      const url = /PANELROOM_URL=(\S+)/.exec(out);
      const env = /PGENV=(\S+)/.exec(out);
      return url && env ? { url: url[1]!, env: env[1]! } : undefined;
    },
    { what: 'the team store and browser mode', withinMs: 120_000, args: ['team-e2e', dataDir] },
  );
  const [host, port, user, password, pid] = found.env.split('|');
  return { child, url: found.url, pid: Number(pid), pgEnv: { host: host!, port: Number(port), user: user!, password: password! }, dataDir, output };
}

async function stopTeamServer(s: TeamServer | undefined): Promise<void> {
  await stopCluster(s?.child, s ? [s.pid] : [], s ? [s.dataDir] : []);
}

/** What the team store has recorded: its audit log, and every row any table has had inserted, updated or deleted. */
async function written(): Promise<{ audit: number; changes: number }> {
  const client = new pg.Client({ ...server.pgEnv, database: DATABASE, ssl: false });
  await client.connect();
  try {
    await client.query('select pg_stat_clear_snapshot()');
    const audit = (await client.query('select count(*)::int as n from panelroom.audit_log')).rows[0].n as number;
    const changes = (await client.query("select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::int as n from pg_stat_user_tables where schemaname = 'panelroom'")).rows[0].n as number;
    return { audit, changes };
  } finally {
    await client.end();
  }
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startTeamServer();
});

test.afterAll(async () => {
  test.setTimeout(90_000);
  await stopTeamServer(server);
});

test.describe('Signing in to a team store in browser mode', () => {
  test('a wrong password is refused with the team store’s sentence, the keyboard on it and the password kept; nothing is written', async ({ page }) => {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to your council’s team store' })).toBeVisible();
    await expect(page.getByText(`${server.pgEnv.host}:${server.pgEnv.port}`)).toBeVisible();
    await expect(page.getByText(DATABASE, { exact: true })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Keep me signed in on this computer' })).toHaveCount(0);
    await expect(page.getByLabel('Login')).toBeFocused();
    await expectNoAxeViolations(page);

    await page.waitForTimeout(800);
    const before = await written();
    const filesBefore = fs.readdirSync(server.dataDir).sort();
    await page.keyboard.type(CHAIR.login);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password')).toBeFocused();
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');

    const summary = page.getByRole('alert');
    await expect(summary).toContainText(
      `The team store did not accept the sign-in for ${CHAIR.login}: the login or password is wrong. Check them and try again, or ask IT to reset the password. Nothing has been changed.`,
    );
    await expect(summary).toBeFocused();
    await expect(page.getByLabel('Password')).toHaveValue('not-the-password');
    await expect(page.getByLabel('Login')).toHaveValue(CHAIR.login);
    await expectNoAxeViolations(page);

    // The rest of the app is closed until the person signs in.
    const refused = await page.evaluate(async () => {
      const token = sessionStorage.getItem('panelroom.token') ?? '';
      const res = await fetch('/api/children.list', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Panelroom-Token': token }, body: JSON.stringify({ input: {} }) });
      return res.json() as Promise<{ ok: boolean; error?: { code: string } }>;
    });
    expect(refused).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Sign in to the team store first. Nothing has been read or changed.' } });

    // An address given on the command line stays: the screen says so, and keeps nothing.
    await page.getByText('Change the team store’s address').click();
    await page.getByLabel('Team store address').fill(`postgres://elsewhere.council.gov.uk/${DATABASE}`);
    await page.getByRole('button', { name: 'Use this address' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Browser mode was started with this team store’s address' })).toBeVisible();
    await expect(page.getByText(`${server.pgEnv.host}:${server.pgEnv.port}`)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.waitForTimeout(800);
    expect(await written()).toEqual(before);
    // The laptop's own key (for its outbox) may be made as the sign-in is tried; no data is written.
    expect(fs.readdirSync(server.dataDir).filter((f) => f !== 'panelroom-key.txt')).toEqual(filesBefore.filter((f) => f !== 'panelroom-key.txt'));
    expect(filesBefore.filter((f) => f !== 'panelroom-key.txt')).toEqual([]);
  });

  test('the right password opens the app as the person, and signing out returns to the screen', async ({ page }) => {
    await page.goto(server.url);
    await page.getByLabel('Login').fill(CHAIR.login);
    await page.getByLabel('Password').fill(CHAIR.password);
    await page.getByRole('button', { name: 'Sign in' }).press('Enter');
    // Until createTeamCore is built it signs in, then throws NOT_BUILT (logged by browser mode): only then is the rest skipped.
    await expect(page.getByRole('alert').or(page.getByRole('navigation'))).toBeVisible();
    test.skip(server.output().includes(NOT_BUILT), 'createTeamCore still throws “The team store core is not built yet.”');

    await expect(page.getByRole('navigation')).toBeVisible();
    const header = page.getByRole('banner');
    await expect(header).toContainText(`Signed in as ${CHAIR.name}`);
    await expect(header).toContainText(`${DATABASE} on ${server.pgEnv.host}:${server.pgEnv.port}`);
    await expect(page.getByRole('link', { name: 'Backups' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to your council’s team store' })).toBeVisible();
  });
});
