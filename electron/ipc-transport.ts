import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, LIVE_CHANNEL, LIVE_STATE_CHANNEL } from '../shared/bridge';
import type { ApiResult } from '../shared/errors';
import { withCallOrigin } from './core/call-origin';
import type { LiveRelay } from './core/live-relay';
import type { Router } from './core/router';
import { isTrustedEvent, REFUSED_SENDER } from './security/trusted-sender';

/** One channel carries every procedure; the sender is checked before the router sees anything. */
export function registerIpcTransport(router: Router, ownWindows: ReadonlySet<number>): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    const trusted = isTrustedEvent(event, ownWindows);
    if (!trusted) return REFUSED_SENDER;
    // The window is named as the call's origin: the change it makes is announced to the other windows, not back to it.
    return withCallOrigin(windowOrigin(event.sender.id), () => router.call(name, input));
  });
}

const windowOrigin = (id: number) => `window:${id}`;

/**
 * The desktop's way of telling its windows what the core hears as it happens: every message
 * goes to each of the app's own windows (the main window and any chair's view) but the one
 * whose call made the change, and a window that has just loaded asks for the state of the link once.
 */
export function registerLiveTransport(relay: LiveRelay, ownWindows: ReadonlySet<number>): void {
  relay.subscribe((message, origin) => {
    for (const id of ownWindows) {
      if (origin === windowOrigin(id)) continue;
      const contents = webContents.fromId(id);
      if (contents && !contents.isDestroyed()) contents.send(LIVE_CHANNEL, message);
    }
  });
  ipcMain.handle(LIVE_STATE_CHANNEL, (event: IpcMainInvokeEvent) => (isTrustedEvent(event, ownWindows) ? relay.linkMessage() : null));
}
