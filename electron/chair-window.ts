import path from 'node:path';
import { BrowserWindow, ipcMain, type IpcMainEvent } from 'electron';
import { CHAIR_VIEW_CHANNEL, chairViewPath } from '../shared/bridge';
import { APP_ENTRY_URL } from './security/origin';
import { isTrustedEvent } from './security/trusted-sender';
import { hardenedWebPreferences } from './security/web-preferences';

/** A chair's view per meeting: asking again brings the open one forward instead of stacking copies. */
const chairWindows = new Map<number, BrowserWindow>();

/** The chair's views follow the main window: closing it closes them, so the app never runs on with no way back to its main window. */
export function closeChairWindows(): void {
  for (const win of chairWindows.values()) if (!win.isDestroyed()) win.close();
}

/**
 * The chair's read-only view opens in a second window of the app's own, hardened like
 * the first (the pages themselves may never open windows). The request is checked like
 * any IPC call: a trusted sender and a plain meeting id, or nothing happens.
 */
export function registerChairWindows(appRoot: string, ownWindows: Set<number>): void {
  ipcMain.on(CHAIR_VIEW_CHANNEL, (event: IpcMainEvent, meetingId: unknown) => {
    if (!isTrustedEvent(event, ownWindows) || typeof meetingId !== 'number' || !Number.isSafeInteger(meetingId) || meetingId <= 0) return;
    const open = chairWindows.get(meetingId);
    if (open && !open.isDestroyed()) {
      open.focus();
      return;
    }
    const win = new BrowserWindow({
      width: 1280,
      height: 800,
      minWidth: 640,
      minHeight: 480,
      show: false,
      title: 'Panelroom: chair’s view',
      backgroundColor: '#ffffff',
      icon: path.join(appRoot, 'build', 'icon.png'),
      webPreferences: hardenedWebPreferences(path.join(appRoot, 'dist', 'electron', 'preload.cjs')),
    });
    const id = win.webContents.id;
    ownWindows.add(id);
    chairWindows.set(meetingId, win);
    win.on('closed', () => {
      ownWindows.delete(id);
      chairWindows.delete(meetingId);
    });
    win.once('ready-to-show', () => win.show());
    void win.loadURL(`${APP_ENTRY_URL}#${chairViewPath(meetingId)}`);
  });
}
