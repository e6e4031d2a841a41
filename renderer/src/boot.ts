import { prefetchTracker } from './pages/tracker/prefetch';
import { currentPath } from './routing';

// Imported first by main.tsx, so this runs before React's own code is evaluated: the
// tracker, where most people land, has its first page on the way while the app starts.
if (currentPath() === '/tracker' || currentPath() === '/') prefetchTracker();
