import { useEffect, useState } from 'react';

/**
 * Runs `work` once the browser has painted the next frame (a task queued from that
 * frame's animation callback), so work that can wait never delays what is drawn first.
 * Returns the function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(work)));
  return () => {
    cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
  };
}

/** False for the first paint of the component, true straight after it. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}
