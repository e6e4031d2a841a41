import { addDaysIso, todayIso } from '../../../../shared/domain/dates';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  type ImportFieldKey,
  type ImportMapping,
  type ImportPersonMap,
  type ImportPersonToAdd,
  type ImportRowProblem,
  type ImportTeamEntry,
  type ImportTeamMap,
  type ImportValueColumn,
  type ImportValueMap,
} from '../../../../shared/schemas/import';
import { oneLine } from './clean-cell';
import type { ImportState } from './load-state';
import type { ParsedCsv } from './parse-csv';
import { planWrites, type RowWrites } from './plan-writes';
import { readRow, type PersonField } from './read-row';
import { TeamChoices } from './team-choices';
import { ValueChoices } from './value-choices';

/** How far ahead an expected date of delivery can sensibly be. */
const MAX_EDD_DAYS = 300;

export interface AnalysedRow {
  line: number;
  caseRef: string;
  name: string;
  problems: ImportRowProblem[];
  warnings: ImportRowProblem[];
  /** present only for a row with no problems */
  writes?: RowWrites;
}

export interface Analysis {
  headers: string[];
  examples: string[];
  mapping: ImportMapping;
  fileProblems: string[];
  rows: AnalysedRow[];
  values: ImportValueColumn[];
  teams: ImportTeamEntry[];
  /** every worker named who is not in Settings, and who the person said each is ('new' unless chosen) */
  people: ImportPersonMap;
}

/** What the person decided about a file (or what was suggested for them). */
export interface ImportChoices {
  mapping: ImportMapping;
  values: ImportValueMap;
  teams: ImportTeamMap;
  people: ImportPersonMap;
}

export interface PersonToAdd extends ImportPersonToAdd {
  key: string;
  teamId: number | null;
  /** a team added by the same import, whose id is known only once it is written */
  newTeamKey: string | null;
}

/**
 * The whole import short of writing: parse, map, read and check every row, find
 * duplicates, and work out what each row would change. Preview shows this; commit
 * runs it again inside its transaction, so it never trusts an earlier answer.
 */
export function analyseImport(parsed: ParsedCsv, choices: ImportChoices, state: ImportState, now: Date): Analysis {
  const mapping = completeMapping(choices.mapping);
  const { columns, problems: mappingProblems } = resolveColumns(parsed.headers, mapping);
  const fileProblems = [...parsed.fileProblems, ...(parsed.headers.length > 0 ? mappingProblems : [])];
  const analysis: Analysis = { headers: parsed.headers, examples: parsed.examples.map((e) => oneLine(e).slice(0, 60)), mapping, fileProblems, rows: [], values: [], teams: [], people: {} };
  // Until the columns are right, every row would show the same complaint: say it once, about the file.
  if (mappingProblems.length > 0 || parsed.headers.length === 0) return analysis;

  const today = todayIso(now);
  const values = new ValueChoices(choices.values);
  const teams = new TeamChoices(choices.teams, state);
  const workers = new Map<string, number | 'new'>();
  const context = { columns, headers: parsed.headers, state, today, now, latestEdd: addDaysIso(today, MAX_EDD_DAYS), values, teams, people: choices.people, workers };
  const firstLineOf = new Map<string, number>();
  for (const record of parsed.records) {
    const read = readRow(record, context);
    const refKey = read.caseRef.toLowerCase();
    const first = refKey ? firstLineOf.get(refKey) : undefined;
    if (first !== undefined) {
      read.problems.unshift({
        field: 'caseRef',
        column: mapping.caseRef ?? null,
        message: `Duplicate case reference: ${read.caseRef} is already on line ${first}. Each child can be in the file once: exclude this row, or remove one of the two from the file.`,
      });
    } else if (refKey) firstLineOf.set(refKey, read.line);
    const row: AnalysedRow = { line: read.line, caseRef: read.caseRef, name: read.name, problems: read.problems, warnings: read.warnings };
    if (read.problems.length === 0 && read.values) row.writes = planWrites(read.line, read.existing, read.values, state, today);
    analysis.rows.push(row);
  }
  analysis.values = values.columns((field) => mapping[field] ?? null);
  analysis.teams = teams.entries();
  analysis.people = Object.fromEntries(workers);
  return analysis;
}

/** Teams the given rows name that the person chose to add, each once. */
export function teamsToAdd(rows: readonly AnalysedRow[]): { key: string; name: string }[] {
  const found = new Map<string, { key: string; name: string }>();
  for (const row of rows) {
    const team = row.writes?.values.newTeam;
    if (team && !found.has(team.key)) found.set(team.key, team);
  }
  return [...found.values()];
}

/** People the given rows name who are not in Settings yet, each once, with the role of the first column that named them. */
export function peopleToAdd(rows: readonly AnalysedRow[], state: ImportState): PersonToAdd[] {
  const found = new Map<string, PersonToAdd>();
  for (const row of rows) {
    if (!row.writes) continue;
    const teamId = row.writes.values.fields.teamId;
    for (const field of ['socialWorker', 'teamManager', 'iro'] as PersonField[]) {
      const ref = row.writes.values.people[field];
      if (ref?.kind !== 'new') continue;
      const entry = found.get(ref.key);
      if (entry) {
        entry.rows++;
        continue;
      }
      // Workers belong to the child's team; an IRO is independent of it.
      const isIro = ref.role === 'iro';
      const personTeam = isIro ? null : teamId;
      const newTeam = isIro ? null : row.writes.values.newTeam;
      const teamName = newTeam ? newTeam.name : personTeam === null ? null : (state.teamNames.get(personTeam) ?? null);
      found.set(ref.key, { key: ref.key, name: ref.name, role: ref.role, teamId: personTeam, newTeamKey: newTeam?.key ?? null, teamName, rows: 1 });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

function completeMapping(mapping: ImportMapping): ImportMapping {
  const complete: ImportMapping = {};
  for (const f of IMPORT_FIELDS) complete[f.key] = mapping[f.key] ? oneLine(mapping[f.key]!) : null;
  return complete;
}

function resolveColumns(headers: readonly string[], mapping: ImportMapping): { columns: Partial<Record<ImportFieldKey, number>>; problems: string[] } {
  const columns: Partial<Record<ImportFieldKey, number>> = {};
  const problems: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field.key];
    if (!header) {
      if (field.required) problems.push(`Choose the column that holds the ${field.label.toLowerCase()}: every child needs one.`);
      continue;
    }
    let index = headers.indexOf(header);
    if (index < 0) index = headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    if (index < 0) problems.push(`The column “${header}” chosen for ${field.label} is not in this file. Choose another column.`);
    else columns[field.key] = index;
  }
  if (columns.rag !== undefined && columns.ragReason === undefined) {
    problems.push(`A RAG rating always needs its reason: choose the column for “${IMPORT_FIELD_LABELS.ragReason}”, or set “${IMPORT_FIELD_LABELS.rag}” to “Not imported”.`);
  }
  if (columns.lgpDecision !== undefined && columns.lgpDate === undefined) {
    problems.push(`A Legal Gateway decision is recorded against the panel’s date: choose the column for “${IMPORT_FIELD_LABELS.lgpDate}”, or set “${IMPORT_FIELD_LABELS.lgpDecision}” to “Not imported”.`);
  }
  return { columns, problems };
}
