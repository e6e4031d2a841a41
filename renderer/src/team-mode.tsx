import { createContext, useContext, type ReactNode } from 'react';
import type { ProcedureOutput } from '../../shared/contract';
import { mayDo, type Permission, type TeamAbility } from '../../shared/team-abilities';
import { TEAM_ROLE_LABELS } from '../../shared/team-roles';
import { useProcedure } from './api/use-procedure';
import { useSignOut } from './pages/sign-in/after-sign-in';

export type StoreInfo = ProcedureOutput<'app.info'>['store'];

/** Until app.info answers, the screens assume this computer's own file (as before team stores existed): the database refuses anything else anyway. */
const ON_THIS_COMPUTER: StoreInfo = { engine: 'sqlite' };
const StoreContext = createContext<StoreInfo>(ON_THIS_COMPUTER);

/** Reads where the data lives once, for every screen below it. */
export function StoreProvider({ children }: { children: ReactNode }) {
  const info = useProcedure('app.info', undefined);
  return <StoreContext.Provider value={info.data?.store ?? ON_THIS_COMPUTER}>{children}</StoreContext.Provider>;
}

/** Where the data lives: this computer's file, or a team store with the login, its person and roles. */
export function useStore(): StoreInfo {
  return useContext(StoreContext);
}

export function useTeamMode(): boolean {
  return useStore().engine === 'postgres';
}

/** May the person signed in do this? The one question every screen asks; the database is the guard. */
export function useMay(ability: TeamAbility): Permission {
  return mayDo(useStore(), ability);
}

/** Why a control is not offered, said where it would have been. */
export function NotAllowed({ permission }: { permission: Permission }) {
  if (permission.allowed) return null;
  return <p className="field__hint role-note">{permission.reason}</p>;
}

/** In the header, with a team store: who is signed in, as what, and where; and the way to sign out. */
export function SignedInAs() {
  const store = useStore();
  const out = useSignOut();
  if (store.engine !== 'postgres') return null;
  const roles = store.roles.map((role) => TEAM_ROLE_LABELS[role]).join(', ');
  return (
    <div className="app__who">
      <span>
        Signed in as {store.person ?? store.login}
        {roles ? ` (${roles})` : ''} · {store.database} on {store.server}
      </span>
      <button type="button" className="button button--small button--secondary app__sign-out" aria-disabled={out.pending || undefined} onClick={() => void (out.pending ? undefined : out.signOut())}>
        Sign out
      </button>
      {out.error ? (
        <span className="app__who-error" role="alert">
          {out.error}
        </span>
      ) : null}
    </div>
  );
}

/** What the backups pages say in team mode: the council's server keeps them. */
export const SERVER_BACKUPS =
  'Backups are the council server’s: this Panelroom keeps no copy of the team store on this computer. Point-in-time recovery is IT’s: if something needs putting back as it was, ask your IT service desk.';

export function ServerBackups({ title }: { title: string }) {
  return (
    <>
      <h1 id="page-title">{title}</h1>
      <p className="lead">{SERVER_BACKUPS}</p>
    </>
  );
}
