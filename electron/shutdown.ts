/** What closing the app involves, given by main.ts; typed here so the order can be driven without Electron. */
export interface ShutdownSteps {
  /** Asks every window to save what it is still holding (each answers, or its time runs out). */
  flushWindows(): Promise<void>;
  /** Closes the core: the backup on quit (unless the session is ending), then the database. */
  closeCore(options: { backup: boolean }): Promise<void>;
  /** The last resort when Windows is ending the session: close the database connection now, synchronously. */
  closeCoreNow(): void;
  /** Lets the app finish closing. */
  exit(): void;
  /** Team mode: how many saves wait in the laptop's outbox, not yet shared with the team store. */
  unsharedSaves?(): Promise<number>;
  /** Tells the person those saves are kept on this laptop for next time: true to close anyway, false to stay open. */
  confirmClosingUnshared?(count: number): Promise<boolean>;
  log(message: string): void;
}

/**
 * Closing the app, once, in order: every window's last keystrokes are saved through the core,
 * then the core closes. Windows' shutdown and sign-out skip `before-quit`, so they come here too.
 */
export class Shutdown {
  private running: Promise<void> | undefined;
  private done = false;
  private exited = false;

  constructor(private readonly steps: ShutdownSteps) {}

  get finished(): boolean {
    return this.done;
  }

  get started(): boolean {
    return this.running !== undefined;
  }

  begin(reason: 'quit' | 'session-end'): Promise<void> {
    this.running ??= (async () => {
      this.steps.log(reason === 'quit' ? 'Closing.' : 'Windows is ending the session: saving and closing.');
      try {
        await this.steps.flushWindows();
        // Saves not yet shared stay in the outbox either way; on a quit the person is told, and may stay open to let them go.
        if (reason === 'quit' && !(await this.closingUnsharedAgreed())) {
          this.steps.log('Closing was put off: saves on this laptop are not yet shared with the team store.');
          this.running = undefined;
          return;
        }
        await this.close(reason);
      } catch (err) {
        this.steps.log(`Closing did not finish cleanly (${err instanceof Error ? err.name : typeof err}).`);
        this.finish();
      }
    })();
    return this.running;
  }

  private async close(reason: 'quit' | 'session-end'): Promise<void> {
    try {
      await this.steps.closeCore({ backup: reason === 'quit' });
    } finally {
      this.finish();
    }
  }

  private finish(): void {
    if (this.exited) return;
    this.exited = true;
    this.done = true;
    this.steps.exit();
  }

  private async closingUnshared(): Promise<number> {
    try {
      return (await this.steps.unsharedSaves?.()) ?? 0;
    } catch {
      return 0;
    }
  }

  private async closingUnsharedAgreed(): Promise<boolean> {
    const count = await this.closingUnshared();
    if (count === 0 || !this.steps.confirmClosingUnshared) return true;
    return this.steps.confirmClosingUnshared(count);
  }

  /** Windows has decided: the session ends now. Whatever has not closed is closed synchronously. */
  endSessionNow(): void {
    if (this.done) return;
    this.steps.log('The session ended before closing finished: the data file was closed at once.');
    this.done = true;
    this.steps.closeCoreNow();
  }
}

/** The slice of a BrowserWindow that hears Windows' shutdown and sign-out (these events exist on Windows only). */
export interface SessionEndWindow {
  on(event: 'query-session-end' | 'session-end', listener: (event: { reasons: string[]; preventDefault(): void }) => void): unknown;
}

/**
 * On Windows, shutting down or signing out does not emit `before-quit`. When Windows asks,
 * the app holds the shutdown only while it saves (a second or two; never when Windows says
 * the shutdown is critical), then closes itself and lets Windows carry on. If Windows ends
 * the session anyway, the data file is closed there and then.
 */
export function closeWithTheSession(win: SessionEndWindow, shutdown: Shutdown): void {
  win.on('query-session-end', (event) => {
    if (shutdown.finished) return;
    if (!event.reasons.includes('critical')) event.preventDefault();
    void shutdown.begin('session-end');
  });
  win.on('session-end', () => shutdown.endSessionNow());
}
