/**
 * The fixed lists of the domain, each with the words people use for it. Values are
 * stored; labels are shown. Order is the order the app offers them in.
 */
export function labelled<const T extends string>(entries: readonly (readonly [T, string])[]) {
  const values = entries.map(([v]) => v) as unknown as readonly [T, ...T[]];
  const labels = Object.fromEntries(entries) as Record<T, string>;
  return { values, labels };
}

export const LEGAL_STATUS = labelled([
  ['none', 'None'],
  ['child_in_need', 'Child in need'],
  ['child_protection', 'Child protection'],
  ['s20', 'Section 20 (accommodated by agreement)'],
  ['pre_proceedings', 'Pre-proceedings (PLO)'],
  ['interim_care_order', 'Interim care order'],
  ['care_order', 'Care order'],
  ['placement_order', 'Placement order'],
  ['sgo', 'Special guardianship order'],
  ['other', 'Other'],
] as const);
export type LegalStatus = (typeof LEGAL_STATUS.values)[number];

/** Legal statuses under which the child is looked after by the council. */
export const IN_CARE_STATUSES: readonly LegalStatus[] = ['s20', 'interim_care_order', 'care_order', 'placement_order'];

export const PERMANENCE_OPTION = labelled([
  ['reunification', 'Reunification'],
  ['long_term_fostering', 'Staying Put / Long-Term Fostering'],
  ['special_guardianship', 'Special Guardianship'],
  ['adoption', 'Adoption / Early Permanence'],
] as const);
export type PermanenceOption = (typeof PERMANENCE_OPTION.values)[number];

export const LEGAL_ORDER_SOUGHT = labelled([
  ['none', 'None'],
  ['care_order', 'Care order'],
  ['placement_order', 'Placement order'],
  ['sgo', 'Special guardianship order'],
  ['child_arrangements_order', 'Child arrangements order'],
  ['supervision_order', 'Supervision order'],
  ['adoption_order', 'Adoption order'],
  ['discharge_care_order', 'Discharge of care order'],
  ['other', 'Other'],
] as const);
export type LegalOrderSought = (typeof LEGAL_ORDER_SOUGHT.values)[number];

export const KEY_DATE_TYPE = labelled([
  ['lgp', 'Legal Gateway Panel'],
  ['plo_start', 'Pre-proceedings (PLO) started'],
  ['proceedings_issued', 'Care proceedings issued'],
  ['week_26', 'Week 26 (court timescale)'],
  ['hearing', 'Court hearing'],
  ['second_cic_review', 'Second Child in Care review'],
  ['assessment_due', 'Assessment due'],
  ['placement_order', 'Placement order made'],
  ['match', 'Match (adoption or long-term)'],
  ['other', 'Other'],
] as const);
export type KeyDateType = (typeof KEY_DATE_TYPE.values)[number];

export const LGP_DECISION = labelled([
  ['pre_proceedings', 'Enter pre-proceedings (PLO)'],
  ['issue_proceedings', 'Issue care proceedings'],
  ['threshold_not_met', 'Threshold not met'],
  ['other', 'Other'],
] as const);
export type LgpDecision = (typeof LGP_DECISION.values)[number];

export const RAG = labelled([
  ['red', 'Red'],
  ['amber', 'Amber'],
  ['green', 'Green'],
] as const);
export type Rag = (typeof RAG.values)[number];

export const RAG_MEANING: Record<Rag, string> = {
  green: 'On track within the child’s timescale',
  amber: 'Some delay or risk: attention needed',
  red: 'Drift or delay: escalate',
};

export const GENDER = labelled([
  ['female', 'Female'],
  ['male', 'Male'],
  ['other', 'Other'],
  ['not_known', 'Not known'],
] as const);
export type Gender = (typeof GENDER.values)[number];

export const PLACEMENT_TYPE = labelled([
  ['none', 'Not placed (living at home)'],
  ['foster_in_house', 'Foster care (in-house)'],
  ['foster_agency', 'Foster care (agency)'],
  ['connected_person', 'Connected person / family and friends'],
  ['fostering_for_adoption', 'Fostering for Adoption'],
  ['adoptive', 'Placed for adoption'],
  ['residential', 'Residential'],
  ['placed_with_parents', 'Placed with parents'],
  ['supported_accommodation', 'Supported accommodation'],
  ['other', 'Other'],
] as const);
export type PlacementType = (typeof PLACEMENT_TYPE.values)[number];

/** The meetings the review engine schedules, plus statutory reviews it tracks but Panelroom does not run. */
export const MEETING_KIND = labelled([
  ['lgp', 'Legal Gateway Panel'],
  ['pp', 'Permanence Panel'],
  ['cpm', 'Care Planning Meeting'],
  ['cic_review', 'Child in Care review'],
] as const);
export type MeetingKind = (typeof MEETING_KIND.values)[number];

/** The shape of a meeting's items: a Legal Gateway booking, a panel item, or a Care Planning Meeting Record. */
export const MEETING_FORM = labelled([
  ['lgp', 'Legal Gateway booking'],
  ['pp', 'Panel item'],
  ['cpm', 'Care Planning Meeting Record'],
] as const);
export type MeetingForm = (typeof MEETING_FORM.values)[number];

export const SERIES_INTERVAL = labelled([
  ['weekly', 'Weekly'],
  ['fortnightly', 'Fortnightly'],
  ['monthly', 'Monthly'],
] as const);

export const HOLIDAY_RULE = labelled([
  ['skip', 'No meeting that week'],
  ['move', 'Move it to the next working day'],
] as const);

export const WEEKDAY = labelled([
  ['0', 'Monday'],
  ['1', 'Tuesday'],
  ['2', 'Wednesday'],
  ['3', 'Thursday'],
  ['4', 'Friday'],
  ['5', 'Saturday'],
  ['6', 'Sunday'],
] as const);

export const MONTH_WEEK = labelled([
  ['1', 'First'],
  ['2', 'Second'],
  ['3', 'Third'],
  ['4', 'Fourth'],
  ['5', 'Last'],
] as const);

/** Why a child is booked into Legal Gateway (Walsall). */
export const LGP_BOOKING_REASON = labelled([
  ['new_referral', 'New referral'],
  ['twelve_week_review', '12-week review'],
  ['unplanned_entry', 'Unplanned entry to care'],
  ['other', 'Other'],
] as const);
export type LgpBookingReason = (typeof LGP_BOOKING_REASON.values)[number];

/** The four papers a Legal Gateway presentation needs (Walsall). */
export const LGP_PAPER = labelled([
  ['genogram', 'Cultural genogram'],
  ['chronology', 'Chronology'],
  ['referral', 'Referral form (with initial permanence plan)'],
  ['assessment', 'Most recent Child and Family Assessment'],
] as const);
export type LgpPaper = (typeof LGP_PAPER.values)[number];

export const PAPER_STATE = labelled([
  ['outstanding', 'Not yet received'],
  ['received', 'Received'],
  ['not_needed', 'Not needed'],
] as const);
export type PaperState = (typeof PAPER_STATE.values)[number];
