import { useState } from 'react';
import { formatLongDate } from '../../../../shared/domain/long-date';
import type { RotaOccurrence } from '../../../../shared/schemas/series';
import type { Team } from '../../../../shared/schemas/team';
import { useMutation } from '../../api/use-mutation';
import { DateField } from '../../components/DateField';
import { SelectField, TextField } from '../../components/fields';
import { useFormFocus } from '../../components/use-form-focus';

type Action = 'swap' | 'move' | 'cancel' | 'restore' | 'remove';

/**
 * One-off changes to one date: which team attends, when, or whether it happens at all.
 * Each is its own small form, so a keyboard user tabs to the one they want.
 */
export function DateChangeForm({
  seriesId,
  occurrence,
  teams,
  returnFocusTo,
  onDone,
  onCancel,
}: {
  seriesId: number;
  occurrence: RotaOccurrence;
  teams: Team[];
  returnFocusTo: string;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const ref = useFormFocus<HTMLDivElement>(returnFocusTo);
  const [teamId, setTeamId] = useState(occurrence.teamId ? String(occurrence.teamId) : '');
  const [moveTo, setMoveTo] = useState<string | undefined>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ action: Action; message: string }>();
  const [busy, setBusy] = useState(false);
  const changing = useMutation({ fallback: 'That change could not be saved.' });
  const extraId = occurrence.change === 'extra' ? Number(occurrence.key.slice(2)) : null;
  const changed = occurrence.swapped || occurrence.change === 'moved' || occurrence.status === 'cancelled' || (occurrence.note !== null && occurrence.change !== 'extra');

  async function run(action: Action) {
    setError(undefined);
    setBusy(true);
    const sent =
      action === 'remove' && extraId !== null
        ? await changing.run('rota.removeExtra', { seriesId, extraId })
        : await changing.run('rota.change', { seriesId, patternDate: occurrence.patternDate!, change: changeFor(action) });
    setBusy(false);
    if (sent.ok) onDone(sent.value.message);
    else setError({ action, message: sent.error.message });
  }

  function changeFor(action: Action) {
    if (action === 'swap') return { kind: 'swap' as const, teamId: Number(teamId) };
    if (action === 'move') return { kind: 'move' as const, date: moveTo ?? 'not a date', note };
    if (action === 'cancel') return { kind: 'cancel' as const, note };
    return { kind: 'restore' as const };
  }
  const errorFor = (action: Action) => (error?.action === action ? error.message : undefined);
  const title = `Change ${formatLongDate(occurrence.date)}`;

  return (
    <div ref={ref} tabIndex={-1} className="panel date-change" role="group" aria-label={title}>
      <h2 className="date-change__title">{title}</h2>
      {extraId !== null ? (
        <div className="date-change__part">
          <p>This is an extra meeting outside the pattern.</p>
          {errorFor('remove') ? (
            <p className="field__error" role="alert">
              {errorFor('remove')}
            </p>
          ) : null}
          <button type="button" className="button button--warning" disabled={busy} onClick={() => void run('remove')}>
            Remove this extra meeting
          </button>
        </div>
      ) : (
        <>
          {occurrence.status === 'scheduled' ? (
            <div className="date-change__part">
              <SelectField
                id="change-team"
                label="Team attending"
                options={teams.filter((t) => !t.archived || t.id === occurrence.teamId).map((t) => ({ value: String(t.id), label: t.name }))}
                placeholder="Choose a team"
                value={teamId}
                onChange={setTeamId}
                error={errorFor('swap')}
              />
              <button type="button" className="button button--secondary" disabled={busy || !teamId || Number(teamId) === occurrence.teamId} onClick={() => void run('swap')}>
                Swap team
              </button>
            </div>
          ) : null}
          <div className="date-change__part">
            <DateField id="change-move-to" label="Move this meeting to" value={moveTo ?? ''} onChange={setMoveTo} error={errorFor('move')} />
            <TextField id="change-note" label="Note for the rota" optional value={note} onChange={setNote} hint="For example: room not available" />
            <div className="button-row">
              <button type="button" className="button button--secondary" disabled={busy || !moveTo} onClick={() => void run('move')}>
                Move meeting
              </button>
              {occurrence.status === 'scheduled' ? (
                <button type="button" className="button button--warning" disabled={busy} onClick={() => void run('cancel')}>
                  Cancel this meeting
                </button>
              ) : null}
            </div>
            {errorFor('cancel') ? (
              <p className="field__error" role="alert">
                {errorFor('cancel')}
              </p>
            ) : null}
          </div>
          {changed ? (
            <div className="date-change__part">
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('restore')}>
                Undo all changes to this date
              </button>
              {errorFor('restore') ? (
                <p className="field__error" role="alert">
                  {errorFor('restore')}
                </p>
              ) : null}
            </div>
          ) : null}
        </>
      )}
      <button type="button" className="button-link button--secondary" onClick={onCancel}>
        Close
      </button>
    </div>
  );
}
