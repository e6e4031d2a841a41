import type { ApiResult } from './errors';

/** What the desktop shell can do that a browser tab cannot. */
export interface Capabilities {
  nativeDialogs: boolean;
  openFolder: boolean;
}

/**
 * The only thing the preload puts on `window`: one typed call into the router.
 * The renderer cannot reach ipcRenderer, Node or the file system.
 */
export interface PanelroomBridge {
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
  capabilities: Capabilities;
}

export const IPC_CHANNEL = 'panelroom:call';
