import { LEGAL_STATUS } from '../../../../shared/domain/vocabulary';
import type { Team } from '../../../../shared/schemas/team';
import { Checkbox } from '../../components/fields';
import { TeamFilter } from '../../components/TeamFilter';

export interface Filters {
  search: string;
  teamId: number | null;
  rag: 'red' | 'amber' | 'green' | 'none' | null;
  legalStatus: (typeof LEGAL_STATUS.values)[number] | null;
  overdueOnly: boolean;
}

export const NO_FILTERS: Filters = { search: '', teamId: null, rag: null, legalStatus: null, overdueOnly: false };

export function TrackerFilters({ filters, teams, onChange }: { filters: Filters; teams: Team[]; onChange(next: Filters): void }) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  return (
    <form className="filters" role="search" aria-label="Filter the tracker" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__field">
        <label htmlFor="tracker-search">Search</label>
        <input id="tracker-search" className="input" type="search" placeholder="Name or case reference" value={filters.search} onChange={(e) => set('search', e.target.value)} />
      </div>
      <TeamFilter id="tracker-team" teams={teams} value={filters.teamId} onChange={(v) => set('teamId', v)} />
      <div className="filters__field">
        <label htmlFor="tracker-rag">RAG</label>
        <select id="tracker-rag" className="select" value={filters.rag ?? ''} onChange={(e) => set('rag', (e.target.value || null) as Filters['rag'])}>
          <option value="">All ratings</option>
          <option value="red">Red</option>
          <option value="amber">Amber</option>
          <option value="green">Green</option>
          <option value="none">Not rated</option>
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="tracker-legal">Legal status</label>
        <select id="tracker-legal" className="select" value={filters.legalStatus ?? ''} onChange={(e) => set('legalStatus', (e.target.value || null) as Filters['legalStatus'])}>
          <option value="">All legal statuses</option>
          {LEGAL_STATUS.values.map((v) => (
            <option key={v} value={v}>
              {LEGAL_STATUS.labels[v]}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field filters__field--check">
        <Checkbox id="tracker-overdue" label="Overdue only" checked={filters.overdueOnly} onChange={(v) => set('overdueOnly', v)} />
      </div>
      <button type="button" className="button button--secondary button--small" onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </form>
  );
}
