import { contextBridge, ipcRenderer } from 'electron';
import { CHAIR_VIEW_CHANNEL, IPC_CHANNEL, type PanelroomBridge } from '../shared/bridge';
import type { ApiResult } from '../shared/errors';

// The renderer's only way out: one call into the router. No ipcRenderer, no Node.
const bridge: PanelroomBridge = {
  call: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input) as Promise<ApiResult<unknown>>,
  openChairView: (meetingId: number) => ipcRenderer.send(CHAIR_VIEW_CHANNEL, meetingId),
  capabilities: { nativeDialogs: true, openFolder: true },
};

contextBridge.exposeInMainWorld('panelroom', bridge);
