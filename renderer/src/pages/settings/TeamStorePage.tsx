import { useState } from 'react';
import { Notice } from '../../components/Notice';
import { useStore } from '../../team-mode';
import { TeamStoreForm } from '../sign-in/TeamStoreForm';

/**
 * Where the data lives. On this computer's own file, Settings can choose a council's team store
 * instead (IT may deploy the same choice as team-store.json); Panelroom signs in to it when it
 * next opens. With a team store, this says which, and how to change it.
 */
export function TeamStorePage() {
  const store = useStore();
  const [saved, setSaved] = useState<string>();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Team store</h1>
      {store.engine === 'postgres' ? (
        <>
          <p className="lead">
            Panelroom is using the council’s team store: the database {store.database} on {store.server}, signed in as {store.person ?? store.login}.
          </p>
          <p>To use another team store, sign out: the sign-in screen can change the address.</p>
        </>
      ) : (
        <>
          <p className="lead">
            Panelroom keeps its data on this computer, encrypted. If your council runs a team store (a shared PostgreSQL server), everyone who uses Panelroom works on
            the same records there, each signing in with their own login.
          </p>
          <p>Enter the address and the CA certificate file IT gave you. The data on this computer stays where it is; IT can copy it into the team store.</p>
          <Notice text={saved} />
          <TeamStoreForm
            idBase="settings-store"
            initialUrl=""
            submitLabel="Use this team store"
            onSaved={() => setSaved('Saved. Close Panelroom and open it again: it will ask you to sign in to the team store.')}
          />
        </>
      )}
    </section>
  );
}
