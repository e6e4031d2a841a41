import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  showDataFolder(): void;
  about(): void;
}

/**
 * A standard menu, so the keyboard shortcuts people expect (undo, copy, paste,
 * zoom, full screen, quit) work everywhere. No reload or developer tools: a
 * reload mid-meeting would only cost time.
 */
export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({ label: 'Panelroom', submenu: [{ label: 'About Panelroom', click: actions.about }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] });
  }
  template.push(
    { label: '&File', submenu: [{ label: 'Show data folder', click: actions.showDataFolder }, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' }] },
    {
      label: '&Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'pasteAndMatchStyle' }, { role: 'delete' }, { type: 'separator' }, { role: 'selectAll' }],
    },
    { label: '&View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    { label: '&Window', submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }] },
    { label: '&Help', role: 'help', submenu: [{ label: 'About Panelroom', click: actions.about }] },
  );
  return template;
}
