import { execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { ENGLAND_WALES_HOLIDAY_SET } from '../../shared/domain/bank-holidays';
import { addDaysIso, todayIso, weekdayIndex } from '../../shared/domain/dates';
import { isWorkingDay } from '../../shared/domain/working-days';
import { CuttableLine } from '../pg/support/cuttable-line';
import { api } from './api';
import { expect, expectNoAxeViolations, test, type PreviewApp } from './fixtures';
import { freePort } from '../support/free-port';
import { startCluster, stopCluster, teamStoreLines } from './team-cluster';

/**
 * Two laptops on one team store: a throwaway PostgreSQL cluster (pg_virtualenv) holding a team
 * store, and two browser-mode servers signed in to it as two people, each with its own browser.
 * The minute-taker's laptop types the minutes; the coordinator's laptop shows the chair's view
 * and keeps the actions. Each sees the other's changes without reloading.
 */
const DATABASE = 'panelroom_live_e2e';
const MINUTES = { login: 'e2e_minutes', name: 'Bea Support', role: 'minute_taker', password: 'a-long-minutes-password' };
const COORDINATOR = { login: 'e2e_coordinator', name: 'Pat Coordinator', role: 'coordinator', password: 'a-long-coordinator-password' };
/** Far quicker than the chair's view's fallback read (every ten seconds): what is seen this soon came by the change feed. */
const LIVE_WITHIN_MS = 6000;

interface Laptops {
  child: ChildProcess;
  minutes: Pick<PreviewApp, 'url' | 'origin' | 'token'>;
  coordinator: Pick<PreviewApp, 'url' | 'origin' | 'token'>;
  pids: number[];
  dataDirs: string[];
  /** The minute-taker's laptop reaches the team store through this line: cut, that laptop alone is off the network. */
  line: CuttableLine;
  /** The throwaway cluster, as pg_ctlcluster names it: the server can be stopped and started under the laptops. */
  cluster: { version: string; name: string; env: NodeJS.ProcessEnv };
  output(): string;
}

let laptops: Laptops;

function appAt(url: string): Pick<PreviewApp, 'url' | 'origin' | 'token'> {
  const parsed = new URL(url);
  return { url, origin: parsed.origin, token: parsed.searchParams.get('token')! };
}

async function startLaptops(): Promise<Laptops> {
  const dataDirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-live-e2e-')));
  const [minutesPort, coordinatorPort, clusterPort] = [await freePort(), await freePort(), await freePort()];
  const line = new CuttableLine({ host: '127.0.0.1', port: clusterPort });
  await line.open();
  const serve = (who: typeof MINUTES, dir: string, port: number, db = '$PGHOST:$PGPORT') =>
    `node dist/preview/serve.cjs --data-dir "${dir}" --port ${port} --database-url "postgres://${who.login}:${who.password}@${db}/${DATABASE}?sslmode=disable" &`;
  const script = [
    ...teamStoreLines(DATABASE, [MINUTES, COORDINATOR]),
    // This council's coordinator also sets the store up (teams, people, the panel's series): IT grants the second role.
    `psql -q -d ${DATABASE} -c 'grant panelroom_admin to ${COORDINATOR.login}'`,
    serve(MINUTES, dataDirs[0]!, minutesPort, `127.0.0.1:${line.port}`),
    'A=$!',
    serve(COORDINATOR, dataDirs[1]!, coordinatorPort),
    'B=$!',
    'echo "PIDS=$A|$B"',
    // Where pg_virtualenv keeps the cluster's configuration: pg_ctlcluster needs it to stop and start the server.
    `echo "CLUSTER=$(pg_lsclusters -h | awk '{ print $1 "|" $2 }')|$PG_CLUSTER_CONF_ROOT|$PGSYSCONFDIR"`,
    // Both servers stopped, the command ends and pg_virtualenv drops the cluster.
    'wait',
  ];
  const urlOn = (out: string, port: number) => new RegExp(`PANELROOM_URL=(http://127\\.0\\.0\\.1:${port}/\\S+)`).exec(out)?.[1];
  const { child, found, output } = await startCluster(
    script,
    (out) => {
      const pids = /PIDS=(\d+)\|(\d+)/.exec(out);
      const cluster = /CLUSTER=(\S+)\|(\S+)\|(\S+)\|(\S+)\n/.exec(out);
      const minutes = urlOn(out, minutesPort);
      const coordinator = urlOn(out, coordinatorPort);
      return pids && cluster && minutes && coordinator ? { pids: [Number(pids[1]), Number(pids[2])], minutes, coordinator, cluster: cluster.slice(1) } : undefined;
    },
    { what: 'the team store and the two laptops', withinMs: 150_000, port: clusterPort },
  );
  const [version, name, confRoot, sysConf] = found.cluster as [string, string, string, string];
  const cluster = { version, name, env: { ...process.env, PG_CLUSTER_CONF_ROOT: confRoot, PGSYSCONFDIR: sysConf } };
  return { child, minutes: appAt(found.minutes), coordinator: appAt(found.coordinator), pids: found.pids, dataDirs, line, cluster, output };
}

/** Stops (fast: open connections are cut, as a server going down does) or starts the team store's PostgreSQL server. */
async function server(action: 'stop' | 'start'): Promise<void> {
  const { version, name, env } = laptops.cluster;
  await promisify(execFile)('pg_ctlcluster', [version, name, action, ...(action === 'stop' ? ['-m', 'fast'] : [])], { env });
}

async function stopLaptops(s: Laptops | undefined): Promise<void> {
  if (!s) return;
  await stopCluster(s.child, s.pids, s.dataDirs);
  await s.line.cut();
}

/** A laptop of its own: a fresh browser context, so nothing (token, storage) is shared with the other. */
async function openLaptop(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** From now on, keeps everything the save indicator says, with when it said it (the page's clock is this machine's). */
async function recordIndicator(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { at: number; text: string }[] = [];
    (window as unknown as { indicatorSaid: typeof seen }).indicatorSaid = seen;
    const node = document.querySelector('.save-indicator__text')!;
    seen.push({ at: Date.now(), text: node.textContent ?? '' });
    new MutationObserver(() => seen.push({ at: Date.now(), text: node.textContent ?? '' })).observe(node, { childList: true, characterData: true, subtree: true });
  });
}

/** What the save indicator has said since `recordIndicator`. */
function indicatorSaid(page: Page): Promise<{ at: number; text: string }[]> {
  return page.evaluate(() => (window as unknown as { indicatorSaid: { at: number; text: string }[] }).indicatorSaid);
}

function lastWorkingDay(): string {
  let date = todayIso();
  while (!isWorkingDay(date, ENGLAND_WALES_HOLIDAY_SET)) date = addDaysIso(date, -1);
  return date;
}

/** The panel: one team, two children on the agenda of today's meeting, set up on the coordinator's laptop and started on the minute-taker's. Each test's panel has its own team (`tag`). */
async function seed(request: Parameters<typeof api>[0], tag: 'North' | 'South' | 'West' = 'North') {
  const coord = laptops.coordinator as PreviewApp;
  const minutes = laptops.minutes as PreviewApp;
  const today = todayIso();
  const panelDay = lastWorkingDay();
  type Cast = { chair: string; worker: string; children: [string, string, string][] };
  const casts: Record<typeof tag, Cast> = {
    North: { chair: 'Hana Head', worker: 'Sam Worker', children: [['N201', 'Ava', 'Ashby'], ['N202', 'Ben', 'Brook']] },
    South: { chair: 'Ines Irving', worker: 'Tom Turner', children: [['S301', 'Cara', 'Cole'], ['S302', 'Dan', 'Dale']] },
    West: { chair: 'Jo Jones', worker: 'Kim King', children: [['W401', 'Eve', 'Evans'], ['W402', 'Fin', 'Ford']] },
  };
  const people = casts[tag];
  const team = await api(request, coord, 'teams.create', { name: `${tag} Team` });
  const chair = await api(request, coord, 'people.create', { name: people.chair, role: 'chair' });
  const sw = await api(request, coord, 'people.create', { name: people.worker, role: 'social_worker', teamId: team.id });
  const children: { id: number }[] = [];
  for (const [ref, first, last] of people.children) {
    children.push(await api(request, coord, 'children.create', { caseRef: ref, firstName: first, lastName: last, legalStatus: 'care_order', teamId: team.id, socialWorkerId: sw.id, dateEnteredCare: addDaysIso(today, -300) }));
  }
  const pp = (await api(request, coord, 'meetingTypes.list', {})).find((t) => t.code === 'pp')!;
  const series = await api(request, coord, 'series.create', {
    typeId: pp.id,
    name: `Permanence Panel (${tag} Team)`,
    weekday: weekdayIndex(panelDay),
    interval: 'weekly',
    startsOn: panelDay,
    startTime: '10:00',
    endTime: '12:00',
    venue: 'Civic Centre, Room 2',
    chairId: chair.id,
    holidayRule: 'skip',
    rotation: [team.id],
  });
  const rota = await api(request, coord, 'rota.view', { seriesId: series.id, from: panelDay, to: addDaysIso(panelDay, 21) });
  let agenda = await api(request, coord, 'meetings.prepare', { seriesId: series.id, key: rota.occurrences.find((o) => o.status === 'scheduled')!.key });
  for (const child of children) {
    if (!agenda.items.some((i) => i.children.some((c) => c.id === child.id))) agenda = await api(request, coord, 'agenda.add', { meetingId: agenda.meeting.id, childId: child.id });
  }
  const meetingId = agenda.meeting.id;
  await api(request, minutes, 'meetings.start', { id: meetingId });
  const itemId = agenda.items.find((i) => i.children.some((c) => c.id === children[0]!.id))!.id;
  return { meetingId, itemId, children, today };
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(200_000);
  laptops = await startLaptops();
});

test.afterAll(async () => {
  test.setTimeout(90_000);
  await stopLaptops(laptops);
});

test.describe('Two laptops on one team store, live', () => {
  test('the minute-taker types and the chair’s view on the other laptop shows it; the coordinator completes an action and the minute-taker’s actions page shows it', async ({ browser, request }) => {
    test.setTimeout(150_000);
    const { meetingId, itemId } = await seed(request);

    const minutesPage = await openLaptop(browser, `${laptops.minutes.url}#/meetings/${meetingId}`);
    const chairPage = await openLaptop(browser, `${laptops.coordinator.url}#/meetings/${meetingId}/chair`);
    await expect(chairPage.getByRole('heading', { level: 2, name: 'Now: item 1 of 2' })).toBeVisible();
    await expect(chairPage.getByText('Nothing minuted for this item yet.')).toBeVisible();
    await expect(chairPage.getByText(/^Last heard from the server at \d\d:\d\d:\d\d\.$/)).toBeVisible();
    await expectNoAxeViolations(chairPage);

    // The minute-taker types: the chair's laptop shows it, by the change feed, long before its fallback read.
    const discussion = minutesPage.getByLabel('Discussion', { exact: true });
    await discussion.click();
    await minutesPage.keyboard.type('Placement stable; the final hearing is listed for March.');
    await expect(chairPage.locator('.chair__minuted')).toContainText('Placement stable; the final hearing is listed for March.', { timeout: LIVE_WITHIN_MS });
    await minutesPage.keyboard.type(' Contact with mother resumed.');
    await expect(chairPage.locator('.chair__minuted')).toContainText('Placement stable; the final hearing is listed for March. Contact with mother resumed.', { timeout: LIVE_WITHIN_MS });
    // The minute-taker's own field kept everything typed, and the keyboard.
    await expect(discussion).toHaveValue('Placement stable; the final hearing is listed for March. Contact with mother resumed.');
    await expect(discussion).toBeFocused();
    await expectNoAxeViolations(chairPage);

    // An action agreed in the room, then the minute-taker looks at the actions page.
    const action = await api(request, laptops.minutes as PreviewApp, 'actions.create', { itemId, text: 'Book the viability assessment of the aunt', ownerName: 'Sam Worker', dueOn: addDaysIso(todayIso(), 14) });
    await minutesPage.goto(`${laptops.minutes.url}#/actions?status=all`);
    const row = minutesPage.locator('table.actions__table tbody tr.actions__row').filter({ hasText: 'Book the viability assessment of the aunt' }).first();
    await expect(row).toBeVisible();
    await expect(row).not.toContainText('Done on');

    // The coordinator completes it on their laptop.
    const coordPage = await openLaptop(browser, `${laptops.coordinator.url}#/actions`);
    const coordRow = coordPage.locator('table.actions__table tbody tr.actions__row').filter({ hasText: 'Book the viability assessment of the aunt' }).first();
    await coordRow.getByRole('button', { name: /^Complete/ }).click();
    await coordPage.getByLabel('Note').fill('Referral made; assessment booked.');
    await coordPage.getByRole('button', { name: 'Mark as done' }).click();
    await expect(coordPage.getByRole('status').filter({ hasText: 'marked done on' })).toBeVisible();

    // The minute-taker's page shows it, without a reload.
    await expect(row).toContainText('Done on', { timeout: LIVE_WITHIN_MS });
    expect(action.id).toEqual(expect.any(Number));
    await expectNoAxeViolations(minutesPage);
  });

  test('the server stops in the middle of typing: the indicator says the words are only on this laptop, the chair’s laptop says it has not heard from the server, and every character arrives once it is back', async ({ browser, request }) => {
    test.setTimeout(150_000);
    const { meetingId } = await seed(request, 'South');
    const minutesPage = await openLaptop(browser, `${laptops.minutes.url}#/meetings/${meetingId}`);
    const chairPage = await openLaptop(browser, `${laptops.coordinator.url}#/meetings/${meetingId}/chair`);
    const indicator = minutesPage.locator('.save-indicator__text');
    const minuted = chairPage.locator('.chair__minuted dd');
    const heard = chairPage.locator('.chair__link');
    await expect(chairPage.getByText('Nothing minuted for this item yet.')).toBeVisible();
    await expect(heard).toHaveText(/^Last heard from the server at \d\d:\d\d:\d\d\.$/);

    // Everything the indicator says from here on, with when it said it.
    await recordIndicator(minutesPage);

    const before = 'Ava’s placement is stable. ';
    const during = 'The server went down here; the carers asked for respite in the summer. ';
    const down = 'Typed while nothing answered: contact with father stays monthly, supervised.';
    const discussion = minutesPage.getByLabel('Discussion', { exact: true });
    await discussion.click();
    await minutesPage.keyboard.type(before);
    await expect(minuted).toHaveText(before.trim(), { timeout: LIVE_WITHIN_MS });
    await expect(indicator).toHaveText(/^All changes saved/);

    // The server stops while the minute-taker is typing; they keep typing.
    let stopped = 0;
    const stopping = server('stop').then(() => (stopped = Date.now()));
    await minutesPage.keyboard.type(during, { delay: 25 });
    await stopping;
    try {
      await minutesPage.keyboard.type(down, { delay: 25 });
      const typedDown = Date.now();
      // The truth: kept on this laptop, not shared.
      await expect(indicator).toHaveText('Saved on this laptop, not yet shared', { timeout: 20_000 });
      await expect(discussion).toHaveValue(before + during + down);
      await expect(discussion).toBeFocused();

      // The chair's laptop: not hearing changes, and its "last heard" stands still while the server is down.
      await expect(heard).toContainText('Not hearing changes as they happen', { timeout: 20_000 });
      const lastHeard = /Last heard from the server at (\d\d:\d\d:\d\d)\./.exec((await heard.textContent()) ?? '')?.[1];
      expect(lastHeard).toMatch(/^\d\d:\d\d:\d\d$/);
      // Longer than the live link's heartbeat (five seconds): had anything been heard, the time would have moved.
      await chairPage.waitForTimeout(6000);
      await expect(heard).toContainText(`Last heard from the server at ${lastHeard}.`);
      // What was typed while the server was down cannot have reached the chair.
      await expect(minuted).not.toContainText('Typed while nothing answered');
      await expect(indicator).toHaveText('Saved on this laptop, not yet shared');
      expect(Date.now() - typedDown).toBeGreaterThan(6000);

      await expectNoAxeViolations(minutesPage);
      await expectNoAxeViolations(chairPage);
    } finally {
      await server('start');
    }
    const started = Date.now();

    // Back: the outbox is sent on, the indicator says so, and the chair's laptop has every character, in order.
    await expect(indicator).toHaveText(/^All changes saved/, { timeout: 60_000 });
    const full = (before + during + down).trim();
    await expect(minuted).toHaveText(full, { timeout: 20_000 });
    await expect(heard).toHaveText(/^Last heard from the server at \d\d:\d\d:\d\d\.$/, { timeout: 30_000 });
    await expect(discussion).toHaveValue(before + during + down);

    // The indicator never called the words saved between the server stopping and its being back.
    const said = await indicatorSaid(minutesPage);
    const whileDown = said.filter((s) => s.at > stopped && s.at < started);
    expect(whileDown.map((s) => s.text)).toContain('Saved on this laptop, not yet shared');
    expect(whileDown.filter((s) => /saved/i.test(s.text) && s.text !== 'Saved on this laptop, not yet shared')).toEqual([]);
    // Nor once it was back, until the chair's laptop could read it all (checked above): the first "saved" after the restart came after the held one.
    const afterStart = said.filter((s) => s.at >= started && s.text.startsWith('All changes saved'));
    expect(afterStart.length).toBeGreaterThan(0);
  });

  test('a save held on this laptop that the team store would not take when it was sent on: the indicator says it was not shared, never “All changes saved”, until it is dismissed', async ({ browser, request }) => {
    test.setTimeout(150_000);
    const { meetingId, itemId } = await seed(request, 'West');
    const minutesPage = await openLaptop(browser, `${laptops.minutes.url}#/meetings/${meetingId}`);
    const indicator = minutesPage.locator('.save-indicator__text');
    const discussion = minutesPage.getByLabel('Discussion', { exact: true });
    await expect(discussion).toBeVisible();
    await expect(indicator).toHaveText('All changes saved');

    // Everything the indicator says from here on, with when it said it.
    await recordIndicator(minutesPage);

    // The minute-taker's laptop drops off the network (the coordinator's stays on) and they type.
    await laptops.line.cut();
    const typed = 'Typed with the Wi-Fi down: the carers asked for respite in the summer.';
    try {
      // In one go (pasted), so it is one save: typed key by key, steady typing is saved every half second, each save held on its own.
      await discussion.fill(typed);
      await expect(indicator).toHaveText('Saved on this laptop, not yet shared', { timeout: 20_000 });
      // Meanwhile, on the coordinator's laptop, the item is taken off the agenda.
      await api(request, laptops.coordinator as PreviewApp, 'agenda.remove', { id: itemId });
    } finally {
      await laptops.line.mend();
    }

    // Back on the network: the save is sent on and not taken. The indicator says so, and the list above has it, with its text.
    await expect(indicator).toHaveText('1 change not shared: see above', { timeout: 60_000 });
    const kept = minutesPage.getByRole('region', { name: 'Not shared with the team store' });
    await expect(kept.getByRole('heading', { name: 'Not shared: Discussion' })).toBeVisible();
    await expect(kept.getByLabel('Text of Discussion')).toHaveValue(typed);
    await expectNoAxeViolations(minutesPage);
    // It goes on saying so (longer than its checks of the outbox), and takes the keyboard to the list.
    await minutesPage.waitForTimeout(4000);
    await expect(indicator).toHaveText('1 change not shared: see above');
    await minutesPage.getByRole('button', { name: 'Go to the change not shared' }).click();
    await expect(kept.getByRole('heading', { name: 'Not shared with the team store' })).toBeFocused();

    // Dismissed: now, and only now, everything is saved.
    const dismissed = Date.now();
    await kept.getByRole('button', { name: 'Dismiss' }).click();
    await expect(indicator).toHaveText(/^All changes saved/);
    await expect(kept).toHaveCount(0);
    await expect(minutesPage.getByRole('button', { name: /^Go to the changes? not shared$/ })).toHaveCount(0);
    await expectNoAxeViolations(minutesPage);

    const said = await indicatorSaid(minutesPage);
    const texts = said.map((s) => s.text);
    expect(texts).toContain('Saved on this laptop, not yet shared');
    expect(texts).toContain('1 change not shared: see above');
    // Between the first word of a save and the dismissal, never "All changes saved".
    const firstHeld = said.find((s) => s.text === 'Saved on this laptop, not yet shared')!.at;
    expect(said.filter((s) => s.at >= firstHeld && s.at < dismissed && s.text.startsWith('All changes saved'))).toEqual([]);
    expect(said.filter((s) => s.at >= dismissed && s.text.startsWith('All changes saved')).length).toBeGreaterThan(0);
  });
});
