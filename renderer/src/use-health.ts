import { useCallback, useEffect, useState } from 'react';
import type { Health } from '../../shared/schemas/safety';
import { call } from './api/client';
import { afterNextPaint } from './components/after-paint';

/**
 * The state of the data file. The integrity check runs after the window opens,
 * so while it says "checking" this asks again every second.
 */
export function useHealth(): { health: Health | undefined; recheck(): void } {
  const [health, setHealth] = useState<Health>();
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = (tries: number) => {
      call('app.health')
        .then((h) => {
          if (stopped) return;
          setHealth(h);
          if (h.status === 'checking' && tries > 0) timer = setTimeout(() => poll(tries - 1), 1000);
        })
        // A request that failed (the machine busy, the app restarting) is asked again rather than ending the watch.
        .catch(() => {
          if (!stopped && tries > 0) timer = setTimeout(() => poll(tries - 1), 1000);
        });
    };
    // After the first paint: the page's own data comes first, and a damaged file fails that request anyway.
    const cancelFirst = afterNextPaint(() => poll(180));
    return () => {
      stopped = true;
      cancelFirst();
      if (timer) clearTimeout(timer);
    };
  }, [generation]);
  const recheck = useCallback(() => setGeneration((g) => g + 1), []);
  return { health, recheck };
}
