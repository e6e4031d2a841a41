import type { Team } from '../../../../shared/schemas/team';
import { DueByFilter } from './DueByFilter';
import { TeamFilter } from '../../components/TeamFilter';

export interface CpmFilterValues {
  search: string;
  teamId: number | null;
  /** ISO date; '' for none; undefined while the text typed is not yet a date (the list then ignores it). */
  dueBy: string | undefined;
}

export const NO_CPM_FILTERS: CpmFilterValues = { search: '', teamId: null, dueBy: '' };

/** `generation` remounts the date box on "Clear filters": it keeps its own text as typed. */
export function CpmFilters({ filters, teams, generation, onChange, onClear }: { filters: CpmFilterValues; teams: Team[]; generation: number; onChange(next: CpmFilterValues): void; onClear(): void }) {
  const set = <K extends keyof CpmFilterValues>(key: K, value: CpmFilterValues[K]) => onChange({ ...filters, [key]: value });
  return (
    <form className="filters" role="search" aria-label="Filter the Care Planning Meetings" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__field">
        <label htmlFor="cpm-search">Search</label>
        <input id="cpm-search" className="input" type="search" placeholder="Name or case reference" value={filters.search} onChange={(e) => set('search', e.target.value)} />
      </div>
      <TeamFilter id="cpm-team" teams={teams} value={filters.teamId} onChange={(v) => set('teamId', v)} />
      <DueByFilter key={generation} onChange={(v) => set('dueBy', v)} />
      <button type="button" className="button button--secondary button--small" onClick={onClear}>
        Clear filters
      </button>
    </form>
  );
}
