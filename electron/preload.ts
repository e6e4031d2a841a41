import { contextBridge, ipcRenderer } from 'electron';
import { CERTIFICATE_FILE_CHANNEL, CHAIR_VIEW_CHANNEL, FILING_EXPORT_CHANNEL, FILING_FOLDER_CHANNEL, FLUSH_CHANNEL, FLUSHED_CHANNEL, IPC_CHANNEL, LIVE_CHANNEL, LIVE_STATE_CHANNEL, type PanelroomBridge } from '../shared/bridge';
import type { FilingChecklist } from '../shared/schemas/filing';
import type { ApiResult } from '../shared/errors';

let beforeClose: (() => Promise<void>) | undefined;
// The shell asks before a window closes or the app quits; the answer comes once the renderer's pending saves are done (or failed).
ipcRenderer.on(FLUSH_CHANNEL, () => {
  void (beforeClose?.() ?? Promise.resolve())
    .catch(() => undefined)
    .finally(() => ipcRenderer.send(FLUSHED_CHANNEL));
});

// The renderer's only way out: one call into the router. No ipcRenderer, no Node.
const bridge: PanelroomBridge = {
  call: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input) as Promise<ApiResult<unknown>>,
  openChairView: (meetingId: number) => ipcRenderer.send(CHAIR_VIEW_CHANNEL, meetingId),
  setBeforeClose: (flush: () => Promise<void>) => {
    beforeClose = flush;
  },
  exportForFiling: (meetingId: number) => ipcRenderer.invoke(FILING_EXPORT_CHANNEL, meetingId) as Promise<ApiResult<FilingChecklist | null>>,
  openFilingFolder: (meetingId: number) => ipcRenderer.invoke(FILING_FOLDER_CHANNEL, meetingId) as Promise<ApiResult<null>>,
  chooseCertificateFile: () => ipcRenderer.invoke(CERTIFICATE_FILE_CHANNEL) as Promise<ApiResult<string | null>>,
  // The page hears the message alone, never the IPC event; the state of the link comes first.
  subscribeLive: (listener: (message: unknown) => void) => {
    const handler = (_event: unknown, message: unknown) => listener(message);
    ipcRenderer.on(LIVE_CHANNEL, handler);
    void ipcRenderer
      .invoke(LIVE_STATE_CHANNEL)
      .then((message: unknown) => {
        if (message) listener(message);
      })
      // No core to ask yet: the state arrives with its first message instead.
      .catch(() => undefined);
    return () => void ipcRenderer.removeListener(LIVE_CHANNEL, handler);
  },
  capabilities: { nativeDialogs: true, openFolder: true },
};

contextBridge.exposeInMainWorld('panelroom', bridge);
