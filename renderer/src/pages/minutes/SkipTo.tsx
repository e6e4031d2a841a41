import { MINUTES_PLACES } from './minutes-shortcuts';

/** "Skip to" the minute-taker's places, at the top of the page: buttons (a link would change the page's address), with each one's shortcut. */
export function SkipTo({ onHelp }: { onHelp(): void }) {
  return (
    <nav className="skip-to" aria-label="Skip to">
      <span className="skip-to__label" aria-hidden="true">
        Skip to:
      </span>
      <ul className="skip-to__list">
        {MINUTES_PLACES.map((p) => (
          <li key={p.code}>
            <button type="button" className="link-button" aria-keyshortcuts={p.keys} onClick={() => p.focus()}>
              {p.short}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="link-button" aria-keyshortcuts="?" onClick={onHelp}>
            Keyboard shortcuts (?)
          </button>
        </li>
      </ul>
    </nav>
  );
}
