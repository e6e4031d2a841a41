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
  /** Opens the chair's read-only view of a meeting beside the minute-taker's: a second window on the desktop, a second tab in a browser. */
  openChairView(meetingId: number): void;
  /**
   * What to run before the window closes or the app quits: the renderer saves anything
   * still waiting (typed in the last fraction of a second). The shell waits for it, briefly.
   */
  setBeforeClose(flush: () => Promise<void>): void;
  capabilities: Capabilities;
}

export const IPC_CHANNEL = 'panelroom:call';
export const CHAIR_VIEW_CHANNEL = 'panelroom:chair-view';
export const FLUSH_CHANNEL = 'panelroom:flush';
export const FLUSHED_CHANNEL = 'panelroom:flushed';

/** The app route of a meeting's chair's view. */
export function chairViewPath(meetingId: number): string {
  return `/meetings/${meetingId}/chair`;
}
