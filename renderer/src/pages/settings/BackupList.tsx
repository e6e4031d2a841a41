import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { BackupInfo } from '../../../../shared/schemas/safety';
import { useMutation } from '../../api/use-mutation';
import { ErrorMessage } from '../../components/ErrorMessage';

const REASONS: Record<string, string> = {
  startup: 'When Panelroom opened',
  scheduled: 'Every few minutes',
  quit: 'When Panelroom closed',
  manual: 'Made by hand',
  'before-restore': 'Just before a restore',
};

export function describeTime(iso: string): string {
  const d = new Date(iso);
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${formatUkDate(local)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function BackupList({ backups, onRestored }: { backups: BackupInfo[]; onRestored(): void }) {
  const restoring = useMutation({ fallback: 'The backup could not be restored.' });
  const [busy, setBusy] = useState<string>();
  if (backups.length === 0) return <p className="muted">No backups yet.</p>;

  async function restore(b: BackupInfo) {
    if (!window.confirm(`Restore the backup from ${describeTime(b.takenAt)}? Anything saved since then will be set aside (not deleted), and a backup of the current data is taken first.`)) return;
    setBusy(b.name);
    const sent = await restoring.run('backups.restore', { name: b.name });
    setBusy(undefined);
    if (sent.ok) onRestored();
  }

  return (
    <>
      <ErrorMessage text={restoring.error?.message} />
      <table className="table">
        <caption className="visually-hidden">Backups, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Why</th>
            <th scope="col">Size</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.name}>
              <th scope="row">{describeTime(b.takenAt)}</th>
              <td>{REASONS[b.reason] ?? b.reason}</td>
              <td>{(b.bytes / 1024 / 1024).toFixed(1)} MB</td>
              <td className="table__actions">
                <button type="button" className="button button--small button--secondary" disabled={busy !== undefined} onClick={() => void restore(b)}>
                  {busy === b.name ? 'Restoring…' : 'Restore'}
                  <span className="visually-hidden"> the backup from {describeTime(b.takenAt)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
