import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type * as Playwright from '@playwright/test';
import type { PageMarks } from './page-probe';

/**
 * What the browser alone costs on this machine: the tracker's first screen, copied from
 * the app once it is drawn, served as plain HTML with the app's own style sheet by a
 * bare local server, and timed the same way (navigation start to the first row painted).
 * No script runs, so what is left is navigation, fetching, style, layout and paint; the
 * app's figure above it is what its own code costs.
 */
export async function measureStaticFloor(context: Playwright.BrowserContext, appUrl: string, rendererDir: string, runs: number, readMarks: string): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(`${appUrl}#/tracker`);
  await page.waitForSelector('tr[data-index="0"]', { state: 'visible' });
  const snapshot = await page.evaluate(() => ({ body: document.body.innerHTML, styles: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL((l as HTMLLinkElement).href).pathname) }));
  await page.close();

  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Static copy</title>${snapshot.styles.map((s) => `<link rel="stylesheet" href="${s}">`).join('')}</head><body>${snapshot.body}</body></html>`;
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/') return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).end(html);
    const file = path.join(rendererDir, path.normalize(pathname));
    if (!snapshot.styles.includes(pathname) || !fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const painted: number[] = [];
  try {
    for (let i = -2; i < runs; i++) {
      const p = await context.newPage();
      await p.goto(url, { waitUntil: 'commit' });
      await p.waitForFunction(() => (window as { __panelroomBench?: { rowPainted?: number } }).__panelroomBench?.rowPainted !== undefined);
      const marks = (await p.evaluate(readMarks)) as PageMarks;
      await p.close();
      if (i >= 0) painted.push(marks.rowPainted);
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return painted;
}
