import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, safeStorage, session, shell, type WebContents } from 'electron';
import { currentUserName } from './core/actor';
import { createCore, type Core, type DesktopOperations } from './core/core';
import { redactUrl } from './core/db/postgres';
import { chooseTeamStore, readTeamStoreConfig, type TeamStoreConfig } from './core/team-sign-in/config';
import { SignInGate } from './core/team-sign-in/gate';
import { createTeamCore } from './core/team-core';
import { outboxPlaceWithKey } from './core/team-outbox';
import type { Router } from './core/router';
import { readFlag, resolveDataDir } from './core/data-dir';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { openAppLog } from './app-log';
import { closeChairWindows, registerChairWindows } from './chair-window';
import { contextMenuTemplate } from './context-menu';
import { desktopDataKey } from './desktop-key';
import { registerCertificateChooser } from './certificate-file';
import { registerFilingFolders } from './filing-folder';
import { flushBeforeClosing, markQuitting, requestFlush } from './flush-on-close';
import { keychainPasswordKeeper } from './kept-password';
import { registerIpcTransport, registerLiveTransport } from './ipc-transport';
import { LiveRelay } from './core/live-relay';
import { menuTemplate } from './menu';
import { missingEngineMessage, nativeBindingPath } from './native-binding';
import { hardenSession, hardenWebContents } from './security/harden';
import { APP_ENTRY_URL } from './security/origin';
import { hardenedWebPreferences } from './security/web-preferences';
import { closeWithTheSession, Shutdown } from './shutdown';
import { setUpSpelling } from './spelling';
import { careForWindow } from './window-care';

// On Windows keep data in the local (not roaming) profile: SQLite must never live on a synced or network share.
if (process.platform === 'win32' && process.env.LOCALAPPDATA) {
  app.setPath('userData', path.join(process.env.LOCALAPPDATA, 'Panelroom'));
}
// A profile of its own (log, dictionary, single-instance lock), for the packaged smoke test or a second copy.
const userDataFlag = readFlag(process.argv, '--user-data-dir');
if (userDataFlag) app.setPath('userData', path.resolve(userDataFlag));

const log = openAppLog(path.join(app.getPath('userData'), 'logs'));
const ownWindows = new Set<number>();
const devTools = process.env.PANELROOM_DEVTOOLS === '1';
let core: Core | undefined;
/** With a team store: the sign-in gate in front of its core (core is set while signed in). */
let gate: SignInGate | undefined;
let mainWindow: BrowserWindow | undefined;
let appRoot = '';
/** What the open core hears as it happens, passed on to every window. */
const live = new LiveRelay();

const shutdown = new Shutdown({
  flushWindows: () => Promise.all(BrowserWindow.getAllWindows().map((w) => requestFlush(w.webContents))).then(() => undefined),
  closeCore: (options) => (gate ? gate.close(options) : (core?.close(options) ?? Promise.resolve())),
  closeCoreNow: () => core?.closeNow(),
  exit: () => {
    // Every window has saved through the core: they close now without asking again.
    markQuitting();
    app.quit();
  },
  log: (message) => log.info(message),
  unsharedSaves: async () => {
    const status = await core?.router.call('outbox.status', undefined);
    return status?.ok ? (status.value as { waiting: number }).waiting : 0;
  },
  confirmClosingUnshared: async (count) => {
    const parent = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
    const question = {
      type: 'warning' as const,
      title: 'Not yet shared',
      message: `${count === 1 ? 'One save is' : `${count} saves are`} kept on this laptop but not yet shared with the team store.`,
      detail:
        'Panelroom cannot reach the team store just now. What was typed is safe on this laptop and is shared the next time you sign in here. If you stay open, it is shared as soon as the team store can be reached.',
      buttons: ['Close Panelroom', 'Stay open'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const { response } = parent ? await dialog.showMessageBox(parent, question) : await dialog.showMessageBox(question);
    if (response === 0) return true;
    // The window may already have closed (its close led here): staying open brings it back.
    if (!mainWindow || mainWindow.isDestroyed()) mainWindow = createMainWindow();
    return false;
  },
});

process.on('uncaughtException', (err) => log.error('Uncaught exception in the main process', err));
process.on('unhandledRejection', (err) => log.error('Unhandled rejection in the main process', err));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  // Launching Panelroom again brings its window back, or opens one if there is none (after a crash of the page, say).
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    } else if ((core || gate) && app.isReady()) {
      mainWindow = createMainWindow();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (what, url) => log.warn(`Refused ${what} ${safeForLog(url)}`));
    contents.on('context-menu', (_e, params) => showContextMenu(contents, params));
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') log.warn(`A ${details.type} process stopped: ${details.reason} (exit code ${details.exitCode}).`);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (shutdown.finished) return;
    event.preventDefault();
    void shutdown.begin('quit');
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      log.error('Start-up failed', err);
      dialog.showErrorBox('Panelroom could not start', err instanceof Error ? err.message : String(err));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  log.info(`Panelroom ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform}-${process.arch}).`);
  hardenSession(session.defaultSession);
  appRoot = app.getAppPath();
  setUpSpelling(session.defaultSession, {
    platform: process.platform,
    userData: app.getPath('userData'),
    shippedDictionary: path.join(appRoot, 'build', 'dictionaries', 'en-GB-10-1.bdic'),
    log: (message) => log.warn(message),
  });
  serveRenderer(path.join(appRoot, 'dist', 'renderer'));
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  const team = readTeamStoreConfig(dataDir);
  if (team.kind === 'invalid') return void refuseToStart(team.message);

  let router: Router;
  let desktop: DesktopOperations;
  let about: string;
  if (team.kind === 'team') {
    const opened = await openGate(dataDir, team.config);
    if (!opened) return;
    gate = opened;
    router = opened.router;
    desktop = signedInDesktop(opened);
    about = `Your data is kept on the council’s team store (${redactUrl(team.config.url)}); its backups are the council server’s.\n\nLog: ${log.folder}`;
  } else {
    core = await openCoreOrExplain(dataDir);
    if (!core) return;
    live.follow(core.changes);
    router = core.router;
    desktop = core.desktop;
    about = `Your data is kept on this computer only, encrypted, in:\n${dataDir}\n\nLog: ${log.folder}`;
  }
  registerIpcTransport(router, ownWindows);
  registerLiveTransport(live, ownWindows);
  registerChairWindows(appRoot, ownWindows);
  registerFilingFolders(desktop, ownWindows);
  registerCertificateChooser(ownWindows);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        process.platform,
        {
          showDataFolder: () => void shell.openPath(dataDir),
          showLogFolder: () => void shell.openPath(log.folder),
          reload: () => {
            const contents = BrowserWindow.getFocusedWindow()?.webContents;
            if (contents) void requestFlush(contents).then(() => contents.reload());
          },
          about: () => void dialog.showMessageBox({ type: 'info', title: 'About Panelroom', message: `Panelroom ${app.getVersion()}`, detail: about }),
          ...(gate ? { signOut: () => void signOut() } : {}),
        },
        { devTools },
      ),
    ),
  );
  mainWindow = createMainWindow();
  // After the window is up, so start-up stays fast: the integrity check runs on a worker thread, then backups begin.
  if (!gate) mainWindow.once('ready-to-show', () => void core?.startBackgroundWork());
}

/**
 * A council's team store: the gate answers the sign-in screen until the person signs in. A
 * password kept in the keychain signs in at once; a refused one opens the screen with the reason.
 */
async function openGate(dataDir: string, config: TeamStoreConfig): Promise<SignInGate | undefined> {
  const onInternalError = (name: string, err: unknown) => log.error(`Internal error in ${name}`, err);
  const onNotice = (message: string) => log.info(message);
  try {
    // Saves of the minutes made while the team store cannot be reached wait in an outbox in the data folder, under its key.
    const binding = nativeBindingPath(appRoot, process.platform, process.arch, process.versions.modules);
    const outbox = outboxPlaceWithKey(dataDir, await desktopDataKey(dataDir, safeStorage, process.platform), fs.existsSync(binding) ? binding : undefined, onNotice);
    const opened = new SignInGate({
      config,
      mode: 'desktop',
      appVersion: app.getVersion(),
      dataDir,
      open: (address) => createTeamCore({ address, appVersion: app.getVersion(), mode: 'desktop', onInternalError, onNotice, outbox }),
      save: (input) => chooseTeamStore(dataDir, input),
      keeper: keychainPasswordKeeper(app.getPath('userData'), safeStorage, process.platform),
      onSignedIn: (signedIn) => {
        core = signedIn;
        live.follow(signedIn.changes);
        log.info('Signed in to the team store.');
        void signedIn.startBackgroundWork();
      },
      onSignedOut: () => {
        core = undefined;
        live.follow(null);
        log.info('Signed out of the team store.');
      },
      onInternalError,
      onNotice,
    });
    await opened.start();
    return opened;
  } catch (err) {
    log.error('The team store could not be used', err);
    return refuseToStart(err instanceof Error ? err.message : String(err));
  }
}

/** The shell's own filing work goes to the team store's core while signed in, and is refused before. */
function signedInDesktop(signInGate: SignInGate): DesktopOperations {
  const refused = { ok: false, error: { code: 'FORBIDDEN', message: 'Sign in to the team store first. Nothing has been read or changed.' } } as const;
  return {
    checkFiling: (meetingId) => signInGate.current?.desktop.checkFiling(meetingId) ?? Promise.resolve(refused),
    exportForFiling: (meetingId, parentDir) => signInGate.current?.desktop.exportForFiling(meetingId, parentDir) ?? Promise.resolve(refused),
    filingFolder: (meetingId) => signInGate.current?.desktop.filingFolder(meetingId) ?? Promise.resolve(refused),
  };
}

/** The menu's Sign out: every window saves what it holds first, then the gate closes the core and the window shows the sign-in screen. */
async function signOut(): Promise<void> {
  await Promise.all(BrowserWindow.getAllWindows().map((w) => requestFlush(w.webContents)));
  closeChairWindows();
  await gate?.signOut();
  mainWindow?.webContents.reload();
}

/** A damaged, locked or newer data file opens in recovery (the window explains it); only a failure to start at all ends here. */
async function openCoreOrExplain(dataDir: string): Promise<Core | undefined> {
  const binding = nativeBindingPath(appRoot, process.platform, process.arch, process.versions.modules);
  const engineMissing = missingEngineMessage(fs.existsSync(binding), app.isPackaged);
  if (engineMissing) return refuseToStart(engineMissing);
  try {
    return await createCore({
      dataDir,
      actor: currentUserName(),
      appVersion: app.getVersion(),
      mode: 'desktop',
      nativeBinding: binding,
      dataKey: await desktopDataKey(dataDir, safeStorage, process.platform),
      onInternalError: (name, err) => log.error(`Internal error in ${name}`, err),
      onNotice: (message) => log.info(message),
    });
  } catch (err) {
    log.error('The data could not be opened', err);
    return refuseToStart(err instanceof Error ? err.message : String(err));
  }
}

function refuseToStart(message: string): undefined {
  log.warn(message);
  dialog.showErrorBox('Panelroom cannot open its data', message);
  app.exit(1);
  return undefined;
}

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Panelroom',
    backgroundColor: '#ffffff',
    icon: path.join(appRoot, 'build', 'icon.png'),
    webPreferences: hardenedWebPreferences(path.join(appRoot, 'dist', 'electron', 'preload.cjs')),
  });
  const id = win.webContents.id;
  ownWindows.add(id);
  win.on('closed', () => {
    ownWindows.delete(id);
    if (mainWindow === win) mainWindow = undefined;
    closeChairWindows();
  });
  careForWindow(win, {
    ask: (q) => dialog.showMessageBox(win, { type: 'warning', title: q.title, message: q.message, detail: q.detail, buttons: q.buttons, defaultId: 0, noLink: true }).then((r) => r.response),
    quit: () => app.quit(),
    log,
    logFolder: log.folder,
  });
  flushBeforeClosing(win);
  closeWithTheSession(win, shutdown);
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

function showContextMenu(contents: WebContents, params: Electron.ContextMenuParams): void {
  const template = contextMenuTemplate(params, {
    replaceMisspelling: (word) => contents.replaceMisspelling(word),
    addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
  });
  if (template.length === 0) return;
  const window = BrowserWindow.fromWebContents(contents) ?? undefined;
  Menu.buildFromTemplate(template).popup(window ? { window } : {});
}

/** A refused address may carry words from the page in its query or fragment: only where it pointed goes in the log. */
function safeForLog(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(not an address)';
  }
}
