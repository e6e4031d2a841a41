import type { Gender, LegalStatus, LgpDecision, PermanenceOption, PlacementType } from '../../../../shared/domain/vocabulary';

/**
 * How Mosaic, Liquidlogic (LCS) and Eclipse exports word the values Panelroom keeps in a
 * fixed list: their own descriptions, the SSDA903 codes and descriptions they are built on,
 * and what councils type into spreadsheets. These are the defaults a file's wordings are
 * matched with; the person can change any match in the preview.
 */
export const LEGAL_STATUS_WORDINGS: Record<string, LegalStatus> = {
  'V2': 's20',
  'V2 - Single period of accommodation under section 20': 's20',
  'V3': 's20',
  'V4': 's20',
  'S20 - Voluntary': 's20',
  'Section 20 - voluntary accommodation': 's20',
  'Voluntary accommodation': 's20',
  'Accommodated under section 20': 's20',
  'Looked after under section 20': 's20',
  'C1 - Interim care order': 'interim_care_order',
  'ICO (S38)': 'interim_care_order',
  'Interim care order (section 38)': 'interim_care_order',
  'C2 - Full care order': 'care_order',
  'Care order (section 31)': 'care_order',
  'Full care order': 'care_order',
  'E1 - Placement order granted': 'placement_order',
  'Placement order granted': 'placement_order',
  'Placement order (section 21)': 'placement_order',
  'Special guardianship order': 'sgo',
  'Child in need plan': 'child_in_need',
  'CIN plan': 'child_in_need',
  'Child protection plan': 'child_protection',
  'CP plan': 'child_protection',
  'Subject to a child protection plan': 'child_protection',
  'PLO - pre-proceedings': 'pre_proceedings',
  'Pre-proceedings (PLO)': 'pre_proceedings',
  'Police protection': 'other',
  'L1': 'other',
  'Emergency protection order': 'other',
  'EPO': 'other',
  'L2': 'other',
  'Remanded to local authority accommodation': 'other',
  'J1': 'other',
  'J2': 'other',
  'No order': 'none',
  'Not looked after': 'none',
};

export const PLACEMENT_WORDINGS: Record<string, PlacementType> = {
  'Foster care - LA': 'foster_in_house',
  'Foster care - local authority': 'foster_in_house',
  'LA foster care': 'foster_in_house',
  'LA foster placement': 'foster_in_house',
  'LA foster carer': 'foster_in_house',
  'Council foster carer': 'foster_in_house',
  'In-house foster carer': 'foster_in_house',
  'Foster placement with other foster carer - provided by the LA': 'foster_in_house',
  'Foster care - IFA': 'foster_agency',
  'Foster care - agency': 'foster_agency',
  'Foster care - independent': 'foster_agency',
  'IFA placement': 'foster_agency',
  'Agency foster carer': 'foster_agency',
  'Foster placement with other foster carer - provided by an agency': 'foster_agency',
  'Foster care - connected person': 'connected_person',
  'Foster care - family and friends': 'connected_person',
  'Foster placement with relative or friend': 'connected_person',
  'Family and friends foster care': 'connected_person',
  'Kinship foster care': 'connected_person',
  'Connected person foster carer': 'connected_person',
  'Regulation 24 placement': 'connected_person',
  'Reg 24': 'connected_person',
  'Home with parents': 'placed_with_parents',
  'Placed with parents': 'placed_with_parents',
  'Placed with own parents': 'placed_with_parents',
  'Placed with own parents or other person with parental responsibility': 'placed_with_parents',
  'With parents': 'placed_with_parents',
  'P1': 'placed_with_parents',
  'Living at home': 'none',
  'Not in placement': 'none',
  'Residential children’s home': 'residential',
  "Residential children's home": 'residential',
  'Residential care': 'residential',
  'Secure children’s home': 'residential',
  "Secure children's home": 'residential',
  'Secure unit': 'residential',
  'K1': 'residential',
  'K2': 'residential',
  'R1': 'residential',
  'Semi-independent living': 'supported_accommodation',
  'Semi-independent accommodation': 'supported_accommodation',
  'Independent living': 'supported_accommodation',
  'Supported accommodation (16+)': 'supported_accommodation',
  'H5': 'supported_accommodation',
  'Fostering for adoption': 'fostering_for_adoption',
  'FfA placement': 'fostering_for_adoption',
  'Foster to adopt': 'fostering_for_adoption',
  'Early permanence placement': 'fostering_for_adoption',
  'Placed for adoption': 'adoptive',
  'Adoption placement': 'adoptive',
  'Placed for adoption with consent': 'adoptive',
  'Placed for adoption with placement order': 'adoptive',
  'A3': 'adoptive',
  'A4': 'adoptive',
  'A5': 'adoptive',
  'A6': 'adoptive',
  'Hospital': 'other',
  'Mother and baby unit': 'other',
  'Young offender institution': 'other',
  'Other placement': 'other',
  'Z1': 'other',
};

export const PLAN_WORDINGS: Record<string, PermanenceOption> = {
  'Return to birth family': 'reunification',
  'Return home to parents': 'reunification',
  'Remain with parents': 'reunification',
  'Reunification with parents': 'reunification',
  'Long-term foster care': 'long_term_fostering',
  'Long term foster care': 'long_term_fostering',
  'LTFC': 'long_term_fostering',
  'Permanent fostering': 'long_term_fostering',
  'Staying put': 'long_term_fostering',
  'SGO with family': 'special_guardianship',
  'Kinship SGO': 'special_guardianship',
  'Special guardianship order': 'special_guardianship',
  'Placement for adoption': 'adoption',
  'Foster to adopt': 'adoption',
};

export const GENDER_WORDINGS: Record<string, Gender> = {
  'Not recorded': 'not_known',
  'Unborn': 'not_known',
  'Not specified': 'not_known',
  'Non-binary': 'other',
  'Indeterminate': 'other',
};

export const LGP_DECISION_WORDINGS: Record<string, LgpDecision> = {
  'Initiate PLO': 'pre_proceedings',
  'Enter pre-proceedings': 'pre_proceedings',
  'Issue proceedings': 'issue_proceedings',
  'Threshold not met': 'threshold_not_met',
  'Step down': 'threshold_not_met',
};

/**
 * When a wording is not in a table: what its words suggest, in order, most specific
 * first ("Foster care - IFA" is agency foster care before it is foster care). Each rule
 * reads the wording in lower case with its punctuation as spaces.
 */
export type KeywordRule<T extends string> = [RegExp, T];

export const LEGAL_STATUS_RULES: KeywordRule<LegalStatus>[] = [
  [/\binterim\b.*\bcare\b|\bico\b|\bs\s?38\b/, 'interim_care_order'],
  [/\bplacement order\b|\bs\s?21\b/, 'placement_order'],
  [/\bspecial guardian/, 'sgo'],
  [/\bcare order\b|\bs\s?31\b/, 'care_order'],
  [/\bsection\s?20\b|\bs\s?20\b|\bvoluntar|\baccommodated\b/, 's20'],
  [/\bpre\s?proceedings\b|\bplo\b|\bpublic law outline\b/, 'pre_proceedings'],
  [/\bchild protection\b|\bcp\b/, 'child_protection'],
  [/\bchild in need\b|\bcin\b|\bs\s?17\b/, 'child_in_need'],
];

export const PLACEMENT_RULES: KeywordRule<PlacementType>[] = [
  [/\bfoster\w*\b.*\badopt|\badopt\w*\b.*\bfoster|\bffa\b|\bearly permanence\b/, 'fostering_for_adoption'],
  [/\badopt/, 'adoptive'],
  [/\bfoster\w*\b.*\b(relative|friend|friends|connected|kinship|family)\b|\b(relative|friend|friends|connected|kinship|family)\b.*\bfoster/, 'connected_person'],
  [/\bfoster\w*\b.*\b(ifa|agency|independent|private)\b|\b(ifa|agency|independent)\b.*\bfoster/, 'foster_agency'],
  [/\bfoster\w*\b.*\b(la|local authority|in house|council|internal)\b|\b(la|local authority|in house|council)\b.*\bfoster/, 'foster_in_house'],
  [/\bparent/, 'placed_with_parents'],
  [/\bresidential\b|\bchildren s home\b|\bchildrens home\b|\bsecure\b/, 'residential'],
  [/\bsemi\s?independ|\bsupported\b|\blodging|\bindependent living\b/, 'supported_accommodation'],
];

export const PLAN_RULES: KeywordRule<PermanenceOption>[] = [
  [/\badopt|\bearly permanence\b/, 'adoption'],
  [/\bguardian|\bsgo\b/, 'special_guardianship'],
  [/\bfoster|\bstaying put\b|\bltf/, 'long_term_fostering'],
  [/\breturn|\breunif|\brehab|\bhome\b/, 'reunification'],
];
