import { GENDER, LEGAL_STATUS, LGP_DECISION, PERMANENCE_OPTION, PLACEMENT_TYPE, RAG } from '../../../../shared/domain/vocabulary';
import { looseKey } from './clean-cell';
import {
  GENDER_WORDINGS,
  LEGAL_STATUS_RULES,
  LEGAL_STATUS_WORDINGS,
  LGP_DECISION_WORDINGS,
  PLACEMENT_RULES,
  PLACEMENT_WORDINGS,
  PLAN_RULES,
  PLAN_WORDINGS,
  type KeywordRule,
} from './case-system-wordings';

export interface Matcher<T extends string> {
  /** The value a wording means: from the tables, then from the words in it; undefined when it suggests nothing. */
  match(text: string): T | undefined;
  /** The value from the tables alone (no reading of the words): for parts of a cell that may hold several values. */
  exact(text: string): T | undefined;
  /** Every value the list holds, for checking a value the person chose. */
  values: readonly T[];
  /** The labels, for telling the person what would have been understood. */
  labels: readonly string[];
}

/**
 * Reads a coded value leniently: the stored value, the label (and each half of a
 * "A / B" label, and a label without its bracketed part), and the abbreviations and
 * codes councils' systems use. Case, spaces and punctuation never matter.
 */
function matcher<T extends string>(vocab: { values: readonly T[]; labels: Record<T, string> }, synonyms: Record<string, T>, wordings: Record<string, T> = {}, rules: readonly KeywordRule<T>[] = []): Matcher<T> {
  const table = new Map<string, T>();
  const add = (text: string, value: T) => {
    const key = looseKey(text);
    if (key && !table.has(key)) table.set(key, value);
  };
  for (const [text, value] of Object.entries(synonyms)) add(text, value);
  for (const [text, value] of Object.entries(wordings)) add(text, value);
  for (const value of vocab.values) {
    add(value, value);
    add(vocab.labels[value], value);
  }
  // Shortened labels only where they stay unambiguous: "Foster care" could be either kind of foster care.
  const shortened = new Map<string, Set<T>>();
  for (const value of vocab.values) {
    const label = vocab.labels[value];
    for (const part of [label.replace(/\(.*?\)/g, ''), ...label.split(' / ')]) {
      const key = looseKey(part);
      shortened.set(key, (shortened.get(key) ?? new Set<T>()).add(value));
    }
  }
  for (const [key, values] of shortened) if (values.size === 1) add(key, [...values][0]!);
  const byRule = (text: string) => {
    const words = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
    return rules.find(([pattern]) => pattern.test(words))?.[1];
  };
  return { match: (text) => table.get(looseKey(text)) ?? byRule(text), exact: (text) => table.get(looseKey(text)), values: vocab.values, labels: vocab.values.map((v) => vocab.labels[v]) };
}

export const legalStatusMatcher = matcher(LEGAL_STATUS, {
  'S20': 's20',
  'Section 20': 's20',
  'Sec 20': 's20',
  'Accommodated': 's20',
  'V2': 's20',
  'PLO': 'pre_proceedings',
  'Pre-proceedings': 'pre_proceedings',
  'Public Law Outline': 'pre_proceedings',
  'ICO': 'interim_care_order',
  'Interim care': 'interim_care_order',
  'C1': 'interim_care_order',
  'S38': 'interim_care_order',
  'CO': 'care_order',
  'FCO': 'care_order',
  'Full care order': 'care_order',
  'Final care order': 'care_order',
  'C2': 'care_order',
  'S31': 'care_order',
  'PO': 'placement_order',
  'E1': 'placement_order',
  'SGO': 'sgo',
  'Special guardianship': 'sgo',
  'CIN': 'child_in_need',
  'S17': 'child_in_need',
  'Section 17': 'child_in_need',
  'CP': 'child_protection',
  'CPP': 'child_protection',
  'Child protection plan': 'child_protection',
  'Nil': 'none',
}, LEGAL_STATUS_WORDINGS, LEGAL_STATUS_RULES);

export const permanenceMatcher = matcher(PERMANENCE_OPTION, {
  'Return home': 'reunification',
  'Return to parents': 'reunification',
  'Rehabilitation': 'reunification',
  'Rehab': 'reunification',
  'Rehabilitation home': 'reunification',
  'LTF': 'long_term_fostering',
  'Long term fostering': 'long_term_fostering',
  'Long term foster care': 'long_term_fostering',
  'Fostering': 'long_term_fostering',
  'SGO': 'special_guardianship',
  'SG': 'special_guardianship',
  'Special guardianship order': 'special_guardianship',
  'Early permanence': 'adoption',
  'EP': 'adoption',
  'FfA': 'adoption',
  'Fostering for adoption': 'adoption',
}, PLAN_WORDINGS, PLAN_RULES);

export const placementMatcher = matcher(PLACEMENT_TYPE, {
  'Not placed': 'none',
  'Living at home': 'none',
  'At home': 'none',
  'In-house foster care': 'foster_in_house',
  'In house fostering': 'foster_in_house',
  'In-house foster': 'foster_in_house',
  'LA foster care': 'foster_in_house',
  'Local authority foster care': 'foster_in_house',
  'IFA': 'foster_agency',
  'Agency foster care': 'foster_agency',
  'Agency fostering': 'foster_agency',
  'Independent fostering agency': 'foster_agency',
  'Connected person': 'connected_person',
  'Connected carer': 'connected_person',
  'Kinship': 'connected_person',
  'Kinship care': 'connected_person',
  'Family and friends': 'connected_person',
  'Family & friends': 'connected_person',
  'FfA': 'fostering_for_adoption',
  'Early permanence': 'fostering_for_adoption',
  'Adoption': 'adoptive',
  'Adoptive placement': 'adoptive',
  "Children's home": 'residential',
  'Childrens home': 'residential',
  'Residential home': 'residential',
  'PWP': 'placed_with_parents',
  'Placement with parents': 'placed_with_parents',
  'Supported lodgings': 'supported_accommodation',
  'Semi-independent': 'supported_accommodation',
}, PLACEMENT_WORDINGS, PLACEMENT_RULES);

export const genderMatcher = matcher(GENDER, {
  F: 'female',
  Girl: 'female',
  M: 'male',
  Boy: 'male',
  Unknown: 'not_known',
  NK: 'not_known',
  'Not stated': 'not_known',
  Indeterminate: 'other',
}, GENDER_WORDINGS);

export const lgpDecisionMatcher = matcher(LGP_DECISION, {
  'PLO': 'pre_proceedings',
  'Pre-proceedings': 'pre_proceedings',
  'Enter PLO': 'pre_proceedings',
  'Issue': 'issue_proceedings',
  'Issue proceedings': 'issue_proceedings',
  'Issue care proceedings': 'issue_proceedings',
  'Care proceedings': 'issue_proceedings',
  'Proceedings': 'issue_proceedings',
  'Not met': 'threshold_not_met',
  'NFA': 'threshold_not_met',
  'No further action': 'threshold_not_met',
}, LGP_DECISION_WORDINGS);

export const ragMatcher = matcher(RAG, { R: 'red', A: 'amber', G: 'green' });
