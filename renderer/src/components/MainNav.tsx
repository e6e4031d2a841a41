import { ROUTES, type Route } from '../routes';
import { useTeamMode } from '../team-mode';

const SECTIONS = [...new Set(ROUTES.flatMap((r) => (r.section ? [r.section] : [])))];

/** Built from the route list, so it only ever offers pages that exist (and, with a team store, that apply). */
export function MainNav({ current }: { current: Route }) {
  // With a team store, backups are the council server's: the page that takes them here is not offered.
  const teamMode = useTeamMode();
  const offered = (r: Route) => !(teamMode && r.onThisComputerOnly);
  return (
    <nav className="app__nav" aria-label="Main">
      {SECTIONS.map((section) => (
        <div key={section} className="nav-section">
          <h2 className="nav-section__title">{section}</h2>
          <ul>
            {ROUTES.filter((r) => r.section === section && offered(r)).map((r) => (
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
