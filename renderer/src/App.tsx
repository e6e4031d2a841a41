import { useEffect, useRef, useState } from 'react';
import { call } from './api/client';
import { HOME_PATH, ROUTES, type Route } from './routes';
import { matchPath, navigate, useHashPath } from './routing';

export function App() {
  const path = useHashPath();
  const mainRef = useRef<HTMLElement>(null);
  const [checkedFirstRun, setCheckedFirstRun] = useState(false);

  // A brand-new, empty Panelroom opens on the welcome screen rather than an empty tracker.
  useEffect(() => {
    call('app.status')
      .then((s) => {
        if (path === '/' && s.teams === 0 && s.children === 0) navigate('/welcome');
        else if (path === '/') navigate(HOME_PATH);
      })
      .catch(() => undefined)
      .finally(() => setCheckedFirstRun(true));
    // only on first load
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { route, params } = resolveRoute(path);
  const sections = [...new Set(ROUTES.flatMap((r) => (r.section ? [r.section] : [])))];

  useEffect(() => {
    document.title = `${route.label} – Panelroom`;
  }, [route]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to main content
      </a>
      <header className="app__header">
        <span className="app__name">Panelroom</span>
        <span className="app__marking">OFFICIAL-SENSITIVE</span>
      </header>
      <div className="app__body">
        <nav className="app__nav" aria-label="Main">
          {sections.map((section) => (
            <div key={section} className="nav-section">
              <h2 className="nav-section__title">{section}</h2>
              <ul>
                {ROUTES.filter((r) => r.section === section).map((r) => (
                  <li key={r.pattern}>
                    <a className="nav-link" href={`#${r.pattern}`} aria-current={r === route ? 'page' : undefined}>
                      {r.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <main id="main" className="app__main" ref={mainRef} tabIndex={-1}>
          {checkedFirstRun || path !== '/' ? route.render(params) : null}
        </main>
      </div>
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
