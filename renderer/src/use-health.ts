import type { Health } from '../../shared/schemas/safety';
import { useProcedure } from './api/use-procedure';
import { useAfterFirstPaint } from './components/after-paint';

/** Asked once a second while the check runs (or the question fails), for three minutes at most. */
const POLL_MS = 1000;
const MAX_READS = 181;

/**
 * The state of the data file. The integrity check runs after the window opens,
 * so while it says "checking" this asks again every second.
 */
export function useHealth(): { health: Health | undefined; recheck(): void } {
  // After the first paint: the page's own data comes first, and a damaged file fails that request anyway.
  const painted = useAfterFirstPaint();
  const health = useProcedure('app.health', undefined, {
    enabled: painted,
    // A request that failed (the machine busy, the app restarting) is asked again rather than ending the watch.
    poll: (h, error, reads) => ((h?.status === 'checking' || error !== undefined) && reads < MAX_READS ? POLL_MS : false),
    pollWhileHidden: true,
  });
  return { health: health.data, recheck: () => void health.reload() };
}
