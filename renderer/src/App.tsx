import { Suspense, useEffect, useState } from 'react';
import { useProcedure } from './api/use-procedure';
import { HOME_PATH, ROUTES, type Route } from './routes';
import { CurrentUserBanner } from './components/CurrentUserBanner';
import { MainNav } from './components/MainNav';
import { RecoveryPage } from './pages/recovery/RecoveryPage';
import { afterSignIn } from './pages/sign-in/after-sign-in';
import { SignInPage } from './pages/sign-in/SignInPage';
import { takePrefetchedSignInStatus } from './pages/sign-in/prefetch';
import { SignedInAs, StoreProvider, useTeamMode } from './team-mode';
import { discardPrefetchedTracker } from './pages/tracker/prefetch';
import { matchPath, navigate, useHashPath } from './routing';
import { useHeadingFocusOnNavigation } from './components/use-heading-focus';
import { useHealth } from './use-health';
import { currentPath } from './current-path';

/** With a council's team store the person signs in first; with the data on this computer the app opens as it always has. */
export function App() {
  const signIn = useProcedure('signIn.status', undefined, { answerFirst: takePrefetchedSignInStatus });
  if (signIn.loading && !signIn.data) return null;
  if (signIn.data?.required && !signIn.data.signedIn) return <SignInPage status={signIn.data} onSignedIn={(status) => afterSignIn(status, signIn.set)} onStoreChosen={signIn.set} />;
  return (
    <StoreProvider>
      <AppShell />
    </StoreProvider>
  );
}

function AppShell() {
  const path = useHashPath();
  // Only an app opened at its root ('/') asks whether this is a first run; a named page opens at once.
  const [openedAtRoot] = useState(() => path === '/');
  const status = useProcedure('app.status', undefined, { enabled: openedAtRoot });
  const checkedFirstRun = !openedAtRoot || !status.loading;
  const { health, recheck } = useHealth();
  // With a team store, who is using Panelroom is the login's person: nobody is asked.
  const teamMode = useTeamMode();
  useHeadingFocusOnNavigation(path);

  // A brand-new, empty Panelroom opens on the welcome screen rather than an empty tracker. Only
  // while the app still stands at its root: a person who has already gone to a page (a link, or
  // straight after signing in, when the answer is read again) is not taken away from it.
  const firstRun = status.data;
  useEffect(() => {
    if (!firstRun || currentPath() !== '/') return;
    navigate(firstRun.teams === 0 && firstRun.children === 0 ? '/welcome' : HOME_PATH);
  }, [firstRun]);

  const { route, params } = resolveRoute(path);

  useEffect(() => {
    document.title = `${route.label} – Panelroom`;
    if (route.pattern !== HOME_PATH) discardPrefetchedTracker();
  }, [route]);

  const unusable = health !== undefined && health.status !== 'ok' && health.status !== 'checking';

  // The chair's view fills its own window (a second screen): no header or navigation to read past.
  if (route.bare && !unusable) {
    return (
      <main id="main" className="app--bare" tabIndex={-1}>
        <Suspense fallback={<p aria-live="polite">Loading…</p>}>{route.render(params)}</Suspense>
      </main>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to main content
      </a>
      <header className="app__header">
        <span className="app__name">Panelroom</span>
        <SignedInAs />
        <span className="app__marking">OFFICIAL-SENSITIVE</span>
      </header>
      {health?.dataFolderWarning ? (
        <div className="banner banner--warning" role="alert">
          {health.dataFolderWarning}
        </div>
      ) : null}
      {unusable ? (
        <RecoveryPage
          health={health}
          onRecovered={() => {
            recheck();
            navigate(HOME_PATH);
          }}
        />
      ) : (
        <div className="app__body">
          <MainNav current={route} />
          <main id="main" className="app__main" tabIndex={-1}>
            {checkedFirstRun && route.pattern !== '/welcome' && !teamMode ? <CurrentUserBanner path={path} /> : null}
            <Suspense fallback={<p aria-live="polite">Loading…</p>}>{checkedFirstRun || path !== '/' ? route.render(params) : null}</Suspense>
          </main>
        </div>
      )}
    </div>
  );
}

function resolveRoute(path: string): { route: Route; params: Record<string, string> } {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return { route: ROUTES.find((r) => r.pattern === HOME_PATH)!, params: {} };
}
