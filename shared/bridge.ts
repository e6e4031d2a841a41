import type { ApiResult } from './errors';
import type { FilingChecklist } from './schemas/filing';

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
  /** Opens the chair's read-only view of a meeting beside the minute-taker's: a second window on the desktop, a second tab in a browser. */
  openChairView(meetingId: number): void;
  /**
   * What to run before the window closes or the app quits: the renderer saves anything
   * still waiting (typed in the last fraction of a second). The shell waits for it, briefly.
   */
  setBeforeClose(flush: () => Promise<void>): void;
  /**
   * Desktop only: asks where to put the folder for filing (a native folder dialog), writes
   * every child's extract into it and answers with the checklist; null if the person
   * cancelled. The page never names a path: the shell's dialog does.
   */
  exportForFiling(meetingId: number): Promise<ApiResult<FilingChecklist | null>>;
  /** Desktop only: opens the meeting's last folder for filing in the file manager. */
  openFilingFolder(meetingId: number): Promise<ApiResult<null>>;
  /** Desktop only: the council's CA certificate file, chosen in the system's own dialog; null if the person cancelled. */
  chooseCertificateFile(): Promise<ApiResult<string | null>>;
  /**
   * Hears what the core says as it happens (see `shared/live.ts`): the changes other windows
   * and laptops make, and the state of the link to a team store. Messages arrive unchecked:
   * the renderer parses each one. Returns the function that stops listening.
   */
  subscribeLive(listener: (message: unknown) => void): () => void;
  capabilities: Capabilities;
}

export const IPC_CHANNEL = 'panelroom:call';
export const CHAIR_VIEW_CHANNEL = 'panelroom:chair-view';
export const FLUSH_CHANNEL = 'panelroom:flush';
export const FLUSHED_CHANNEL = 'panelroom:flushed';
export const FILING_EXPORT_CHANNEL = 'panelroom:export-for-filing';
export const FILING_FOLDER_CHANNEL = 'panelroom:open-filing-folder';
export const CERTIFICATE_FILE_CHANNEL = 'panelroom:choose-certificate-file';
export const LIVE_CHANNEL = 'panelroom:live';
export const LIVE_STATE_CHANNEL = 'panelroom:live-state';
/** Browser mode's stream of the same messages (Server-Sent Events), guarded like every call. */
export const LIVE_PATH = '/live';

/** The app route of a meeting's chair's view. */
export function chairViewPath(meetingId: number): string {
  return `/meetings/${meetingId}/chair`;
}
