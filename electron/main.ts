import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { currentUserName } from './core/actor';
import { createCore, type Core } from './core/core';
import { resolveDataDir } from './core/data-dir';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerChairWindows } from './chair-window';
import { registerFilingFolders } from './filing-folder';
import { flushBeforeClosing, markQuitting, requestFlush } from './flush-on-close';
import { registerIpcTransport } from './ipc-transport';
import { menuTemplate } from './menu';
import { nativeBindingPath } from './native-binding';
import { hardenSession, hardenWebContents } from './security/harden';
import { APP_ENTRY_URL } from './security/origin';
import { hardenedWebPreferences } from './security/web-preferences';

// On Windows keep data in the local (not roaming) profile: SQLite must never live on a synced or network share.
if (process.platform === 'win32' && process.env.LOCALAPPDATA) {
  app.setPath('userData', path.join(process.env.LOCALAPPDATA, 'Panelroom'));
}

const ownWindows = new Set<number>();
let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (what, url) => console.warn(`[panelroom] refused ${what} ${url}`)));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!core) return;
    event.preventDefault();
    const closing = core;
    core = undefined;
    // Every window saves its last keystrokes through the core before the core closes.
    markQuitting();
    void Promise.all(BrowserWindow.getAllWindows().map((w) => requestFlush(w.webContents)))
      .then(() => closing.close())
      .finally(() => app.quit());
  });
  app.whenReady().then(start).catch((err: unknown) => {
    dialog.showErrorBox('Panelroom could not start', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const appRoot = app.getAppPath();
  serveRenderer(path.join(appRoot, 'dist', 'renderer'));
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));

  core = await openCoreOrExplain(dataDir, appRoot);
  if (!core) return;
  registerIpcTransport(core.router, ownWindows);
  registerChairWindows(appRoot, ownWindows);
  registerFilingFolders(core.desktop, ownWindows);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, {
        showDataFolder: () => void shell.openPath(dataDir),
        about: () =>
          void dialog.showMessageBox({ type: 'info', title: 'About Panelroom', message: `Panelroom ${app.getVersion()}`, detail: `Your data is kept on this computer only, in:\n${dataDir}` }),
      }),
    ),
  );
  mainWindow = createMainWindow(appRoot);
  // After the window is up, so start-up stays fast: the integrity check runs on a worker thread, then backups begin.
  mainWindow.once('ready-to-show', () => void core?.startBackgroundWork());
}

/** A damaged or newer data file opens in recovery (the window explains it); only a failure to start at all ends here. */
async function openCoreOrExplain(dataDir: string, appRoot: string): Promise<Core | undefined> {
  const binding = nativeBindingPath(appRoot, process.platform, process.arch, process.versions.modules);
  try {
    return await createCore({
      dataDir,
      actor: currentUserName(),
      appVersion: app.getVersion(),
      mode: 'desktop',
      nativeBinding: fs.existsSync(binding) ? binding : undefined,
      onInternalError: (name, err) => console.error(`[panelroom] internal error in ${name}:`, err),
    });
  } catch (err) {
    dialog.showErrorBox('Panelroom cannot open its data', err instanceof Error ? err.message : String(err));
    app.exit(1);
    return undefined;
  }
}

function createMainWindow(appRoot: string): BrowserWindow {
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
  });
  win.once('ready-to-show', () => win.show());
  flushBeforeClosing(win);
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

