import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../shared/bridge';
import type { ApiResult } from '../shared/errors';
import type { Router } from './core/router';
import { isTrustedSender } from './security/trusted-sender';

/** One channel carries every procedure; the sender is checked before the router sees anything. */
export function registerIpcTransport(router: Router, ownWindows: ReadonlySet<number>): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    const frame = event.senderFrame;
    const trusted = isTrustedSender(
      // A frame with no parent is the top frame (WebFrameMain objects are not guaranteed to be the same object twice).
      { senderId: event.sender.id, frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null },
      ownWindows,
    );
    if (!trusted) return { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not come from a Panelroom window and was refused.' } };
    return router.call(name, input);
  });
}
