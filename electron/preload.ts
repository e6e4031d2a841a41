import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type PanelroomBridge } from '../shared/bridge';
import type { ApiResult } from '../shared/errors';

// The renderer's only way out: one call into the router. No ipcRenderer, no Node.
const bridge: PanelroomBridge = {
  call: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input) as Promise<ApiResult<unknown>>,
  capabilities: { nativeDialogs: true, openFolder: true },
};

contextBridge.exposeInMainWorld('panelroom', bridge);
