import { useState } from 'react';
import type { Team } from '../../../../shared/schemas/team';
import { focusSoon } from '../../components/focus-soon';

/**
 * The order teams take their turn in. Reordered with buttons rather than dragging, so it
 * works from the keyboard and with a screen reader; a team may appear more than once.
 */
export function RotationEditor({ teams, value, onChange, error }: { teams: Team[]; value: number[]; onChange(ids: number[]): void; error?: string }) {
  const [adding, setAdding] = useState('');
  const [said, setSaid] = useState('');
  const nameOf = (id: number) => teams.find((t) => t.id === id)?.name ?? 'Unknown team';
  // Each change redraws the list; the keyboard follows the team that moved.
  const move = (from: number, to: number, pressed: 'earlier' | 'later') => {
    const next = [...value];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    onChange(next);
    setSaid(`${nameOf(id!)} is now turn ${to + 1}.`);
    focusSoon(`rotation-${pressed}-${to}`, `rotation-${pressed === 'earlier' ? 'later' : 'earlier'}-${to}`);
  };
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`} aria-describedby="rotation-hint">
      <legend className="field__label">Rota of teams</legend>
      <p id="rotation-hint" className="field__hint">
        The teams attend in this order, then start again. Two teams alternate week by week. Leave it empty if every team attends every meeting.
      </p>
      {error ? (
        <p id="rotation-error" className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ol className="rotation-list">
          {value.map((id, i) => (
            <li key={`${id}-${i}`}>
              <span className="rotation-list__name">{nameOf(id)}</span>
              <span className="button-row button-row--tight">
                <button id={`rotation-earlier-${i}`} type="button" className="button button--small button--secondary" disabled={i === 0} onClick={() => move(i, i - 1, 'earlier')} aria-label={`Move ${nameOf(id)} (turn ${i + 1}) earlier`}>
                  Earlier
                </button>
                <button
                  id={`rotation-later-${i}`}
                  type="button"
                  className="button button--small button--secondary"
                  disabled={i === value.length - 1}
                  onClick={() => move(i, i + 1, 'later')}
                  aria-label={`Move ${nameOf(id)} (turn ${i + 1}) later`}
                >
                  Later
                </button>
                <button type="button" className="button button--small button--secondary" onClick={() => {
                    onChange(value.filter((_, j) => j !== i));
                    setSaid(`${nameOf(id)} removed from the rota.`);
                    focusSoon('rotation-add');
                  }} aria-label={`Remove ${nameOf(id)} (turn ${i + 1}) from the rota`}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No rota: every meeting is open to all teams.</p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      <div className="inline-add">
        <label htmlFor="rotation-add" className="field__label">
          Add a team to the rota
        </label>
        <select id="rotation-add" className="select" value={adding} onChange={(e) => setAdding(e.target.value)}>
          <option value="">Choose a team</option>
          {teams
            .filter((t) => !t.archived)
            .map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          disabled={!adding}
          onClick={() => {
            onChange([...value, Number(adding)]);
            setSaid(`${nameOf(Number(adding))} added to the rota: turn ${value.length + 1}.`);
            setAdding('');
            focusSoon('rotation-add');
          }}
        >
          Add to rota
        </button>
      </div>
    </fieldset>
  );
}
