import path from 'node:path';
import { currentUserName } from '../core/actor';
import { createCore } from '../core/core';
import { hasFlag, readFlag, resolveDataDir } from '../core/data-dir';
import type { Router } from '../core/router';
import { newToken } from './request-guard';
import { startPreviewServer } from './http-transport';

/**
 * Browser mode: `npm run preview [-- --data-dir <dir>] [--port <n>] [--demo]`.
 * Serves the same renderer and router as the desktop app, on 127.0.0.1 only,
 * with a token that changes every run.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv, process.env, path.resolve('.preview-data'));
  const port = Number(readFlag(argv, '--port') ?? process.env.PANELROOM_PORT ?? 0);
  const core = await createCore({
    dataDir,
    actor: currentUserName(),
    appVersion: process.env.npm_package_version ?? 'dev',
    mode: 'browser',
    onInternalError: (name, err) => console.error(`[panelroom] internal error in ${name}:`, err),
    onNotice: (message) => console.warn(`[panelroom] ${message}`),
  });
  if (hasFlag(argv, '--demo')) await loadDemoIfEmpty(core.router);
  const server = await startPreviewServer({
    router: core.router,
    token: newToken(),
    staticDir: path.join(__dirname, '..', 'renderer'),
    port: Number.isFinite(port) ? port : 0,
  });
  console.log(`Panelroom browser mode (data: ${dataDir})`);
  console.log(`Open: ${server.url}`);
  console.log(`PANELROOM_URL=${server.url}`);
  void core.startBackgroundWork();

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}


/** `--demo` fills an empty data folder with the fictional council; it never touches one that holds children. */
async function loadDemoIfEmpty(router: Router): Promise<void> {
  const status = await router.call('app.status', undefined);
  if (status.ok && (status.value as { children: number }).children === 0) {
    const loaded = await router.call('demo.load', undefined);
    console.log(loaded.ok ? 'Loaded the demo council (fictional).' : `Demo not loaded: ${loaded.error.message}`);
  } else console.log('Demo not loaded: this data folder already holds children.');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
