import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { CERTIFICATE_FILE_CHANNEL } from '../shared/bridge';
import type { ApiResult } from '../shared/errors';
import { isTrustedEvent, REFUSED_SENDER } from './security/trusted-sender';

/**
 * The team store's CA certificate chosen in the system's own file dialog: IT hands people a
 * .pem or .crt file, and typing its full path is where set-up goes wrong. The page only
 * receives the path the person chose; the core checks the file when the address is saved.
 */
export function registerCertificateChooser(ownWindows: ReadonlySet<number>): void {
  ipcMain.handle(CERTIFICATE_FILE_CHANNEL, async (event): Promise<ApiResult<string | null>> => {
    if (!isTrustedEvent(event, ownWindows)) return REFUSED_SENDER;
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: 'Choose the council’s CA certificate',
      buttonLabel: 'Use this certificate',
      defaultPath: app.getPath('documents'),
      filters: [
        { name: 'Certificates', extensions: ['pem', 'crt', 'cer'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['openFile'],
    };
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const file = choice.filePaths[0];
    return { ok: true, value: choice.canceled || !file ? null : file };
  });
}
