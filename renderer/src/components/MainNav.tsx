import { ROUTES, type Route } from '../routes';

const SECTIONS = [...new Set(ROUTES.flatMap((r) => (r.section ? [r.section] : [])))];

/** Built from the route list, so it only ever offers pages that exist. */
export function MainNav({ current }: { current: Route }) {
  return (
    <nav className="app__nav" aria-label="Main">
      {SECTIONS.map((section) => (
        <div key={section} className="nav-section">
          <h2 className="nav-section__title">{section}</h2>
          <ul>
            {ROUTES.filter((r) => r.section === section).map((r) => (
              <li key={r.pattern}>
                <a className="nav-link" href={`#${r.pattern}`} aria-current={r === current ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
