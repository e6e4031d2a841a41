import { useMutation } from '../../api/use-mutation';
import { navigate } from '../../routing';
import { ErrorMessage } from '../../components/ErrorMessage';

/** The first thing a new user sees: three ways in, one of them a living demo. */
export function WelcomePage() {
  const loading = useMutation({ fallback: 'The demo could not be loaded.' });
  const busy = loading.pending;

  async function loadDemo() {
    if ((await loading.run('demo.load')).ok) navigate('/tracker');
  }

  return (
    <section aria-labelledby="page-title" className="welcome">
      <h1 id="page-title">Welcome to Panelroom</h1>
      <p className="lead">
        Panelroom keeps the panel rota, the minutes, each child’s RAG rating and the actions in one place, on this computer only. Start in one of three ways.
      </p>
      <ErrorMessage text={loading.error?.message} />
      <ol className="welcome__choices">
        <li className="panel">
          <h2>Look around a demo council</h2>
          <p>Loads Exampleshire, a fictional council with four teams, 25 staff and 60 children in varied states. Every name is made up.</p>
          <button type="button" className="button" onClick={() => void loadDemo()} disabled={busy}>
            {busy ? 'Loading the demo…' : 'Load the demo council'}
          </button>
        </li>
        <li className="panel">
          <h2>Set up your council</h2>
          <p>Add the teams that come to panel and the people who chair, present and take minutes.</p>
          <a className="button button--secondary button-link" href="#/settings/teams">
            Add teams and people
          </a>
        </li>
        <li className="panel">
          <h2>Import children from your case system</h2>
          <p>Bring in the children you track from a CSV export (Mosaic, Liquidlogic or a spreadsheet). Add the teams first.</p>
          <a className="button button--secondary button-link" href="#/import">
            Import a CSV file
          </a>
        </li>
      </ol>
    </section>
  );
}
