import { performance } from 'node:perf_hooks';

export interface LoopOptions {
  warmup: number;
  runs: number;
  /** Called after every run (warm-up included), outside the timed span: memory sampling, checks. */
  after?: (result: unknown) => void;
}

/** Runs `fn` warm-up times untimed, then `runs` times timed; returns milliseconds per run. */
export async function timeLoop(fn: (i: number) => unknown, options: LoopOptions): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) options.after?.(await fn(-1 - i));
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const t0 = performance.now();
    const result = await fn(i);
    samples.push(performance.now() - t0);
    options.after?.(result);
  }
  return samples;
}

/** Times one async step. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export function collectGarbage(): void {
  globalThis.gc?.();
}
