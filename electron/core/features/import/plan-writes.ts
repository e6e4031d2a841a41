import type { KeyDateType, LegalOrderSought, LgpDecision, MeetingKind, PermanenceOption, Rag } from '../../../../shared/domain/vocabulary';
import type { ChildRow } from '../../db/schema';
import { childColumns } from '../children/children';
import { meetingKey, ratingKey, type ImportState } from './load-state';
import type { RowValues } from './read-row';

/** Everything one row will write. Empty lists and undefined mean "nothing to do": the import never deletes history. */
export interface RowWrites {
  line: number;
  existing: ChildRow | undefined;
  values: RowValues;
  /** the child's own columns that change, in words */
  childChanges: string[];
  plan?: { primary: PermanenceOption; parallel: PermanenceOption[]; legalOrderSought: LegalOrderSought | null };
  addKeyDates: { type: KeyDateType; date: string; decision: LgpDecision | null }[];
  setDecisions: { id: number; date: string; decision: LgpDecision }[];
  rating?: { rating: Rag; reason: string; ratedOn: string };
  meetings: { kind: MeetingKind; date: string }[];
  action: 'create' | 'update' | 'unchanged';
  /** what will change, in words, for the preview */
  changes: string[];
}

const COLUMN_LABELS: Record<string, string> = {
  case_ref: 'Case reference',
  first_name: 'First name',
  last_name: 'Last name',
  date_of_birth: 'Date of birth',
  is_unborn: 'Unborn',
  gender: 'Gender',
  ethnicity: 'Ethnicity',
  team_id: 'Team',
  social_worker_id: 'Social worker',
  team_manager_id: 'Team manager',
  iro_id: 'IRO',
  legal_status: 'Legal status',
  date_entered_care: 'Date entered care',
  placement_type: 'Placement type',
};
const PERSON_COLUMNS = { socialWorker: 'social_worker_id', teamManager: 'team_manager_id', iro: 'iro_id' } as const;

/**
 * Compares a checked row with what is stored and decides what to write: the child's
 * changed columns; a plan only if it differs from the current one; key dates,
 * meetings and a rating only if they are not already there. This is what makes a
 * second import of the same file write nothing.
 */
export function planWrites(line: number, existing: ChildRow | undefined, values: RowValues, state: ImportState, today: string): RowWrites {
  const childId = existing?.id;
  const childChanges: string[] = [];
  if (existing) {
    const next = childColumns(values.fields) as Record<string, unknown>;
    const before = existing as unknown as Record<string, unknown>;
    for (const [column, label] of Object.entries(COLUMN_LABELS)) if (before[column] !== next[column]) childChanges.push(label);
    // A team still to be added cannot be the team already recorded; nor someone still to be added the person.
    if (values.newTeam && !childChanges.includes('Team')) childChanges.push('Team');
    for (const [field, column] of Object.entries(PERSON_COLUMNS)) {
      if (values.people[field as keyof typeof PERSON_COLUMNS]?.kind === 'new' && !childChanges.includes(COLUMN_LABELS[column]!)) childChanges.push(COLUMN_LABELS[column]!);
    }
  }

  const writes: RowWrites = { line, existing, values, childChanges, addKeyDates: [], setDecisions: [], meetings: [], action: 'unchanged', changes: [] };
  const extras: string[] = [];

  if (values.plan) {
    const current = childId === undefined ? undefined : state.plans.get(childId);
    const same = current && current.primary === values.plan.primary && sameSet(current.parallel, values.plan.parallel);
    if (!same) {
      // What the file cannot say (the legal order sought) carries over from the current plan.
      writes.plan = { ...values.plan, legalOrderSought: current?.legalOrderSought ?? null };
      extras.push('Permanence plan');
    }
  }

  const stored = childId === undefined ? [] : (state.keyDates.get(childId) ?? []);
  const wanted: { type: KeyDateType; date: string | null; decision: LgpDecision | null; label: string }[] = [
    { type: 'lgp', date: values.lgp?.date ?? null, decision: values.lgp?.decision ?? null, label: 'Legal Gateway Panel date' },
    { type: 'plo_start', date: values.ploStart, decision: null, label: 'PLO start date' },
    { type: 'proceedings_issued', date: values.proceedingsIssued, decision: null, label: 'Proceedings issued date' },
  ];
  for (const kd of wanted) {
    if (!kd.date) continue;
    const match = stored.find((s) => s.type === kd.type && s.date === kd.date);
    if (!match) {
      writes.addKeyDates.push({ type: kd.type, date: kd.date, decision: kd.decision });
      extras.push(kd.label);
    } else if (kd.decision && match.decision !== kd.decision) {
      writes.setDecisions.push({ id: match.id, date: kd.date, decision: kd.decision });
      extras.push('Legal Gateway decision');
    }
  }

  if (values.rating) {
    const latest = childId === undefined ? undefined : state.latestRatings.get(childId);
    const sameAsLatest = latest && latest.rating === values.rating.rating && latest.reason === values.rating.reason;
    const ratedOn = values.rating.ratedOn ?? today;
    const alreadyThere = values.rating.ratedOn !== null && childId !== undefined && state.ratingKeys.get(childId)?.has(ratingKey(ratedOn, values.rating.rating, values.rating.reason));
    if (!sameAsLatest && !alreadyThere) {
      writes.rating = { rating: values.rating.rating, reason: values.rating.reason, ratedOn };
      extras.push('RAG rating');
    }
  }

  const held = childId === undefined ? undefined : state.meetings.get(childId);
  for (const [kind, date, label] of [
    ['cpm', values.lastCpm, 'Last Care Planning Meeting'],
    ['pp', values.lastPp, 'Last Permanence Panel'],
  ] as const) {
    if (date && !held?.has(meetingKey(kind, date))) {
      writes.meetings.push({ kind, date });
      extras.push(label);
    }
  }

  writes.changes = [...childChanges, ...extras];
  writes.action = !existing ? 'create' : writes.changes.length > 0 ? 'update' : 'unchanged';
  return writes;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
