import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  showDataFolder(): void;
  showLogFolder(): void;
  /** Saves what the page is still holding, then reloads it: the way back from a page that has stopped answering. */
  reload(): void;
  about(): void;
  /** Team store only: signs out and returns to the sign-in screen. */
  signOut?(): void;
}

export interface MenuOptions {
  /** PANELROOM_DEVTOOLS=1: the windows allow developer tools, so the menu offers them. */
  devTools: boolean;
}

/**
 * A standard menu, so the keyboard shortcuts people expect (undo, copy, paste, zoom, full
 * screen, quit) work everywhere. Reload saves first; developer tools only when asked for.
 */
export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions, options: MenuOptions = { devTools: false }): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({ label: 'Panelroom', submenu: [{ label: 'About Panelroom', click: actions.about }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] });
  }
  const view: MenuItemConstructorOptions[] = [
    { label: 'Reload', accelerator: 'CmdOrCtrl+R', click: actions.reload },
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (options.devTools) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  template.push(
    {
      label: '&File',
      submenu: [
        ...(actions.signOut ? ([{ label: 'Sign out of the team store', click: actions.signOut }, { type: 'separator' }] satisfies MenuItemConstructorOptions[]) : []),
        { label: 'Show data folder', click: actions.showDataFolder },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'pasteAndMatchStyle' }, { role: 'delete' }, { type: 'separator' }, { role: 'selectAll' }],
    },
    { label: '&View', submenu: view },
    { label: '&Window', submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }] },
    { label: '&Help', role: 'help', submenu: [{ label: 'Show log folder', click: actions.showLogFolder }, { type: 'separator' }, { label: 'About Panelroom', click: actions.about }] },
  );
  return template;
}
