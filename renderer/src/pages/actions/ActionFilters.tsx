import { ACTION_STATUS } from '../../../../shared/domain/minutes-vocabulary';
import type { Person } from '../../../../shared/schemas/person';
import type { Team } from '../../../../shared/schemas/team';
import { DateField } from '../../components/DateField';
import { Checkbox } from '../../components/fields';
import { type ActionFilterValues, type RagFilter, type StatusFilter } from './action-filters';
import { RAG } from '../../../../shared/domain/vocabulary';
import { ChildFilter } from './ChildFilter';
import { TeamFilter } from '../../components/TeamFilter';
import { Combobox } from '../../components/Combobox';
import { personOptions } from '../../components/PersonField';

/** `generation` remounts the date box on "Clear filters" or a link followed: DateField keeps its own text as typed. */
export function ActionFilters({
  filters,
  people,
  teams,
  generation,
  onChange,
  onClear,
}: {
  filters: ActionFilterValues;
  people: Person[];
  teams: Team[];
  generation: number;
  onChange(next: ActionFilterValues): void;
  onClear(): void;
}) {
  const set = <K extends keyof ActionFilterValues>(key: K, value: ActionFilterValues[K]) => onChange({ ...filters, [key]: value });
  return (
    <form className="filters actions-filters" role="search" aria-label="Filter the actions" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__field">
        <label htmlFor="actions-owner">Owner</label>
        <Combobox
          id="actions-owner"
          options={[{ value: null, label: 'Anyone' }, ...personOptions(people)]}
          value={filters.ownerId ? String(filters.ownerId) : null}
          placeholder="Anyone"
          onChange={(v) => set('ownerId', v ? Number(v) : null)}
        />
      </div>
      <div className="filters__field">
        <label htmlFor="actions-owner-name">Owner’s name, typed</label>
        <input
          id="actions-owner-name"
          className="input"
          type="search"
          autoComplete="off"
          aria-describedby="actions-owner-name-hint"
          value={filters.ownerName}
          maxLength={120}
          onChange={(e) => set('ownerName', e.target.value)}
        />
        <span id="actions-owner-name-hint" className="visually-hidden">
          For owners typed in at the meeting rather than chosen from the people list.
        </span>
      </div>
      <TeamFilter id="actions-team" teams={teams} value={filters.teamId} onChange={(v) => set('teamId', v)} />
      <div className="filters__field">
        <label htmlFor="actions-status">Status</label>
        <select id="actions-status" className="select" value={filters.status} onChange={(e) => set('status', e.target.value as StatusFilter)}>
          {ACTION_STATUS.values.map((v) => (
            <option key={v} value={v}>
              {ACTION_STATUS.labels[v]}
            </option>
          ))}
          <option value="all">All</option>
        </select>
      </div>
      <div className="filters__field actions-filters__date">
        <DateField key={generation} id="actions-due-by" label="Due by" optional hint="dd/mm/yyyy, for example 22/11/2026" value={filters.dueBy} onChange={(iso) => set('dueBy', iso ?? '')} />
      </div>
      <RagSelect id="actions-progress-rag" label="Progress RAG" value={filters.progressRag} onChange={(v) => set('progressRag', v)} />
      <RagSelect id="actions-impact-rag" label="Impact RAG" value={filters.impactRag} onChange={(v) => set('impactRag', v)} />
      <div className="filters__field filters__field--check">
        <Checkbox id="actions-overdue" label="Overdue only" checked={filters.overdue} onChange={(v) => set('overdue', v)} />
      </div>
      <ChildFilter childId={filters.childId} onChange={(id) => set('childId', id)} />
      <button type="button" className="button button--secondary button--small" onClick={onClear}>
        Clear filters
      </button>
    </form>
  );
}

/** Shropshire's two ratings, each filterable: a rating, or actions not yet rated. */
function RagSelect({ id, label, value, onChange }: { id: string; label: string; value: RagFilter; onChange(v: RagFilter): void }) {
  return (
    <div className="filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value as RagFilter)}>
        <option value="">Any</option>
        {RAG.values.map((r) => (
          <option key={r} value={r}>
            {RAG.labels[r]}
          </option>
        ))}
        <option value="none">Not rated</option>
      </select>
    </div>
  );
}
