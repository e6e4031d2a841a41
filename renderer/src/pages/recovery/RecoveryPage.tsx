import { useState } from 'react';
import type { Health } from '../../../../shared/schemas/safety';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { BackupList } from '../settings/BackupList';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SERVER_BACKUPS, useTeamMode } from '../../team-mode';

const TITLES: Record<Health['status'], string> = {
  ok: 'Panelroom',
  checking: 'Panelroom',
  damaged: 'Panelroom’s data file is damaged',
  missing: 'Panelroom’s data file is missing',
  newer: 'This data needs a newer Panelroom',
  unavailable: 'Panelroom cannot open its data file',
  locked: 'Panelroom cannot unlock its data',
};

/** Shown instead of the app when the data cannot be used: what happened, in plain words, and the way back. */
export function RecoveryPage({ health, onRecovered }: { health: Health; onRecovered(): void }) {
  // With a team store there is nothing to restore here: the council's server keeps the backups.
  if (useTeamMode()) {
    return (
      <main className="recovery" id="main" tabIndex={-1}>
        <h1>Panelroom cannot use the team store</h1>
        <p className="lead">{health.message}</p>
        <p>{SERVER_BACKUPS}</p>
      </main>
    );
  }
  return <RecoverOnThisComputer health={health} onRecovered={onRecovered} />;
}

function RecoverOnThisComputer({ health, onRecovered }: { health: Health; onRecovered(): void }) {
  const backups = useProcedure('backups.list', undefined);
  const restoring = useMutation({ fallback: 'The backup could not be restored.' });
  const [done, setDone] = useState<string>();

  async function restoreNewest() {
    const sent = await restoring.run('backups.restoreNewestGood');
    if (!sent.ok) return;
    setDone(`Restored. The damaged file was kept as ${sent.value.previousFileKeptAs ?? 'nothing (there was no file)'} in the data folder.`);
    onRecovered();
  }

  return (
    <main className="recovery" id="main" tabIndex={-1}>
      <h1>{TITLES[health.status]}</h1>
      <p className="lead">{health.message}</p>
      {health.status === 'damaged' || health.status === 'missing' ? (
        <>
          <p>
            Nothing has been deleted. Restoring puts back the newest backup that passes its own check; any file it replaces is moved to the <em>replaced</em> folder
            beside the data, so your IT service desk can try to recover anything typed since that backup.
          </p>
          <ErrorMessage text={restoring.error?.message} />
          {done ? <p role="status">{done}</p> : null}
          <button type="button" className="button" onClick={() => void restoreNewest()} disabled={restoring.pending}>
            {restoring.pending ? 'Restoring…' : 'Restore the newest good backup'}
          </button>
          <h2>Or choose a backup</h2>
          {backups.data ? <BackupList backups={backups.data} onRestored={onRecovered} /> : null}
          {health.problems.length ? (
            <details className="history">
              <summary>Technical details for the IT service desk</summary>
              <ul>
                {health.problems.slice(0, 20).map((p) => (
                  <li key={p}>
                    <code>{p}</code>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : health.status === 'newer' ? (
        <p>Install the latest version of Panelroom, then open it again. The data file has not been opened or changed.</p>
      ) : health.status === 'locked' ? (
        <>
          <p>
            The children’s details are encrypted on this computer, and Panelroom needs the key it made for them. Nothing has been opened, changed or replaced: no new,
            empty data has been started over the top of yours.
          </p>
          <p>
            If the data folder has been copied from another computer or another person’s account, open Panelroom there. Otherwise contact your IT service desk with this
            message; the data folder and its backups are safe as they are.
          </p>
        </>
      ) : (
        <p>Nothing needs restoring: the data file has not been changed. Close the program that may be using it, then close and open Panelroom again.</p>
      )}
    </main>
  );
}
