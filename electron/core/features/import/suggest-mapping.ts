import { IMPORT_FIELDS, type ImportFieldKey, type ImportMapping } from '../../../../shared/schemas/import';
import { looseKey } from './clean-cell';

/**
 * Headings Mosaic, Liquidlogic, Eclipse and councils' own spreadsheets use for each
 * field, besides the field's own name. Compared loosely (case, spaces and
 * punctuation ignored), most specific first, so "Team manager" is never taken for "Team".
 */
const HEADINGS: Record<ImportFieldKey, readonly string[]> = {
  caseRef: ['case reference', 'lcs person id', 'mosaic person id', 'eclipse person id', 'person number', 'child number', 'upn', 'client number', 'case ref', 'case id', 'case number', 'case no', 'person id', 'person ref', 'person reference', 'child id', 'child ref', 'child reference', 'client id', 'client ref', 'mosaic id', 'lcs id', 'lcs ref', 'eclipse id', 'system id', 'reference', 'ref', 'id'],
  firstName: ['first name', 'forename s', 'person forename', 'given names', 'firstname', 'forename', 'forenames', 'given name', 'given names', 'first names', 'child first name', 'child forename'],
  lastName: ['last name', 'person surname', 'surname', 'family name', 'child surname', 'child last name'],
  dateOfBirth: ['date of birth', 'dob', 'date of birth dob', 'person dob', 'child dob', 'birth date', 'date of birth edd', 'dob edd', 'edd', 'expected date of delivery', 'date of birth or edd'],
  gender: ['gender', 'sex'],
  ethnicity: ['ethnicity', 'ethnic origin', 'ethnic group', 'ethnicity description'],
  team: ['team', 'team name', 'allocated team name', 'current team', 'worker team name', 'service team', 'allocated team', 'responsible team', 'worker team', 'owning team'],
  socialWorker: ['social worker', 'sw', 'allocated worker name', 'allocated practitioner', 'lead practitioner', 'practitioner', 'case worker', 'caseworker', 'allocated worker', 'allocated social worker', 'allocated sw', 'social worker name', 'worker', 'key worker', 'keyworker', 'lead worker'],
  teamManager: ['team manager', 'tm', 'team manager name', 'allocated team manager', 'manager'],
  iro: ['iro', 'allocated iro name', 'iro allocated', 'reviewing officer name', 'independent reviewing officer', 'iro name', 'qaro', 'reviewing officer', 'allocated iro'],
  legalStatus: ['legal status', 'lac legal status', 'cla legal status', 'cic legal status', 'legal status description current', 'current legal status description', 'legal basis', 'current legal status', 'legal status description', 'legal status code', 'legal order', 'legal', 'status'],
  dateEnteredCare: ['date entered care', 'date became lac', 'date became cla', 'date became cic', 'date became looked after child', 'lac start date', 'lac start', 'looked after start date', 'date started being looked after', 'date of entry to care', 'entry to care date', 'date entered care current episode', 'episode start date', 'poc start', 'entered care', 'date became looked after', 'date looked after', 'date into care', 'date came into care', 'cla start date', 'cla start', 'cic start date', 'care start date', 'period of care start', 'poc start date', 'start date'],
  placementType: ['placement type', 'current placement type', 'placement type description', 'placement provision description', 'current placement', 'placement type current', 'placement category description', 'type of placement', 'placement category', 'placement provision', 'placement'],
  primaryPlan: ['primary permanence plan', 'permanence plan primary', 'care plan primary', 'plan for permanence', 'primary plan', 'permanence plan', 'primary option', 'permanence option', 'care plan', 'plan'],
  parallelPlans: ['parallel plans', 'parallel plan', 'parallel options', 'parallel option', 'contingency plans', 'contingency plan', 'twin track', 'twin tracking', 'parallel planning', 'parallel'],
  lgpDate: ['legal gateway panel date', 'lgp date', 'legal gateway date', 'date of lgp', 'legal gateway meeting date', 'legal gateway panel', 'lgp'],
  lgpDecision: ['legal gateway decision', 'legal gateway panel decision', 'lgp decision', 'lgp outcome', 'legal gateway outcome', 'gateway decision'],
  ploStart: ['plo start date', 'plo start', 'plo date', 'date plo started', 'pre proceedings start date', 'pre proceedings start', 'pre proceedings date', 'plo'],
  proceedingsIssued: ['proceedings issued date', 'proceedings issued', 'date proceedings issued', 'proceedings issue date', 'care proceedings issued', 'date issued', 'issue date'],
  rag: ['current rag', 'rag', 'rag rating', 'current rag rating', 'rag status', 'r a g', 'rating'],
  ragReason: ['rag reason', 'reason for rag', 'rag rationale', 'rag comment', 'rag comments', 'rating reason', 'reason for rating', 'rationale', 'reason'],
  ragDate: ['rag date', 'date rated', 'rating date', 'rag rated on', 'date of rag'],
  lastCpm: ['last care planning meeting', 'last care planning meeting date', 'last cpm', 'last cpm date', 'date of last cpm', 'cpm date', 'care planning meeting', 'cpm'],
  lastPp: ['last permanence panel', 'last permanence panel date', 'last pp', 'last pp date', 'date of last pp', 'pp date', 'permanence panel', 'pp'],
};

/** A first guess at which column feeds which field; the person can change any of it. */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const byKey = new Map<string, string>();
  for (const h of headers) if (!byKey.has(looseKey(h))) byKey.set(looseKey(h), h);
  // "Date of Birth (DOB)", "Legal Status [current]": the heading without its bracketed note is also tried.
  for (const h of headers) {
    const plain = looseKey(h.replace(/[([{].*?[)\]}]/g, ''));
    if (plain && !byKey.has(plain)) byKey.set(plain, h);
  }
  const taken = new Set<string>();
  const mapping: ImportMapping = {};
  for (const field of IMPORT_FIELDS) mapping[field.key] = null;

  // Two passes: a heading that is exactly a field's name or its most specific synonyms is
  // claimed first, so a loose synonym ("status", "plan") cannot steal it from its owner.
  const candidates = (key: ImportFieldKey, label: string) => [label, key, ...HEADINGS[key]].map(looseKey);
  for (const strictness of ['exact', 'any'] as const) {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field.key]) continue;
      const list = candidates(field.key, field.label);
      const names = strictness === 'exact' ? list.slice(0, 3) : list;
      for (const name of names) {
        const header = byKey.get(name);
        if (header && !taken.has(header)) {
          mapping[field.key] = header;
          taken.add(header);
          break;
        }
      }
    }
  }
  return mapping;
}
