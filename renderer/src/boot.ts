import { currentPath } from './current-path';
import { prefetchSignInStatus } from './pages/sign-in/prefetch';
import { prefetchTracker } from './pages/tracker/prefetch';

// Its own module script, listed before the app's in index.html, and free of React: it runs
// as soon as it arrives, while the browser is still reading the app's code. Whether a sign-in
// is needed decides the first screen, and the tracker (where most people land) is the page
// most often shown first, so both answers are on their way before React has even started.
prefetchSignInStatus();
if (currentPath() === '/tracker' || currentPath() === '/') prefetchTracker();
