import type { Team } from '../../../shared/schemas/team';

/** The "Team" drop-down every filter bar has: all teams, or one. */
export function TeamFilter({ id, teams, value, onChange }: { id: string; teams: readonly Team[]; value: number | null; onChange(teamId: number | null): void }) {
  return (
    <div className="filters__field">
      <label htmlFor={id}>Team</label>
      <select id={id} className="select" value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">All teams</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}
