import { useEffect, useRef } from 'react';
import { DEFAULT_PATH, ROUTES } from './routes';
import { useHashPath } from './routing';

export function App() {
  const path = useHashPath();
  const route = ROUTES.find((r) => r.path === path) ?? ROUTES.find((r) => r.path === DEFAULT_PATH)!;
  const mainRef = useRef<HTMLElement>(null);
  const sections = [...new Set(ROUTES.map((r) => r.section))];

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
                  <li key={r.path}>
                    <a className="nav-link" href={`#${r.path}`} aria-current={r === route ? 'page' : undefined}>
                      {r.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <main id="main" className="app__main" ref={mainRef} tabIndex={-1}>
          {route.render()}
        </main>
      </div>
    </div>
  );
}
