import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startLive } from './api/live';
import { queryClient } from './api/query-client';
import { prefetchSettled } from './pages/tracker/prefetch';
import './styles.css';

/** How long the first render waits for the tracker's early answer; a slow answer shows “Loading…” instead. */
const FIRST_RENDER_WAITS_MS = 300;

// Other windows' and other laptops' changes are followed from the start.
startLive();

const root = createRoot(document.getElementById('root')!);
// One first render with the tracker's rows in it, rather than an empty page laid out and then laid out again.
void prefetchSettled(FIRST_RENDER_WAITS_MS).then(() =>
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
