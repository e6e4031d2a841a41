import { useState } from 'react';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { Notice } from '../../components/Notice';
import { ServerBackups, useTeamMode } from '../../team-mode';
import { BackupList } from './BackupList';

export function BackupsPage() {
  // With a team store the council's server keeps the backups: nothing here applies.
  if (useTeamMode()) {
    return (
      <section aria-labelledby="page-title">
        <ServerBackups title="Backups" />
      </section>
    );
  }
  return <BackupsOnThisComputer />;
}

function BackupsOnThisComputer() {
  const backups = useProcedure('backups.list', undefined);
  const info = useProcedure('app.info', undefined);
  const [notice, setNotice] = useState<string>();
  const backingUp = useMutation({ fallback: 'The backup failed.' });
  async function backUpNow() {
    const sent = await backingUp.run('backups.create');
    setNotice(sent.ok ? 'Backup taken.' : sent.error.message);
    if (sent.ok) void backups.reload();
  }
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Backups</h1>
      <p className="lead">
        Panelroom backs up its data by itself: when it opens, every few minutes while something changes, and when it closes. It keeps the ten newest and one a day for a
        month{info.data ? <>, in <code>{info.data.dataDir}</code>/backups</> : null}.
      </p>
      <Notice text={notice} />
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void backUpNow()}>
          Back up now
        </button>
      </div>
      {backups.data ? (
        <BackupList
          backups={backups.data}
          onRestored={() => {
            window.location.hash = '#/tracker';
            window.location.reload();
          }}
        />
      ) : null}
    </section>
  );
}
