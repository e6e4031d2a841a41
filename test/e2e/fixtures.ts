import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface PreviewApp {
  /** The address printed by browser mode, token included. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Stops the server (as a person closing it would) and starts it again on the same data, doing `meanwhile` in between. */
  restart(meanwhile?: () => void): Promise<void>;
}

async function startServer(dataDir: string, args: readonly string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist/preview/serve.cjs', '--data-dir', dataDir, ...args], { cwd: path.resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PANELROOM_URL=(\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${out}`)));
  });
  return { child, url };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ app: PreviewApp; serverArgs: string[] }>({
  /** Extra command-line flags for browser mode, e.g. test.use({ serverArgs: ['--demo'] }). */
  serverArgs: [[], { option: true }],
  app: async ({ serverArgs }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-e2e-'));
    let server = await startServer(dataDir, serverArgs);
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
        await stopServer(server.child);
        meanwhile?.();
        server = await startServer(dataDir, serverArgs);
      },
    };
    await use(app);
    await stopServer(server.child);
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
