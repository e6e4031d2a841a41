import fs from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, shell } from 'electron';
import { FILING_EXPORT_CHANNEL, FILING_FOLDER_CHANNEL } from '../shared/bridge';
import type { ApiResult } from '../shared/errors';
import type { FilingChecklist } from '../shared/schemas/filing';
import type { DesktopOperations } from './core/core';
import { isTrustedEvent, REFUSED_SENDER } from './security/trusted-sender';

const BAD_ID = { ok: false, error: { code: 'INVALID_INPUT', message: 'That is not a meeting.' } } as const;

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A trusted sender and a plain meeting id, or an error: the same checks as every other IPC call. */
function checked(event: IpcMainInvokeEvent, meetingId: unknown, ownWindows: ReadonlySet<number>): ApiResult<number> {
  if (!isTrustedEvent(event, ownWindows)) return REFUSED_SENDER;
  if (typeof meetingId !== 'number' || !Number.isSafeInteger(meetingId) || meetingId <= 0) return BAD_ID;
  return { ok: true, value: meetingId };
}

/**
 * Export for filing on the desktop: the person chooses a folder in the system's own
 * dialog and the core writes the meeting's folder of extracts inside it. The page
 * only ever sends a meeting id; every path comes from the dialog or the core's record.
 */
export function registerFilingFolders(desktop: DesktopOperations, ownWindows: ReadonlySet<number>): void {
  // Where the person last chose, for this run of the app: business support file to the same place every week.
  let lastParent: string | undefined;

  ipcMain.handle(FILING_EXPORT_CHANNEL, async (event, meetingId: unknown): Promise<ApiResult<FilingChecklist | null>> => {
    const id = checked(event, meetingId, ownWindows);
    if (!id.ok) return id;
    // Say why first (minutes not approved, say), rather than after the person has chosen a folder.
    const ready = await desktop.checkFiling(id.value);
    if (!ready.ok) return ready;
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: 'Choose where to save the folder for filing',
      buttonLabel: 'Save here',
      defaultPath: lastParent ?? app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    };
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const parent = choice.filePaths[0];
    if (choice.canceled || !parent) return { ok: true, value: null };
    lastParent = parent;
    return desktop.exportForFiling(id.value, parent);
  });

  ipcMain.handle(FILING_FOLDER_CHANNEL, async (event, meetingId: unknown): Promise<ApiResult<null>> => {
    const id = checked(event, meetingId, ownWindows);
    if (!id.ok) return id;
    const folder = await desktop.filingFolder(id.value);
    if (!folder.ok) return folder;
    // A folder, not whatever has since taken its name: opening a file would run it.
    if (!folder.value || !isFolder(folder.value)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'The folder for filing is not where it was written: it may have been moved or deleted. Export for filing again.' } };
    }
    const problem = await shell.openPath(folder.value);
    return problem ? { ok: false, error: { code: 'STORAGE', message: `The folder could not be opened: ${problem}` } } : { ok: true, value: null };
  });
}
