import { formatUkDate } from '../../../../shared/domain/dates';
import type { LgpDecision, PermanenceOption, Rag } from '../../../../shared/domain/vocabulary';
import type { Role } from '../../../../shared/roles';
import { childFieldProblems, childFields, planInput, ragReason, type ChildFields, type ChildFieldsInput } from '../../../../shared/schemas/child';
import { IMPORT_FIELD_LABELS, type ImportFieldKey, type ImportRowProblem } from '../../../../shared/schemas/import';
import type { ChildRow } from '../../db/schema';
import { editableFields, toChild } from '../children/mapping';
import { oneLine } from './clean-cell';
import type { ImportState } from './load-state';
import type { CsvRecord } from './parse-csv';
import type { ImportPersonMap, ImportValueField } from '../../../../shared/schemas/import';
import { isBlankLike } from './blank-like';
import { permanenceOptionOf, readDate, readOptions, readWorker, type PersonRef, type Read } from './read-values';
import type { TeamChoices } from './team-choices';
import { leftBlankWarning, unmappedProblem, type ValueChoices } from './value-choices';

export type PersonField = 'socialWorker' | 'teamManager' | 'iro';
const PERSON_FIELDS: readonly { key: PersonField; column: 'socialWorkerId' | 'teamManagerId' | 'iroId'; role: Role }[] = [
  { key: 'socialWorker', column: 'socialWorkerId', role: 'social_worker' },
  { key: 'teamManager', column: 'teamManagerId', role: 'team_manager' },
  { key: 'iro', column: 'iroId', role: 'iro' },
];

/** A row as it will be written: the child's fields (merged over what is stored) and the history the row adds. */
export interface RowValues {
  /** people who are to be added have a null id here until they exist */
  fields: ChildFields;
  /** a team to be added (the child's teamId is null here until it exists) */
  newTeam: { key: string; name: string } | null;
  /** people named in mapped columns: to match or add */
  people: Partial<Record<PersonField, PersonRef | null>>;
  plan: { primary: PermanenceOption; parallel: PermanenceOption[] } | null;
  lgp: { date: string; decision: LgpDecision | null } | null;
  ploStart: string | null;
  proceedingsIssued: string | null;
  rating: { rating: Rag; reason: string; ratedOn: string | null } | null;
  lastCpm: string | null;
  lastPp: string | null;
}

export interface ReadRow {
  line: number;
  caseRef: string;
  name: string;
  problems: ImportRowProblem[];
  warnings: ImportRowProblem[];
  existing: ChildRow | undefined;
  /** present only when the row has no problems */
  values?: RowValues;
}

export interface ReadContext {
  /** column index per mapped field */
  columns: Partial<Record<ImportFieldKey, number>>;
  headers: readonly string[];
  state: ImportState;
  today: string;
  now: Date;
  /** the latest expected date of delivery that makes sense (worked out once, not per row) */
  latestEdd: string;
  values: ValueChoices;
  teams: TeamChoices;
  people: ImportPersonMap;
  /** filled as rows are read: each worker named who is not in Settings, and who they will be */
  workers: Map<string, number | 'new'>;
}

// zod reports the child's own fields by their names; the import reports them by its columns.
const FIELD_OF: Record<string, ImportFieldKey> = {
  caseRef: 'caseRef',
  firstName: 'firstName',
  lastName: 'lastName',
  dateOfBirth: 'dateOfBirth',
  isUnborn: 'dateOfBirth',
  gender: 'gender',
  ethnicity: 'ethnicity',
  teamId: 'team',
  socialWorkerId: 'socialWorker',
  teamManagerId: 'teamManager',
  iroId: 'iro',
  legalStatus: 'legalStatus',
  dateEnteredCare: 'dateEnteredCare',
  placementType: 'placementType',
};

/**
 * Reads and checks one row: every cell in the same words the form would use, then
 * the same zod schema and cross-field rules as the form, over the child as stored
 * (a column that is not mapped keeps its stored value).
 */
export function readRow(record: CsvRecord, rc: ReadContext): ReadRow {
  const problems: ImportRowProblem[] = [];
  const warnings: ImportRowProblem[] = [];
  const has = (key: ImportFieldKey) => rc.columns[key] !== undefined;
  const text = (key: ImportFieldKey) => {
    const i = rc.columns[key];
    return i === undefined ? '' : (record.cells[i] ?? '');
  };
  const column = (key: ImportFieldKey) => {
    const i = rc.columns[key];
    return i === undefined ? null : (rc.headers[i] ?? null);
  };
  const report = (key: ImportFieldKey | 'row', message: string) => {
    if (key !== 'row' && problems.some((p) => p.field === key)) return;
    problems.push({ field: key, column: key === 'row' ? null : column(key), message });
  };
  const take = <T>(key: ImportFieldKey, read: Read<T>): T | undefined => {
    if (read.ok) return read.value;
    report(key, read.message);
    return undefined;
  };
  const warn = (key: ImportFieldKey, message: string) => warnings.push({ field: key, column: column(key), message });
  /** An optional cell: "N/A", "-", "Unknown"... are blank. */
  const optional = (key: ImportFieldKey) => (isBlankLike(text(key)) ? '' : text(key));
  /** A cell of a column with a fixed list: its value, null for blank, undefined when it cannot be read. */
  const choice = <T extends string>(key: ImportValueField): T | null | undefined => {
    const cell = text(key);
    if (!cell.trim()) return null;
    const read = rc.values.read(key, cell);
    if (read.kind === 'value') return read.value as T;
    if (read.kind === 'blank') return null;
    if (key === 'legalStatus') report(key, unmappedProblem(key, cell));
    else warn(key, leftBlankWarning(key, cell));
    return key === 'legalStatus' ? undefined : null;
  };
  const date = (key: ImportFieldKey) => (optional(key) ? (take(key, readDate(text(key), IMPORT_FIELD_LABELS[key], rc.now)) ?? null) : null);
  const pastDate = (key: ImportFieldKey) => {
    const iso = date(key);
    if (iso && iso > rc.today) report(key, `${IMPORT_FIELD_LABELS[key]}: ${formatUkDate(iso)} is in the future.`);
    return iso;
  };

  if (record.problem) report('row', record.problem);

  const caseRef = oneLine(text('caseRef'));
  const existing = caseRef ? rc.state.childrenByRef.get(caseRef.toLowerCase()) : undefined;
  const raw: ChildFieldsInput = existing ? editableFields(toChild(existing)) : { caseRef: '', firstName: '', lastName: '', legalStatus: 'none' };
  for (const key of ['caseRef', 'firstName', 'lastName', 'legalStatus'] as const) {
    if (!text(key)) report(key, `${IMPORT_FIELD_LABELS[key]} is missing: every child needs one.`);
  }
  raw.caseRef = caseRef;
  raw.firstName = oneLine(text('firstName'));
  raw.lastName = oneLine(text('lastName'));
  if (text('legalStatus')) raw.legalStatus = choice<ChildFields['legalStatus']>('legalStatus') ?? raw.legalStatus;

  if (has('dateOfBirth')) {
    const dob = date('dateOfBirth');
    raw.dateOfBirth = dob;
    // A date of birth still to come is an expected date of delivery: the child is unborn.
    raw.isUnborn = dob !== null && dob > rc.today;
    if (dob && dob > rc.latestEdd) report('dateOfBirth', `${IMPORT_FIELD_LABELS.dateOfBirth}: ${formatUkDate(dob)} is more than ten months away. Check the date.`);
  }
  if (has('gender')) raw.gender = choice<NonNullable<ChildFields['gender']>>('gender') ?? null;
  if (has('ethnicity')) raw.ethnicity = oneLine(optional('ethnicity')) || null;
  let newTeam: RowValues['newTeam'] = null;
  if (has('team')) {
    const team = text('team') ? take('team', rc.teams.read(text('team'))) : undefined;
    raw.teamId = team?.kind === 'existing' ? team.id : null;
    if (team?.kind === 'new') newTeam = { key: team.key, name: team.name };
  }
  const people: RowValues['people'] = {};
  for (const p of PERSON_FIELDS) {
    if (!has(p.key)) continue;
    const ref = text(p.key) ? take(p.key, readWorker(text(p.key), p.role, IMPORT_FIELD_LABELS[p.key], rc.state, rc.people, rc.workers)) : null;
    people[p.key] = ref ?? null;
    raw[p.column] = ref?.kind === 'existing' ? ref.id : null;
  }
  if (has('dateEnteredCare')) raw.dateEnteredCare = date('dateEnteredCare');
  if (has('placementType')) raw.placementType = choice<NonNullable<ChildFields['placementType']>>('placementType') ?? null;

  let fields: ChildFields | undefined;
  const parsed = childFields.safeParse(raw);
  if (parsed.success) {
    fields = parsed.data;
    for (const [key, message] of Object.entries(childFieldProblems(fields, rc.today))) report(FIELD_OF[key] ?? 'row', message);
  } else {
    for (const issue of parsed.error.issues) report(FIELD_OF[String(issue.path[0])] ?? 'row', issue.message);
  }

  const plan = readPlan(text('primaryPlan'), text('parallelPlans'), rc.values, report, warn);
  let lgp: RowValues['lgp'] = null;
  const lgpDate = date('lgpDate');
  const decision = choice<LgpDecision>('lgpDecision') ?? null;
  if (lgpDate) lgp = { date: lgpDate, decision };
  else if (decision) report('lgpDecision', 'There is a Legal Gateway decision but no Legal Gateway Panel date. Add the date, or leave the decision out.');
  const ploStart = date('ploStart');
  const proceedingsIssued = date('proceedingsIssued');

  let rating: RowValues['rating'] = null;
  const rag = choice<Rag>('rag');
  if (rag) {
    const value = rag;
    const reason = ragReason.safeParse(text('ragReason'));
    if (!optional('ragReason')) report('ragReason', 'RAG reason is missing: a RAG rating always needs its reason.');
    else if (!reason.success) report('ragReason', `RAG reason: ${reason.error.issues[0]?.message ?? 'check the reason.'}`);
    const ratedOn = pastDate('ragDate');
    if (value && reason.success) rating = { rating: value, reason: reason.data, ratedOn };
  }
  const lastCpm = pastDate('lastCpm');
  const lastPp = pastDate('lastPp');

  const name = oneLine(`${raw.firstName ?? ''} ${raw.lastName ?? ''}`);
  const row: ReadRow = { line: record.line, caseRef, name, problems, warnings, existing };
  if (problems.length === 0 && fields) {
    row.values = { fields, newTeam, people, plan, lgp, ploStart, proceedingsIssued, rating, lastCpm, lastPp };
  }
  return row;
}

function readPlan(
  primaryText: string,
  parallelText: string,
  values: ValueChoices,
  report: (key: ImportFieldKey, message: string) => void,
  warn: (key: ImportFieldKey, message: string) => void,
): RowValues['plan'] {
  let primary: PermanenceOption | null = null;
  if (!isBlankLike(primaryText)) {
    const read = values.read('primaryPlan', primaryText);
    if (read.kind === 'unmapped') {
      warn('primaryPlan', `${IMPORT_FIELD_LABELS.primaryPlan}: “${oneLine(primaryText)}” is not one Panelroom recognises, so the plan is not imported. To import it, choose what it means under “What the file’s words mean”.`);
      return null;
    }
    if (read.kind === 'value') primary = permanenceOptionOf(read.value)[0] ?? null;
  }
  const parallel = readOptions(parallelText, values);
  for (const part of parallel.unknown) warn('parallelPlans', leftBlankWarning('parallelPlans', part).replace('so it is left blank', 'so it is left out'));
  if (!primary && parallel.options.length === 0) return null;
  // The form's rules for a plan; the child's id is not known yet and does not matter to them.
  const checked = planInput.safeParse({ childId: 1, primaryOption: primary, parallelOptions: parallel.options });
  if (!checked.success) {
    for (const issue of checked.error.issues) report(issue.path[0] === 'primaryOption' ? 'primaryPlan' : 'parallelPlans', issue.message);
    return null;
  }
  return primary ? { primary, parallel: parallel.options } : null;
}
