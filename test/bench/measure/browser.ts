import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as Playwright from '@playwright/test';
import { DATABASE_FILE_NAME, openStore } from '../../../electron/core/db/connection';
import { refreshStaleTracking } from '../../../electron/core/services/tracking/refresh';
import { todayIso } from '../../../shared/domain/dates';
import { workingCopy } from '../dataset/cache';
import { skippedRow, TARGETS, timingRow, valueRow, type ResultRow } from '../report/rows';
import type { BenchEnv } from './env';
import { procMemory } from './memory';
import { PAGE_PROBE, READ_MARKS, type PageMarks } from './page-probe';
import { startPreviewServer } from './preview-server';
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
  const firstRow: number[] = [];
  const requestMs: number[] = [];
  const bootMs: number[] = [];
  const renderMs: number[] = [];
  const observed: number[] = [];
  let cold: PageMarks | undefined;
  let bytes = 0;
  let serverMemory: ReturnType<typeof procMemory> = {};
  try {
    browser = await loadPlaywright(root).chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    await context.addInitScript({ content: PAGE_PROBE });
    const { warmup } = env.config;
    for (let i = -1 - warmup.browser; i < env.config.runs.browser; i++) {
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${server.url}#/tracker`, { waitUntil: 'commit' });
      await page.waitForSelector('tr[data-index="0"]', { state: 'visible', timeout: 60_000 });
      const seen = performance.now() - t0;
      await page.waitForFunction('window.__panelroomBench && window.__panelroomBench.rowPainted !== undefined');
      const marks = (await page.evaluate(READ_MARKS)) as PageMarks;
      await page.close();
      if (i === -1 - warmup.browser) cold = marks;
      if (i < 0) continue;
      firstRow.push(marks.rowPainted);
      observed.push(seen);
      if (marks.request) {
        requestMs.push(marks.request.end - marks.request.start);
        bootMs.push(marks.request.start);
        renderMs.push(marks.rowPainted - marks.request.end);
        bytes = marks.request.bytes;
      }
    }
    serverMemory = procMemory(server.pid);
  } finally {
    await browser?.close();
    await server.stop();
  }

  const coldNote = cold ? `first load after the server started: ${cold.rowPainted.toFixed(0)} ms` : undefined;
  const rows = [
    timingRow('browser.firstRow', GROUP, 'navigation start → first tracker row painted', summarise(firstRow), TARGETS.firstRender, coldNote),
    timingRow('browser.boot', GROUP, '  of which: navigation start → tracker.query sent', summarise(bootMs), undefined, 'page load, scripts, React start'),
    timingRow('browser.request', GROUP, '  of which: tracker.query request → last byte', summarise(requestMs), undefined, `${(bytes / 1e6).toFixed(1)} MB of JSON`),
    timingRow('browser.render', GROUP, '  of which: last byte → row painted', summarise(renderMs), undefined, 'JSON parse, React render, paint'),
    timingRow('browser.observed', GROUP, 'as Playwright saw it: goto → waitForSelector', summarise(observed), undefined, 'includes DevTools round trips'),
  ];
  rows.push(
    serverMemory.peakMb === undefined
      ? skippedRow('memory.server', 'Peak memory', 'browser-mode server process (VmHWM)', 'skipped: /proc not available', TARGETS.peakMemory)
      : valueRow('memory.server', 'Peak memory', 'browser-mode server process (VmHWM)', 'MB', serverMemory.peakMb, TARGETS.peakMemory, `RSS at the end ${serverMemory.rssMb?.toFixed(0)} MB`),
  );
  return rows;
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
