import { useEffect, useState, type FormEvent } from 'react';
import type { ProcedureOutput } from '../../../../shared/contract';
import { useMutation } from '../../api/use-mutation';
import { ErrorSummary } from '../../components/ErrorSummary';
import { describedBy, FieldFrame } from '../../components/fields';
import { TeamStoreForm } from './TeamStoreForm';

type Status = ProcedureOutput<'signIn.status'>;

const FIELD_IDS = { login: 'sign-in-login', password: 'sign-in-password' };

interface Problem {
  message: string;
  fieldErrors: Record<string, string>;
}

/**
 * The council's team store: each person signs in with their own login. A refusal shows the team
 * store's own sentence (what happened and what to do) with the keyboard on it; what was typed stays.
 */
export function SignInPage({ status, onSignedIn, onStoreChosen }: { status: Status; onSignedIn(status: Status): void; onStoreChosen(status: Status): void }) {
  const [login, setLogin] = useState(status.login ?? '');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  // A refusal at start (a kept password no longer accepted, the server unreachable) is shown as one from this screen.
  const [problem, setProblem] = useState<Problem | undefined>(() => (status.refusal ? { message: status.refusal, fieldErrors: {} } : undefined));
  const signingIn = useMutation({ fallback: 'Panelroom could not reach the team store to sign in. Check this computer is on the council’s network and try again. Nothing has been changed.' });

  useEffect(() => {
    document.title = 'Sign in – Panelroom';
    // With nothing to say yet, the keyboard starts where the person types.
    if (!status.refusal) document.getElementById(status.login ? FIELD_IDS.password : FIELD_IDS.login)?.focus();
  }, [status.refusal, status.login]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (signingIn.pending) return;
    const sent = await signingIn.run('signIn.submit', { login: login.trim(), password, remember: status.canRemember && remember });
    if (sent.superseded) return;
    if (sent.ok && sent.value.signedIn) {
      setPassword('');
      onSignedIn(sent.value);
      return;
    }
    if (!sent.ok) setProblem({ message: sent.error.message, fieldErrors: sent.error.fieldErrors ?? {} });
  }

  return (
    <div className="app">
      <header className="app__header">
        <span className="app__name">Panelroom</span>
        <span className="app__marking">OFFICIAL-SENSITIVE</span>
      </header>
      <main id="main" className="recovery sign-in" tabIndex={-1}>
        <h1>Sign in to your council’s team store</h1>
        <p className="lead">Panelroom keeps this council’s records on a shared server. Sign in with the login and password IT gave you.</p>
        <dl className="summary-list sign-in__where">
          <div className="summary-list__row">
            <dt>Server</dt>
            <dd>{status.server ?? 'Not set'}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Database</dt>
            <dd>{status.database ?? 'Not set'}</dd>
          </div>
        </dl>
        {problem ? <ErrorSummary message={problem.message} fieldErrors={problem.fieldErrors} fieldIds={FIELD_IDS} /> : null}
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="Sign in">
          <FieldFrame id={FIELD_IDS.login} label="Login" error={problem?.fieldErrors.login}>
            <input
              id={FIELD_IDS.login}
              name="username"
              className="input"
              type="text"
              value={login}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              aria-invalid={problem?.fieldErrors.login ? true : undefined}
              aria-describedby={describedBy(FIELD_IDS.login, undefined, problem?.fieldErrors.login)}
              onChange={(e) => setLogin(e.target.value)}
            />
          </FieldFrame>
          <FieldFrame id={FIELD_IDS.password} label="Password" error={problem?.fieldErrors.password}>
            <input
              id={FIELD_IDS.password}
              name="password"
              className="input"
              type="password"
              value={password}
              autoComplete="current-password"
              aria-invalid={problem?.fieldErrors.password ? true : undefined}
              aria-describedby={describedBy(FIELD_IDS.password, undefined, problem?.fieldErrors.password)}
              onChange={(e) => setPassword(e.target.value)}
            />
          </FieldFrame>
          {status.canRemember ? (
            <div className="field">
              <div className="checkbox">
                <input id="sign-in-remember" type="checkbox" checked={remember} aria-describedby="sign-in-remember-hint" onChange={(e) => setRemember(e.target.checked)} />
                <label htmlFor="sign-in-remember">Keep me signed in on this computer</label>
              </div>
              <p id="sign-in-remember-hint" className="field__hint">
                Your password is kept by this computer’s keychain, never in a file anyone can read. Only tick this on a computer that is yours alone.
              </p>
            </div>
          ) : status.rememberUnavailable ? (
            <p className="field__hint">{status.rememberUnavailable}</p>
          ) : null}
          {/* Not disabled while signing in: the keyboard stays on the button; a second press waits for the first. */}
          <button type="submit" className="button" aria-disabled={signingIn.pending || undefined}>
            {signingIn.pending ? 'Signing in…' : 'Sign in'}
          </button>
          {signingIn.pending ? (
            <p role="status" className="field__hint">
              Signing in to {status.server ?? 'the team store'}…
            </p>
          ) : null}
        </form>
        <details className="history sign-in__address">
          <summary>Change the team store’s address</summary>
          <p>Only when IT asks you to: the address and certificate are kept on this computer for everyone who uses it.</p>
          <TeamStoreForm
            idBase="sign-in-store"
            initialUrl=""
            submitLabel="Use this address"
            onSaved={(changed) => {
              setProblem(undefined);
              onStoreChosen(changed);
            }}
          />
        </details>
        <p className="field__hint">Forgotten your password, or not been given a login? Ask your IT service desk: Panelroom cannot reset it.</p>
      </main>
    </div>
  );
}
