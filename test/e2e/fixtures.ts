import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { spawnPreview, stopPreview } from '../support/preview-process';
import { test as base, expect, type Page } from '@playwright/test';

export interface PreviewApp {
  /** The address printed by browser mode, token included. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Stops the server (as a person closing it would) and starts it again on the same data, doing `meanwhile` in between. */
  restart(meanwhile?: () => void): Promise<void>;
  /** Stops the server, leaving it stopped until `start` (the page stays open, its core gone). */
  stop(): Promise<void>;
  start(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

export const test = base.extend<{ app: PreviewApp; serverArgs: string[] }>({
  /** Extra command-line flags for browser mode, e.g. test.use({ serverArgs: ['--demo'] }). */
  serverArgs: [[], { option: true }],
  app: async ({ serverArgs }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-e2e-'));
    let server = await spawnPreview(ROOT, dataDir, serverArgs);
    const app: PreviewApp = {
      get url() {
        return server.url;
      },
      get origin() {
        return new URL(server.url).origin;
      },
      get token() {
        return new URL(server.url).searchParams.get('token')!;
      },
      dataDir,
      async restart(meanwhile) {
        await stopPreview(server.child);
        meanwhile?.();
        server = await spawnPreview(ROOT, dataDir, serverArgs);
      },
      async stop() {
        await stopPreview(server.child);
      },
      async start() {
        server = await spawnPreview(ROOT, dataDir, serverArgs);
      },
    };
    await use(app);
    await stopPreview(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

/** Fails the test on any WCAG 2.x A/AA violation axe can find on the page as it stands. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
}

export { expect };
