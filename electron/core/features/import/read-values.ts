import { explainImpossibleDate, parseUkDate } from '../../../../shared/domain/parse-uk-date';
import { PERMANENCE_OPTION, type PermanenceOption } from '../../../../shared/domain/vocabulary';
import type { Role } from '../../../../shared/roles';
import { nameField } from '../../../../shared/schemas/common';
import type { ImportPersonMap } from '../../../../shared/schemas/import';
import { isBlankLike, isNobody } from './blank-like';
import { nameKey, oneLine } from './clean-cell';
import type { ImportState } from './load-state';
import type { ValueChoices } from './value-choices';

/** Each reader returns the value, or the sentence that tells the person what is wrong with the cell. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (message: string): Read<never> => ({ ok: false, message });

const DATE_HINT = 'Use dd/mm/yyyy, for example 22/11/2026.';
/** The shape nearly every export uses, read without trying each of the parser's patterns in turn (10,000 rows have 30,000 dates). */
const COMMON_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Spreadsheets and databases add a time to dates ("01/09/2026 00:00", "2026-09-01T14:35:00Z"); the day is what counts. */
const TIME_SUFFIX = /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

export function readDate(text: string, label: string, now: Date): Read<string> {
  const day = text.trim().replace(TIME_SUFFIX, '');
  const common = COMMON_DATE.exec(day);
  if (common) {
    const [d, m, y] = [Number(common[1]), Number(common[2]), Number(common[3])];
    if (y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) {
      return ok(`${common[3]}-${common[2]!.padStart(2, '0')}-${common[1]!.padStart(2, '0')}`);
    }
  }
  const iso = parseUkDate(day, now);
  if (iso) return ok(iso);
  const why = explainImpossibleDate(day);
  if (why) return fail(`${label}: “${text}” is not a real date: ${why}`);
  return fail(`${label}: “${text}” is not a date. ${DATE_HINT}`);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Built once: a zod schema costs far more to build than to run.
const personName = nameField('the name');

export type PersonRef = { kind: 'existing'; id: number } | { kind: 'new'; key: string; name: string; role: Role };

/** The person a worker cell names: none for "N/A" or "Unallocated", else as readPerson finds them. */
export function readWorker(text: string, role: Role, label: string, state: ImportState, chosen: ImportPersonMap, seen: Map<string, number | 'new'>): Read<PersonRef | null> {
  if (isNobody(text)) return ok(null);
  const read = readPerson(text, role, label, state);
  if (!read.ok || read.value.kind === 'existing') return read;
  // Someone not in Settings whom the person may have said is someone who is.
  const choice = chosenFor(chosen, read.value.name);
  seen.set(read.value.name, choice ?? 'new');
  if (typeof choice === 'number') {
    if (state.peopleById.has(choice)) return ok({ kind: 'existing', id: choice });
    return fail(`${label}: the person chosen for “${read.value.name}” is no longer in Settings. Choose again under “People who will be added”.`);
  }
  return read;
}

function chosenFor(chosen: ImportPersonMap, name: string): number | 'new' | undefined {
  const key = nameKey(name);
  for (const [text, choice] of Object.entries(chosen)) if (nameKey(text) === key) return choice;
  return undefined;
}

/**
 * Finds a person by name, whatever the case or spacing, and also as "Surname, Forename"
 * (how many case systems list workers). Someone not found is not an error: they are
 * added with the role their column implies.
 */
export function readPerson(text: string, role: Role, label: string, state: ImportState): Read<PersonRef> {
  const name = oneLine(text);
  const reversed = /^([^,]+),\s*([^,]+)$/.exec(name);
  const candidates = reversed ? [name, `${reversed[2]} ${reversed[1]}`] : [name];
  for (const candidate of candidates) {
    const people = state.peopleByName.get(nameKey(candidate));
    if (!people) continue;
    const best = people.find((p) => !p.archived && p.role === role) ?? people.find((p) => !p.archived) ?? people[0]!;
    return ok({ kind: 'existing', id: best.id });
  }
  const newName = candidates[candidates.length - 1]!;
  const checked = personName.safeParse(newName);
  if (!checked.success) return fail(`${label}: ${checked.error.issues[0]?.message ?? 'the name cannot be used.'}`);
  return ok({ kind: 'new', key: nameKey(checked.data), name: checked.data, role });
}

/**
 * Parallel plans come as "LTF; SGO", "Adoption / Reunification" or "LTF, SGO"; "Adoption /
 * Early Permanence" is one option, not two. Parts not recognised are listed (and left out).
 */
/** A wording's value as a permanence option: the matcher offers only these, so nothing else is ever read. */
export function permanenceOptionOf(value: string): PermanenceOption[] {
  return PERMANENCE_OPTION.values.filter((o) => o === value);
}

export function readOptions(text: string, values: ValueChoices): { options: PermanenceOption[]; unknown: string[] } {
  const found: PermanenceOption[] = [];
  const unknown: string[] = [];
  for (const piece of text.split(/[;\n|]/)) {
    if (isBlankLike(piece)) continue;
    const whole = values.read('parallelPlans', piece, true);
    if (whole.kind !== 'unmapped') {
      if (whole.kind === 'value') found.push(...permanenceOptionOf(whole.value));
      continue;
    }
    for (const part of piece.split(/[/,+]|\band\b|&/i)) {
      if (isBlankLike(part)) continue;
      const option = values.read('parallelPlans', part);
      if (option.kind === 'value') found.push(...permanenceOptionOf(option.value));
      else if (option.kind === 'unmapped') unknown.push(oneLine(part));
    }
  }
  return { options: [...new Set(found)], unknown };
}
