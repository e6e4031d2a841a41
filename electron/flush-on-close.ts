import { ipcMain, type BrowserWindow, type WebContents } from 'electron';
import { FLUSH_CHANNEL, FLUSHED_CHANNEL } from '../shared/bridge';

/** Long enough for a save in flight; short enough that a hung page never stops the app closing. */
const FLUSH_TIMEOUT_MS = 3000;

let quitting = false;

/** The app is quitting and has flushed every window itself: windows close without asking again. */
export function markQuitting(): void {
  quitting = true;
}

/** Asks a window's page to save what is still waiting, and resolves when it says it has (or the time is up). */
export function requestFlush(contents: WebContents): Promise<void> {
  if (contents.isDestroyed()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ipcMain.removeListener(FLUSHED_CHANNEL, onFlushed);
      resolve();
    };
    const onFlushed = (event: Electron.IpcMainEvent) => {
      if (event.sender.id === contents.id) done();
    };
    const timer = setTimeout(done, FLUSH_TIMEOUT_MS);
    ipcMain.on(FLUSHED_CHANNEL, onFlushed);
    contents.send(FLUSH_CHANNEL);
  });
}

/**
 * Holds a window's close until its page has saved the last keystrokes: typing is saved
 * a fraction of a second after it stops, and closing inside that fraction must not lose it.
 */
export function flushBeforeClosing(win: BrowserWindow): void {
  let flushed = false;
  win.on('close', (event) => {
    if (flushed || quitting) return;
    event.preventDefault();
    void requestFlush(win.webContents).finally(() => {
      flushed = true;
      if (!win.isDestroyed()) win.close();
    });
  });
}
