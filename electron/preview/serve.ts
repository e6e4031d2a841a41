import { currentUserName } from '../core/actor';
import path from 'node:path';
import { createCore } from '../core/core';
import { readFlag, resolveDataDir } from '../core/data-dir';
import { newToken } from './request-guard';
import { startPreviewServer } from './http-transport';

/**
 * Browser mode: `npm run preview [-- --data-dir <dir>] [-- --port <n>]`.
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
  });
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


main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
