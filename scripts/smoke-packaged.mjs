// Launches the packaged app (from `npm run dist`, in release/) with a throwaway data folder and
// profile, waits for the Permanence Tracker, takes a screenshot, quits as a person would, and checks
// that the data file is encrypted (not readable as plain SQLite) and that no spelling dictionary was
// downloaded. Needs the real Electron build, so it is not part of `npm test`.
//
//   npm run dist && npm run smoke:packaged [-- <path to the packaged executable>]
//
// The app is driven over Chromium's remote debugging port: the Node inspector, which Playwright's own
// Electron launcher needs, is switched off in the packaged app by its fuses.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');
const release = path.join(root, 'release');
const candidates = {
  linux: [path.join(release, 'linux-unpacked', 'panelroom')],
  win32: [path.join(release, 'win-unpacked', 'Panelroom.exe')],
  darwin: ['mac', 'mac-arm64', 'mac-universal'].map((d) => path.join(release, d, 'Panelroom.app', 'Contents', 'MacOS', 'Panelroom')),
}[process.platform] ?? [];
const executable = process.argv[2] ?? candidates.find((c) => fs.existsSync(c));
if (!executable || !fs.existsSync(executable)) fail(`No packaged app found (looked for ${candidates.join(', ')}). Run \`npm run dist\` first, or pass the executable's path.`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-smoke-'));
const dataDir = path.join(work, 'data');
const profile = path.join(work, 'profile');
const port = await freePort();
const started = Date.now();
const child = spawn(executable, [`--data-dir=${dataDir}`, `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`], { stdio: 'inherit' });
let exited = false;
child.once('exit', () => (exited = true));

try {
  const browser = await connect(port);
  const page = await appPage(browser);
  // A new, empty data folder opens on the welcome screen: take the demo council, then the tracker.
  await page.getByRole('button', { name: /demo/i }).first().click({ timeout: 30_000 });
  await page.getByRole('heading', { level: 1, name: 'Permanence Tracker' }).waitFor({ timeout: 60_000 });
  await page.getByRole('row').nth(1).waitFor({ timeout: 30_000 });
  const shot = path.join(release, 'smoke-tracker.png');
  await page.screenshot({ path: shot });
  console.log(`Tracker shown ${((Date.now() - started) / 1000).toFixed(1)} s after launch; screenshot: ${path.relative(root, shot)}`);
  await browser.close().catch(() => undefined);
  await quit();
  check();
  console.log('Smoke test passed.');
} catch (err) {
  child.kill();
  fail(err instanceof Error ? err.message : String(err));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

function check() {
  const file = path.join(dataDir, 'panelroom.sqlite3');
  if (!fs.existsSync(file)) fail('The data file was not created.');
  const head = fs.readFileSync(file).subarray(0, 16).toString('latin1');
  if (head === 'SQLite format 3\0') fail('The data file is plain SQLite: it is not encrypted.');
  if (!fs.existsSync(path.join(dataDir, 'panelroom-key.sealed'))) fail('No sealed key beside the data.');
  if (fs.existsSync(path.join(dataDir, 'panelroom-key.txt'))) fail('A plain key file was written beside the data.');
  const logFile = path.join(profile, 'logs', 'panelroom.log');
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
  if (/dictionary download/i.test(log)) fail('A spelling dictionary download was attempted.');
  if (!fs.existsSync(path.join(profile, 'Dictionaries', 'en-GB-10-1.bdic')) && process.platform !== 'darwin') fail('The en-GB dictionary was not put in place.');
  console.log('Data file encrypted (no SQLite header), key sealed by the keychain, no dictionary download.');
}

/** Closes the app as a person would (it saves, backs up and closes its data file), within a minute. */
async function quit() {
  if (process.platform === 'win32') spawn('taskkill', ['/PID', String(child.pid)]);
  else child.kill('SIGTERM');
  for (let i = 0; i < 600 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
  if (!exited) fail('The app did not quit within a minute.');
}

async function connect(p) {
  for (let i = 0; i < 120; i++) {
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${p}`);
    } catch {
      if (exited) fail('The app exited before its window opened.');
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  fail('The app did not open its window within a minute.');
}

async function appPage(browser) {
  for (let i = 0; i < 120; i++) {
    const page = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith('app://panelroom/'));
    if (page) return page;
    await new Promise((r) => setTimeout(r, 500));
  }
  fail('The app’s page did not appear.');
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = server.address();
      server.close(() => resolve(p));
    });
  });
}

function fail(message) {
  console.error(`Smoke test failed: ${message}`);
  process.exit(1);
}
