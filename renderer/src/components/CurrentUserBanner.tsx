import { useEffect, useState } from 'react';
import type { CurrentUser } from '../../../shared/schemas/current-user';
import type { Person } from '../../../shared/schemas/person';
import { call } from '../api/client';
import { CurrentUserChooser } from './CurrentUserChooser';
import { Notice } from './Notice';

const LATER_KEY = 'panelroom:who-later';

/**
 * On first run (no one chosen for this computer's login, and People to choose from), asks who
 * is using Panelroom, above the page. "Not now" puts it off until the app is next opened; the
 * same choice is always in Settings > People.
 */
export function CurrentUserBanner({ path }: { path: string }) {
  const [state, setState] = useState<{ current: CurrentUser; people: Person[] }>();
  const [later, setLater] = useState(() => sessionStorage.getItem(LATER_KEY) === '1');
  const [thanks, setThanks] = useState<string>();
  // Asked again after each page change until answered, so People added meanwhile (the demo, an import) are offered.
  useEffect(() => {
    if (later) return;
    let live = true;
    Promise.all([call('people.currentUser'), call('people.list', {})])
      .then(([current, people]) => live && setState({ current, people }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [path, later]);

  if (thanks) return <Notice text={thanks} />;
  if (later || !state || state.current.person || state.people.length === 0) return null;
  return (
    <section className="banner banner--question" aria-labelledby="who-title">
      <h2 id="who-title">Who is using Panelroom on this computer?</h2>
      <CurrentUserChooser
        idBase="who"
        people={state.people}
        current={state.current}
        onChosen={(user) => {
          setState({ ...state, current: user });
          setThanks(`Thank you${user.person ? `, ${user.person.name}` : ''}: documents and the audit log will name you. You can change this in Settings > People.`);
        }}
      />
      <button
        type="button"
        className="link-button"
        onClick={() => {
          sessionStorage.setItem(LATER_KEY, '1');
          setLater(true);
        }}
      >
        Not now
      </button>
    </section>
  );
}
