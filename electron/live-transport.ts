import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import { LIVE_CHANNEL, LIVE_STATE_CHANNEL } from '../shared/bridge';
import type { LiveRelay } from './core/live-relay';
import { isTrustedEvent } from './security/trusted-sender';

/**
 * The desktop's way of telling its windows what the core hears as it happens: every message
 * goes to each of the app's own windows (the main window and any chair's view), and a window
 * that has just loaded asks for the state of the link once.
 */
export function registerLiveTransport(relay: LiveRelay, ownWindows: ReadonlySet<number>): void {
  relay.subscribe((message) => {
    for (const id of ownWindows) {
      const contents = webContents.fromId(id);
      if (contents && !contents.isDestroyed()) contents.send(LIVE_CHANNEL, message);
    }
  });
  ipcMain.handle(LIVE_STATE_CHANNEL, (event: IpcMainInvokeEvent) => (isTrustedEvent(event, ownWindows) ? relay.linkMessage() : null));
}
