import path from 'node:path';
import { currentUserName } from '../core/actor';
import { createCore } from '../core/core';
import { redactUrl } from '../core/db/postgres';
import { chooseTeamStore, TEAM_STORE_CONFIG_FILE, teamStoreSettingFrom } from '../core/team-sign-in/config';
import { SignInGate } from '../core/team-sign-in/gate';
import { createTeamCore } from '../core/team-core';
import { developmentOutboxPlace } from '../core/team-outbox';
import { hasFlag, readFlag, resolveDataDir } from '../core/data-dir';
import { LiveRelay } from '../core/live-relay';
import type { Router } from '../core/router';
import { newToken } from './request-guard';
import { startPreviewServer } from './http-transport';

/**
 * Browser mode: `npm run preview [-- --data-dir <dir>] [--port <n>] [--demo]`, or for a council's
 * team store `--database-url postgres://login@host/db [--ca-file <pem>]` (or PANELROOM_DATABASE_URL).
 * Serves the same renderer and router as the desktop app, on 127.0.0.1 only,
 * with a token that changes every run.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv, process.env, path.resolve('.preview-data'));
  const port = Number(readFlag(argv, '--port') ?? process.env.PANELROOM_PORT ?? 0);
  const appVersion = process.env.npm_package_version ?? 'dev';
  const onInternalError = (name: string, err: unknown) => console.error(`[panelroom] internal error in ${name}:`, err);
  const onNotice = (message: string) => console.warn(`[panelroom] ${message}`);
  const setting = teamStoreSettingFrom(argv, process.env, dataDir);
  if (setting.kind === 'invalid') throw new Error(setting.message);

  const live = new LiveRelay();
  let router: Router;
  let close: () => Promise<void>;
  let where: string;
  if (setting.kind === 'team') {
    // A council's team store: the sign-in gate answers until the person has signed in with their own login.
    const gate = new SignInGate({
      config: setting.config,
      mode: 'browser',
      appVersion,
      dataDir,
      open: (address) => createTeamCore({ address, appVersion, mode: 'browser', onInternalError, onNotice, outbox: developmentOutboxPlace(dataDir, onNotice) }),
      // An address from team-store.json may be changed on the sign-in screen; one given on the command line stays.
      ...(setting.source.endsWith(TEAM_STORE_CONFIG_FILE) ? { save: (input: { url: string; caFile: string | null }) => chooseTeamStore(dataDir, input) } : {}),
      onSignedIn: (core) => {
        live.follow(core.changes);
        void core.startBackgroundWork();
      },
      onSignedOut: () => live.follow(null),
      onInternalError,
      onNotice,
    });
    await gate.start(setting.password === undefined ? undefined : { password: setting.password });
    router = gate.router;
    close = () => gate.close();
    where = `team store ${redactUrl(setting.config.url)}, from ${setting.source}`;
  } else {
    const core = await createCore({ dataDir, actor: currentUserName(), appVersion, mode: 'browser', onInternalError, onNotice });
    if (hasFlag(argv, '--demo')) await loadDemoIfEmpty(core.router);
    router = core.router;
    live.follow(core.changes);
    close = () => core.close();
    where = `data: ${dataDir}`;
    void core.startBackgroundWork();
  }
  const server = await startPreviewServer({
    router,
    live,
    token: newToken(),
    staticDir: path.join(__dirname, '..', 'renderer'),
    port: Number.isFinite(port) ? port : 0,
  });
  console.log(`Panelroom browser mode (${where})`);
  console.log(`Open: ${server.url}`);
  console.log(`PANELROOM_URL=${server.url}`);

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    await close();
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
