import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../shared/bridge';
import type { ApiResult } from '../shared/errors';
import type { Router } from './core/router';
import { isTrustedEvent, REFUSED_SENDER } from './security/trusted-sender';

/** One channel carries every procedure; the sender is checked before the router sees anything. */
export function registerIpcTransport(router: Router, ownWindows: ReadonlySet<number>): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    const trusted = isTrustedEvent(event, ownWindows);
    if (!trusted) return REFUSED_SENDER;
    return router.call(name, input);
  });
}
