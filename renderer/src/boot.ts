import { currentPath } from './current-path';
import { prefetchTracker } from './pages/tracker/prefetch';

// Its own module script, listed before the app's in index.html, and free of React: it runs
// as soon as it arrives, while the browser is still reading the app's code, so the tracker
// (where most people land) has its first page on the way before React has even started.
if (currentPath() === '/tracker' || currentPath() === '/') prefetchTracker();
