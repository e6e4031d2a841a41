import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { startCluster, stopCluster, teamStoreLines } from './team-cluster';

/**
 * One pen per meeting on a team store: two laptops (two browser-mode servers, each signed in as
 * its own person) on one throwaway PostgreSQL cluster (pg_virtualenv). The chair writes, the
 * minute-taker's page is read-only and follows what the chair types; the minute-taker takes the
 * pen over after saying so, and the chair is told in a sentence. Stopping the servers drops the cluster.
 */
const DATABASE = 'panelroom_pen_e2e';
const SAM = { login: 'pen_sam', name: 'Sam Jones', role: 'chair', password: 'a-long-e2e-password-sam' };
const ANN = { login: 'pen_ann', name: 'Ann Minutes', role: 'minute-taker', password: 'a-long-e2e-password-ann' };

interface Laptops {
  child: ChildProcess;
  urls: [string, string];
  pids: number[];
  dirs: string[];
}

let laptops: Laptops;

async function startLaptops(): Promise<Laptops> {
  const dirs = [0, 1].map((i) => fs.mkdtempSync(path.join(os.tmpdir(), `panelroom-pen-e2e-${i}-`)));
  const serve = (dir: string) => `node dist/preview/serve.cjs --data-dir "${dir}" --database-url "postgres://$PGHOST:$PGPORT/${DATABASE}?sslmode=disable"`;
  const script = [
    ...teamStoreLines(DATABASE, [SAM, ANN]),
    // The chair also sets up the team, the child and the meeting for the test.
    `psql -q -d ${DATABASE} -c 'grant panelroom_coordinator, panelroom_admin to ${SAM.login}'`,
    `${serve(dirs[0]!)} & A=$!`,
    `${serve(dirs[1]!)} & B=$!`,
    'echo "PIDS=$A|$B"',
    // Both servers stopped: this shell ends, and pg_virtualenv drops the cluster.
    'wait',
  ];
  const cluster = await startCluster(
    script,
    (out) => {
      const urls = [...out.matchAll(/PANELROOM_URL=(\S+)/g)].map((m) => m[1]!);
      const pids = /PIDS=(\d+)\|(\d+)/.exec(out);
      return urls.length === 2 && pids ? { urls: urls as [string, string], pids: [Number(pids[1]), Number(pids[2])] } : undefined;
    },
    { what: 'the team store and two browser modes', withinMs: 120_000 },
  );
  return { child: cluster.child, ...cluster.found, dirs };
}

async function stopLaptops(l: Laptops | undefined): Promise<void> {
  await stopCluster(l?.child, l?.pids ?? [], l?.dirs ?? []);
}

/** A laptop of its own (its own browser profile, so its own client id), signed in as the person. */
async function signIn(browser: Browser, url: string, who: { login: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Login').fill(who.login);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation').first()).toBeVisible();
  return page;
}

function call<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([name, input]) => {
      const token = sessionStorage.getItem('panelroom.token') ?? '';
      const res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Panelroom-Token': token }, body: JSON.stringify({ input }) });
      const body = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!body.ok) throw new Error(`${name as string}: ${JSON.stringify(body.error)}`);
      return body.value;
    },
    [name, input] as const,
  ) as Promise<T>;
}

/** The last working day: a Care Planning Meeting cannot be booked at a weekend. */
function lastWorkingDay(): string {
  let d = new Date();
  while (d.getDay() === 0 || d.getDay() === 6) d = new Date(d.getTime() - 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  laptops = await startLaptops();
});

test.afterAll(async () => {
  test.setTimeout(90_000);
  await stopLaptops(laptops);
});

test('the chair holds the pen; the minute-taker reads along, takes the pen over after confirming, and the chair is told', async ({ browser }) => {
  test.setTimeout(180_000);
  const sam = await signIn(browser, laptops.urls[0], SAM);
  const team = await call<{ id: number }>(sam, 'teams.create', { name: 'North Team' });
  const child = await call<{ id: number }>(sam, 'children.create', { caseRef: 'N101', firstName: 'Ava', lastName: 'Ashby', legalStatus: 'care_order', teamId: team.id, dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10' });
  const booked = await call<{ meeting: { id: number } }>(sam, 'cpm.book', { childId: child.id, date: lastWorkingDay(), startTime: '10:00', endTime: '11:00', venue: 'Civic Centre, Room 2', chairId: null });
  const meetingId = booked.meeting.id;
  await call(sam, 'meetings.start', { id: meetingId, moveToToday: false });

  // The chair opens the minutes first: nobody held the pen, so it is theirs. The page's first
  // "still viewing" is sent just before its take; here, as a busy server may, it is answered from
  // before the take and its answer arrives after the take's: the older answer must not win.
  let heldBack = false;
  let heldAnswerDelivered = false;
  let heartbeatAnswered: () => void = () => undefined;
  const firstHeartbeatAnswered = new Promise<void>((resolve) => (heartbeatAnswered = resolve));
  await sam.route('**/api/pen.heartbeat', async (route) => {
    if (heldBack) return route.continue();
    heldBack = true;
    const response = await route.fetch();
    heartbeatAnswered();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.fulfill({ response });
    heldAnswerDelivered = true;
  });
  await sam.route('**/api/pen.take', async (route) => {
    await Promise.race([firstHeartbeatAnswered, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    await route.continue();
  });
  await sam.goto(`${laptops.urls[0].split('?')[0]}#/meetings/${meetingId}`);
  const samPen = sam.getByRole('region', { name: 'The pen' });
  await expect(samPen).toContainText('You hold the pen');
  // Read once the held answer has been drawn, not retried: the next heartbeat would put it right.
  await expect.poll(() => heldAnswerDelivered).toBe(true);
  await sam.waitForTimeout(500);
  expect(await samPen.textContent()).toContain('You hold the pen');
  await sam.unroute('**/api/pen.heartbeat');
  await sam.unroute('**/api/pen.take');
  const samField = sam.locator('#item-fields textarea').first();
  await samField.fill('Ava is settled with her foster carers.');
  await expect(sam.getByText('All changes saved')).toBeVisible();

  // The minute-taker's laptop: read-only, saying who holds the pen and who is viewing.
  const ann = await signIn(browser, laptops.urls[1], ANN);
  await ann.goto(`${laptops.urls[1].split('?')[0]}#/meetings/${meetingId}`);
  const annPen = ann.getByRole('region', { name: 'The pen' });
  await expect(annPen).toContainText(`${SAM.name} holds the pen (since`);
  await expect(annPen).toContainText(`Viewing now: ${ANN.name} (you) and ${SAM.name} (holding the pen).`);
  const annField = ann.locator('#item-fields textarea').first();
  await expect(annField).toHaveValue('Ava is settled with her foster carers.');
  await expect(annField).toHaveAttribute('readonly', '');
  await expect(ann.getByText(`${SAM.name} holds the pen: these minutes are read-only here and follow what they type.`)).toBeVisible();
  await expectNoAxeViolations(ann);

  // The minute-taker's page follows by the team store's change notices, not by asking on a timer:
  // while nobody types it does not read the minutes again, not in two of the old 2-second polls
  // nor in the 10-second fallback kept for a lost link (the chair's heartbeats re-read only who is viewing).
  const annReads: number[] = [];
  ann.on('request', (request) => {
    if (request.url().includes('/api/minutes.get')) annReads.push(Date.now());
  });
  await ann.waitForTimeout(11_000);
  expect(annReads).toEqual([]);

  // What the chair types next appears on the minute-taker's laptop, read again because the save was announced.
  const saved = sam.waitForResponse((response) => response.url().includes('/api/minutes.save'));
  await samField.fill('Ava is settled with her foster carers. Contact with her aunt is weekly.');
  await saved;
  const savedAt = Date.now();
  await expect(annField).toHaveValue('Ava is settled with her foster carers. Contact with her aunt is weekly.', { timeout: 5_000 });
  expect(annReads.length).toBeGreaterThan(0);
  expect(annReads[0]! - savedAt).toBeLessThan(5_000);

  // Taking the pen over asks first; Cancel changes nothing and puts the keyboard back.
  const takeOver = annPen.getByRole('button', { name: 'Take over the pen' });
  await takeOver.focus();
  await ann.keyboard.press('Enter');
  const confirm = annPen.getByRole('group');
  await expect(confirm).toContainText(`Take the pen from ${SAM.name}?`);
  await expect(confirm.getByRole('button', { name: 'Take over the pen' })).toBeFocused();
  await expectNoAxeViolations(ann);
  await ann.keyboard.press('Tab');
  await ann.keyboard.press('Enter');
  await expect(takeOver).toBeFocused();
  await expect(annPen).toContainText(`${SAM.name} holds the pen`);
  await ann.keyboard.press('Enter');
  await annPen.getByRole('group').getByRole('button', { name: 'Take over the pen' }).press('Enter');
  await expect(annPen).toContainText('You hold the pen');
  await expect(annField).not.toHaveAttribute('readonly', '');

  // The chair is told in a sentence, and their minutes are read-only now.
  // Heard by the pen's change notice, not at a poll (there is none while the link is up): well within the fallback's 10 seconds.
  await expect(samPen.getByRole('alert')).toHaveText(new RegExp(`^${ANN.name} took the pen at \\d\\d:\\d\\d\\. Your minutes are now read-only; anything you had not saved is kept below\\.$`), { timeout: 5_000 });
  await expect(samField).toHaveAttribute('readonly', '');
  await expectNoAxeViolations(sam);

  // The chair's save, sent anyway, is refused in words.
  // Over the version the field shows, so it is the pen that refuses it and nothing else.
  const shown = (await call<{ items: { itemId: number; versions: Record<string, number> }[] }>(sam, 'minutes.get', { id: meetingId })).items[0]!;
  const refused = await sam.evaluate(async ({ itemId, version }) => {
    const token = sessionStorage.getItem('panelroom.token') ?? '';
    const res = await fetch('/api/minutes.save', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Panelroom-Token': token }, body: JSON.stringify({ input: { itemId, field: 'communication', value: 'Typed by the chair', version } }) });
    return res.json() as Promise<{ ok: boolean; error?: { code: string; message: string } }>;
  }, { itemId: shown.itemId, version: shown.versions.communication ?? 0 });
  expect(refused.ok).toBe(false);
  expect(refused.error?.message).toBe(`${ANN.name} holds the pen for these minutes, so this was not saved. Ask them to hand it to you, or take it over.`);
});
