import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Which page a call came from (a window of the desktop app, a tab in browser mode), carried
 * through everything the call does, so the change it makes is not announced back to the page
 * that made it: that page already shows what its change answered, and reading it again under
 * the person's hands would undo what it chose to keep on screen. Every other page hears it.
 */
const origin = new AsyncLocalStorage<string>();

/** Runs a call as coming from this page (none given: from nowhere in particular). */
export function withCallOrigin<T>(page: string | undefined, work: () => T): T {
  return page ? origin.run(page, work) : work();
}

/** The page the call being served came from, if it said. */
export function currentCallOrigin(): string | undefined {
  return origin.getStore();
}
