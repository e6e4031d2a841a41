import type { ImportTeamChoice, ImportTeamEntry } from '../../../../shared/schemas/import';
import type { Team } from '../../../../shared/schemas/team';
import { plural } from '../../../../shared/domain/words';

const NOT_CHOSEN = '';

/** Team names in the file that are not Panelroom's: each mapped to a team, added as a new team, or left without one. */
export function TeamsStep({ entries, teams, onChoose }: { entries: readonly ImportTeamEntry[]; teams: readonly Team[]; onChoose(text: string, choice: ImportTeamChoice): void }) {
  if (entries.length === 0) return null;
  const live = teams.filter((t) => !t.archived);
  return (
    <section className="section" aria-labelledby="import-step-teams">
      <h2 id="import-step-teams">Teams not in Panelroom</h2>
      <p className="lead">Say which of your teams each of these is, or add it as a new team. Rows with a team still to choose cannot be imported yet.</p>
      <table className="table">
        <caption className="visually-hidden">Team names in the file that Panelroom does not have</caption>
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col">Rows</th>
            <th scope="col">Team in Panelroom</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, i) => {
            const id = `import-team-${i}`;
            return (
              <tr key={entry.text}>
                <th scope="row">{entry.text}</th>
                <td>{plural(entry.rows, 'row', 'rows')}</td>
                <td>
                  <label className="visually-hidden" htmlFor={id}>
                    Team in Panelroom for “{entry.text}”
                  </label>
                  <select
                    id={id}
                    className={`select select--compact${entry.choice === null ? ' select--attention' : ''}`}
                    value={entry.choice === null ? NOT_CHOSEN : String(entry.choice)}
                    onChange={(e) => onChoose(entry.text, e.target.value === 'new' || e.target.value === 'blank' ? e.target.value : Number(e.target.value))}
                  >
                    {entry.choice === null ? <option value={NOT_CHOSEN}>Choose…</option> : null}
                    {live.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.name}
                      </option>
                    ))}
                    <option value="new">Add “{entry.text}” as a new team</option>
                    <option value="blank">No team</option>
                  </select>
                  {entry.source === 'suggested' ? <span className="muted"> suggested</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
