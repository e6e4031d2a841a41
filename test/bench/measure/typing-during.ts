import { asShown } from '../../unit/support/shown-version';
import { performance } from 'node:perf_hooks';
import type { Core } from '../../../electron/core/core';
import { callOk } from './bench-core';

/** How often the minute-taker's screen saves while they type (a pause of this long). */
export const SAVE_EVERY_MS = 20;

/**
 * Runs `work` while a minute-taker keeps typing into one item: a minutes.save falls due
 * every 20 ms, arriving in a task of its own as a call from the window does, and each is
 * timed from when it fell due to its answer (a busy core delays the sending too).
 */
export async function typingDuring<T>(core: Core, itemId: number, work: () => Promise<T>): Promise<{ value: T; waits: number[] }> {
  const waits: number[] = [];
  let running = true;
  let typed = 0;
  const typing = (async () => {
    while (running) {
      const due = performance.now() + SAVE_EVERY_MS;
      await new Promise((resolve) => setTimeout(resolve, SAVE_EVERY_MS));
      await callOk(core, 'minutes.save', await asShown(core, { itemId, field: 'discussion', value: `The panel heard about the plan. ${'Typed. '.repeat(++typed)}` }));
      waits.push(performance.now() - due);
    }
  })();
  try {
    return { value: await work(), waits };
  } finally {
    running = false;
    await typing;
  }
}

/** The figures for a run of waits: how many, the median's row, and the slowest for the note. */
export function slowest(waits: readonly number[]): string {
  return `${waits.length} saves; the slowest ${Math.max(...waits).toFixed(0)} ms`;
}
