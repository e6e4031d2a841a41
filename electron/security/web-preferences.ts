import type { WebPreferences } from 'electron';

/**
 * The web preferences of every window. Each line closes a door a page could use
 * to reach the computer: the renderer gets the preload's one function and nothing else.
 */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // A middle-click would ask for a new window; they are all refused anyway, but this stops the request being made.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
    devTools: process.env.PANELROOM_DEVTOOLS === '1',
  };
}
