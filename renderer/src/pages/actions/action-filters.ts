import { isIsoDate } from '../../../../shared/domain/dates';
import { ACTION_STATUS } from '../../../../shared/domain/minutes-vocabulary';
import type { ProcedureInput } from '../../../../shared/contract';

export type StatusFilter = (typeof ACTION_STATUS.values)[number] | 'all';
/** A RAG filter: a rating, or 'none' for not rated; '' for any. */
export type RagFilter = 'red' | 'amber' | 'green' | 'none' | '';
const RAG_FILTERS: readonly string[] = ['red', 'amber', 'green', 'none'];

export interface ActionFilterValues {
  ownerId: number | null;
  /** A free-text owner (someone not on the people list), as typed. */
  ownerName: string;
  teamId: number | null;
  childId: number | null;
  status: StatusFilter;
  /** ISO date or ''. */
  dueBy: string;
  overdue: boolean;
  progressRag: RagFilter;
  impactRag: RagFilter;
}

export const NO_ACTION_FILTERS: ActionFilterValues = { ownerId: null, ownerName: '', teamId: null, childId: null, status: 'open', dueBy: '', overdue: false, progressRag: '', impactRag: '' };

function ragParam(value: string | null): RagFilter {
  return value !== null && RAG_FILTERS.includes(value) ? (value as RagFilter) : '';
}

const STATUSES: readonly string[] = [...ACTION_STATUS.values, 'all'];

function idParam(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * The filters live in the address (#/actions?child=12&status=all) so that a link from
 * a child's page, or one pasted into an email, opens the same list. Anything in the
 * address that is not a valid filter is ignored rather than refused.
 */
export function filtersFromQuery(query: string): ActionFilterValues {
  const p = new URLSearchParams(query);
  const status = p.get('status') ?? 'open';
  const dueBy = p.get('dueBy') ?? '';
  return {
    ownerId: idParam(p.get('owner')),
    ownerName: (p.get('ownerName') ?? '').slice(0, 120),
    teamId: idParam(p.get('team')),
    childId: idParam(p.get('child')),
    status: STATUSES.includes(status) ? (status as StatusFilter) : 'open',
    dueBy: isIsoDate(dueBy) ? dueBy : '',
    overdue: p.get('overdue') === '1',
    progressRag: ragParam(p.get('progress')),
    impactRag: ragParam(p.get('impact')),
  };
}

/** Only what differs from the defaults, so a plain list has a plain address. */
export function filtersToQuery(f: ActionFilterValues): URLSearchParams {
  const p = new URLSearchParams();
  if (f.ownerId !== null) p.set('owner', String(f.ownerId));
  if (f.ownerName) p.set('ownerName', f.ownerName);
  if (f.teamId !== null) p.set('team', String(f.teamId));
  if (f.childId !== null) p.set('child', String(f.childId));
  if (f.status !== 'open') p.set('status', f.status);
  if (f.dueBy) p.set('dueBy', f.dueBy);
  if (f.overdue) p.set('overdue', '1');
  if (f.progressRag) p.set('progress', f.progressRag);
  if (f.impactRag) p.set('impact', f.impactRag);
  return p;
}

export function isFiltered(f: ActionFilterValues): boolean {
  return filtersToQuery(f).toString() !== '';
}

type Query = NonNullable<ProcedureInput<'actions.list'>>;

/** What the core is asked for; the owner's typed name is passed already settled (debounced) by the page. */
export function listQuery(f: ActionFilterValues, ownerName: string, offset: number, limit: number): Query {
  const q: Query = { status: f.status, overdue: f.overdue, limit, offset };
  if (f.ownerId !== null) q.ownerId = f.ownerId;
  if (ownerName.trim()) q.ownerName = ownerName.trim();
  if (f.teamId !== null) q.teamId = f.teamId;
  if (f.childId !== null) q.childId = f.childId;
  if (f.dueBy) q.dueBy = f.dueBy;
  if (f.progressRag) q.progressRag = f.progressRag;
  if (f.impactRag) q.impactRag = f.impactRag;
  return q;
}
