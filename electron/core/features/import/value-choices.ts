import { IMPORT_FIELD_LABELS, IMPORT_VALUE_FIELDS, type ImportValueColumn, type ImportValueEntry, type ImportValueField, type ImportValueMap } from '../../../../shared/schemas/import';
import { looseKey, oneLine } from './clean-cell';
import { isBlankLike } from './blank-like';
import { genderMatcher, legalStatusMatcher, lgpDecisionMatcher, permanenceMatcher, placementMatcher, ragMatcher, type Matcher } from './vocabulary-match';

const MATCHERS: Record<ImportValueField, Matcher<string>> = {
  legalStatus: legalStatusMatcher,
  gender: genderMatcher,
  placementType: placementMatcher,
  primaryPlan: permanenceMatcher,
  parallelPlans: permanenceMatcher,
  lgpDecision: lgpDecisionMatcher,
  rag: ragMatcher,
};

export type ValueRead = { kind: 'value'; value: string } | { kind: 'blank' } | { kind: 'unmapped' };

/** Where the person chooses what the file's words mean, in words the messages can point to. */
export const VALUES_STEP = 'What the file’s words mean';

/**
 * What each wording in a column with a fixed list will be read as: the person's choice in
 * the preview, else the suggestion from the wording (Panelroom's own labels, the case
 * systems' wordings, the words in it), else blank where it is a blank-like ("N/A") and
 * the field may be blank. Every wording read is counted, so the preview can list them all.
 */
export class ValueChoices {
  private readonly chosen = new Map<ImportValueField, Map<string, string>>();
  private readonly seen = new Map<ImportValueField, Map<string, ImportValueEntry>>();

  constructor(requested: ImportValueMap) {
    for (const field of Object.keys(IMPORT_VALUE_FIELDS) as ImportValueField[]) {
      const map = new Map<string, string>();
      for (const [text, value] of Object.entries(requested[field] ?? {})) map.set(looseKey(text), value);
      this.chosen.set(field, map);
    }
  }

  /** Reads one wording and counts it. `exactOnly` leaves out suggestions from the words (a part of a cell that may be several values). */
  read(field: ImportValueField, raw: string, exactOnly = false): ValueRead {
    const text = oneLine(raw);
    const key = looseKey(text);
    const matcher = MATCHERS[field];
    const choice = this.chosen.get(field)!.get(key);
    let entry: ImportValueEntry;
    if (choice !== undefined && (choice === '' ? IMPORT_VALUE_FIELDS[field].blank : matcher.values.includes(choice))) entry = { text, rows: 0, value: choice, source: 'chosen' };
    else {
      const suggested = exactOnly ? matcher.exact(text) : matcher.match(text);
      if (suggested) entry = { text, rows: 0, value: suggested, source: 'suggested' };
      else if (isBlankLike(text) && IMPORT_VALUE_FIELDS[field].blank) entry = { text, rows: 0, value: '', source: 'blank-like' };
      else entry = { text, rows: 0, value: null, source: 'none' };
    }
    if (exactOnly && entry.value === null) return { kind: 'unmapped' };
    this.count(field, key, entry);
    if (entry.value === null) return { kind: 'unmapped' };
    return entry.value === '' ? { kind: 'blank' } : { kind: 'value', value: entry.value };
  }

  /** Every wording seen, per field, most common first, for the preview. */
  columns(columnOf: (field: ImportValueField) => string | null): ImportValueColumn[] {
    const out: ImportValueColumn[] = [];
    for (const [field, entries] of this.seen) {
      const column = columnOf(field);
      if (!column || entries.size === 0) continue;
      out.push({ field, column, entries: [...entries.values()].sort((a, b) => b.rows - a.rows || a.text.localeCompare(b.text, 'en-GB')) });
    }
    return out;
  }

  private count(field: ImportValueField, key: string, entry: ImportValueEntry): void {
    let entries = this.seen.get(field);
    if (!entries) this.seen.set(field, (entries = new Map()));
    const known = entries.get(key);
    if (known) known.rows++;
    else entries.set(key, { ...entry, rows: 1 });
  }
}

/** The sentence for a wording nobody has said the meaning of, in a field that can be left blank: it is, and the row still imports. */
export function leftBlankWarning(field: ImportValueField, text: string): string {
  return `${IMPORT_FIELD_LABELS[field]}: “${oneLine(text)}” is not one Panelroom recognises, so it is left blank. To import it, choose what it means under “${VALUES_STEP}”.`;
}

/** The sentence for a required field whose wording means nothing yet. */
export function unmappedProblem(field: ImportValueField, text: string): string {
  return `${IMPORT_FIELD_LABELS[field]}: “${oneLine(text)}” is not one Panelroom recognises. Choose what it means under “${VALUES_STEP}”, or use one of: ${MATCHERS[field].labels.join(', ')}.`;
}
