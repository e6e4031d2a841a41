import { useState } from 'react';
import { useProcedure } from '../api/use-procedure';
import { CurrentUserChooser } from './CurrentUserChooser';
import { Notice } from './Notice';

const LATER_KEY = 'panelroom:who-later';

/**
 * On first run (no one chosen for this computer's login, and People to choose from), asks who
 * is using Panelroom, above the page. "Not now" puts it off until the app is next opened; the
 * same choice is always in Settings > People.
 */
export function CurrentUserBanner({ path }: { path: string }) {
  const [later, setLater] = useState(() => sessionStorage.getItem(LATER_KEY) === '1');
  const [thanks, setThanks] = useState<string>();
  // Asked again after each page change until answered, so People added meanwhile (the demo, an import) are offered.
  const current = useProcedure('people.currentUser', undefined, { enabled: !later, readAgainOn: path });
  const people = useProcedure('people.list', {}, { enabled: !later, readAgainOn: path });

  if (thanks) return <Notice text={thanks} />;
  if (later || !current.data || !people.data || current.data.person || people.data.length === 0) return null;
  return (
    <section className="banner banner--question" aria-labelledby="who-title">
      <h2 id="who-title">Who is using Panelroom on this computer?</h2>
      <CurrentUserChooser
        idBase="who"
        people={people.data}
        current={current.data}
        onChosen={(user) => {
          current.set(user);
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
