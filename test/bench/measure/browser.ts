import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as Playwright from '@playwright/test';
import { DATABASE_FILE_NAME, openStore } from '../../../electron/core/db/connection';
import { refreshStaleTracking } from '../../../electron/core/data/tracking/refresh';
import { todayIso } from '../../../shared/domain/dates';
import { workingCopy } from '../dataset/cache';
import { skippedRow, TARGETS, timingRow, valueRow, type ResultRow } from '../report/rows';
import type { BenchEnv } from './env';
import { procMemory } from './memory';
import { PAGE_PROBE, READ_MARKS, type PageMarks } from './page-probe';
import { startPreviewServer, waitForStartupWork } from './preview-server';
import { measureStaticFloor } from './static-floor';
import { summarise } from './stats';

const GROUP = 'Tracker first render in Chromium (browser mode)';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Playwright is loaded from node_modules at run time, not bundled: esbuild cannot
 * bundle it (it reads its own package.json and resolves files beside itself).
 */
function loadPlaywright(root: string): typeof Playwright {
  return createRequire(path.join(root, 'package.json'))('@playwright/test') as typeof Playwright;
}

export async function measureBrowser(env: BenchEnv): Promise<ResultRow[]> {
  const { root } = env.config;
  const executablePath = process.env.PANELROOM_CHROMIUM ?? '/usr/bin/chromium';
  const skip = (why: string) => [
    skippedRow('browser.firstRow', GROUP, 'navigation start → first tracker row painted', why, TARGETS.firstRender),
    skippedRow('memory.server', 'Peak memory', 'browser-mode server process (VmHWM)', why, TARGETS.peakMemory),
  ];
  if (!env.config.browser) return skip('skipped (--no-browser)');
  if (!fs.existsSync(executablePath)) return skip(`skipped: no Chromium at ${executablePath} (apt-get install chromium, or set PANELROOM_CHROMIUM)`);
  if (!fs.existsSync(path.join(root, 'dist/preview/serve.cjs')) || !fs.existsSync(path.join(root, 'dist/renderer/index.html'))) return skip('skipped: browser mode is not built (npm run build)');

  const dir = workingCopy(env.dataset.dir, 'browser');
  const prepared = await bringCacheToToday(dir);
  if (prepared > 0) env.log(`  browser mode runs on the real clock (${todayIso()}): brought ${prepared.toLocaleString('en-GB')} tracker rows up to today first`);

  const server = await startPreviewServer(root, dir);
  let browser: Playwright.Browser | undefined;
  const t = { firstRow: [] as number[], assets: [] as number[], script: [] as number[], boot: [] as number[], server: [] as number[], download: [] as number[], render: [] as number[], observed: [] as number[], node: [] as number[], floor: [] as number[] };
  let cold: PageMarks | undefined;
  let background = '';
  let bytes = 0;
  let serverMemory: ReturnType<typeof procMemory> = {};
  try {
    browser = await loadPlaywright(root).chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    await context.addInitScript({ content: PAGE_PROBE });
    const first = -1 - env.config.warmup.browser;
    for (let i = first; i < env.config.runs.browser; i++) {
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${server.url}#/tracker`, { waitUntil: 'commit' });
      await page.waitForSelector('tr[data-index="0"]', { state: 'visible', timeout: 60_000 });
      const seen = performance.now() - t0;
      await page.waitForFunction('window.__panelroomBench && window.__panelroomBench.rowPainted !== undefined');
      const marks = (await page.evaluate(READ_MARKS)) as PageMarks;
      await page.close();
      if (i === first) {
        cold = marks;
        background = await waitForStartupWork(server);
      }
      if (i < 0 || !marks.request) continue;
      const r = marks.request;
      t.firstRow.push(marks.rowPainted);
      t.assets.push(marks.assetsLoaded);
      t.script.push(marks.scriptRun);
      t.boot.push(r.start);
      t.server.push(r.responseStart - r.start);
      t.download.push(r.end - r.responseStart);
      t.render.push(marks.rowPainted - r.end);
      t.observed.push(seen);
      bytes = r.bytes;
    }
    t.floor = await measureStaticFloor(context, server.url, path.join(root, 'dist/renderer'), env.config.runs.browser, READ_MARKS);
    // The same request without a browser: the server's work plus loopback transfer, nothing else.
    for (let i = -2; i < env.config.runs.browser; i++) {
      const ms = await fetchTracker(server.url);
      if (i >= 0) t.node.push(ms);
    }
    serverMemory = procMemory(server.pid);
  } finally {
    await browser?.close();
    await server.stop();
  }

  const rows = [
    timingRow('browser.firstRow', GROUP, 'navigation start → first tracker row painted', summarise(t.firstRow), TARGETS.firstRender,
      `first load just after the server started (integrity check running): ${cold ? cold.rowPainted.toFixed(0) : '?'} ms; ${background}`),
    timingRow('browser.boot', GROUP, '  navigation start → tracker.query sent', summarise(t.boot), undefined, `medians: page, script and styles in by ${summarise(t.assets).median.toFixed(0)} ms, script run by ${summarise(t.script).median.toFixed(0)} ms (DOMContentLoaded); then React's first render and effects`),
    timingRow('browser.server', GROUP, '  tracker.query: request sent → first byte (server)', summarise(t.server), undefined, 'router, zod and JSON.stringify in the server; the answer is sent in one piece'),
    timingRow('browser.download', GROUP, '  tracker.query: first byte → last byte', summarise(t.download), undefined, `${(bytes / 1e6).toFixed(1)} MB of JSON over loopback`),
    timingRow('browser.render', GROUP, '  last byte → first row painted', summarise(t.render), undefined, 'response.json(), React render of the virtualised table, paint'),
    timingRow('browser.node', GROUP, 'same tracker.query over HTTP from Node (no browser)', summarise(t.node), undefined, 'server work plus loopback transfer and Node reading the body'),
    timingRow('browser.floor', GROUP, 'the same first screen as plain HTML and CSS, no script (this machine’s floor)', summarise(t.floor), undefined, 'copied from the app once drawn and served by a bare local server: navigation, fetching, style, layout and paint only'),
    timingRow('browser.observed', GROUP, 'as Playwright saw it: goto → waitForSelector', summarise(t.observed), undefined, 'includes DevTools round trips'),
  ];
  rows.push(
    serverMemory.peakMb === undefined
      ? skippedRow('memory.server', 'Peak memory', 'browser-mode server process (VmHWM)', 'skipped: /proc not available', TARGETS.peakMemory)
      : valueRow('memory.server', 'Peak memory', 'browser-mode server process (VmHWM)', 'MB', serverMemory.peakMb, TARGETS.peakMemory, `whole life of the server; RSS at the end ${serverMemory.rssMb?.toFixed(0)} MB`),
  );
  return rows;
}

async function fetchTracker(url: string): Promise<number> {
  const address = new URL(url);
  const t0 = performance.now();
  const response = await fetch(new URL('/api/tracker.query', address.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Panelroom-Token': address.searchParams.get('token') ?? '' },
    body: JSON.stringify({ input: {} }),
  });
  const body = await response.text();
  const ms = performance.now() - t0;
  if (!response.ok || !body.startsWith('{"ok":true')) throw new Error(`tracker.query over HTTP failed: ${response.status} ${body.slice(0, 200)}`);
  return ms;
}

/** The server uses the real clock: bring the cache to today first, so the first page load does not pay the once-a-day refresh. */
async function bringCacheToToday(dir: string): Promise<number> {
  const store = await openStore(path.join(dir, DATABASE_FILE_NAME));
  try {
    return await store.db.transaction().execute((trx) => refreshStaleTracking(trx, todayIso()));
  } finally {
    await store.close();
  }
}
