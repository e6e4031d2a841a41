import type { RenderProcessGoneDetails } from 'electron';

/** The slice of a BrowserWindow this module uses, typed structurally so it can be driven without Electron. */
export interface CaredForWindow {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  isVisible(): boolean;
  isDestroyed(): boolean;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>) => void): unknown;
    on(event: 'did-fail-load', listener: (event: unknown, errorCode: number, errorDescription: string, validatedURL: string, isMainFrame: boolean) => void): unknown;
    on(event: 'preload-error', listener: (event: unknown, preloadPath: string, error: Error) => void): unknown;
    reload(): void;
    forcefullyCrashRenderer(): void;
  };
}

export interface Question {
  title: string;
  message: string;
  detail: string;
  /** The first is the default. */
  buttons: string[];
}

export interface WindowCareOptions {
  /** Shows a message box over the window; resolves to the index of the button chosen. */
  ask(question: Question): Promise<number>;
  quit(): void;
  log: { warn(message: string): void; error(context: string, err: unknown): void };
  logFolder: string;
  /** A window not ready to show by then is shown anyway, so a page that failed early never leaves an invisible window holding the app open. */
  showWithinMs?: number;
  now?: () => number;
}

const SAFE = 'Everything that was saved is safe: each change is written to the disk as it is made.';

/**
 * What happens when a window's page fails, so no one is left looking at a white window, or
 * at nothing at all: it is shown, the failure is logged, and the person is offered the way
 * back (reload the page, or quit Panelroom).
 */
export function careForWindow(win: CaredForWindow, options: WindowCareOptions): void {
  const now = options.now ?? Date.now;
  const crashes: number[] = [];
  let asking = false;

  const reveal = () => {
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  };
  const offer = (question: Question, onChoice: (index: number) => void) => {
    if (asking || win.isDestroyed()) return;
    asking = true;
    reveal();
    void options
      .ask(question)
      .then(onChoice)
      .finally(() => (asking = false));
  };

  win.once('ready-to-show', reveal);
  const shown = setTimeout(() => {
    if (!win.isDestroyed() && !win.isVisible()) {
      options.log.warn('The window was not ready to show in time; shown anyway.');
      reveal();
    }
  }, options.showWithinMs ?? 15_000);
  shown.unref?.();

  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    options.log.warn(`The window's page stopped: ${details.reason} (exit code ${details.exitCode}).`);
    const at = now();
    crashes.push(at);
    const recent = crashes.filter((t) => at - t < 60_000).length;
    const again = recent >= 3 ? ` It has stopped ${recent} times in the last minute: if it keeps happening, send the log (Help > Show log folder, at ${options.logFolder}) to your IT service desk.` : '';
    offer(
      { title: 'Panelroom', message: 'Panelroom’s window stopped working.', detail: `${SAFE} Reload the window to carry on.${again}`, buttons: ['Reload', 'Quit Panelroom'] },
      (choice) => (choice === 0 ? win.webContents.reload() : options.quit()),
    );
  });

  win.on('unresponsive', () => {
    options.log.warn('The window stopped responding.');
    offer(
      { title: 'Panelroom', message: 'Panelroom’s window is not responding.', detail: `Wait a moment, or reload the window. ${SAFE}`, buttons: ['Wait', 'Reload'] },
      (choice) => {
        if (choice !== 1) return;
        // A page that is stuck will not reload by itself: end its process first, then load it afresh.
        win.webContents.forcefullyCrashRenderer();
        win.webContents.reload();
      },
    );
  });

  const cannotLoad = () =>
    offer(
      { title: 'Panelroom', message: 'Panelroom could not load its window.', detail: 'Its files may be missing or damaged: try again, and if it happens again install Panelroom again. Your data is not affected.', buttons: ['Try again', 'Quit Panelroom'] },
      (choice) => (choice === 0 ? win.webContents.reload() : options.quit()),
    );
  win.webContents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    // -3 is an aborted load (a reload or a navigation replaced it): not a failure.
    if (!isMainFrame || errorCode === -3) return;
    options.log.warn(`The window's page did not load: ${errorDescription} (${errorCode}).`);
    cannotLoad();
  });
  win.webContents.on('preload-error', (_event, _preloadPath, error) => {
    options.log.error('The window’s preload script failed', error);
    cannotLoad();
  });
}
