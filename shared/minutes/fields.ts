import type { MeetingForm } from '../domain/vocabulary';

/**
 * Every free-text field a minute can hold, with the words the screen and the Word
 * documents use for it. One list, so the form, the save check, the search index and
 * the exports never disagree about what a field is called.
 */
export const TEXT_FIELD_LABELS = {
  discussion: 'Discussion',
  childViews: 'The child’s views',
  decisions: 'Decisions',
  dissent: 'Dissenting views',
  // Legal Gateway
  lgpReasons: 'Reasons for the decision',
  lgpPlanAfter: 'The plan that follows (threshold not met)',
  lgpOther: 'The decision, in words',
  // Care Planning Meeting Record: the child's needs (Dorset's sections, in order)
  communication: 'Communication needs',
  legal: 'Legal status, orders and hearings',
  placement: 'Placement needs',
  education: 'Education needs',
  health: 'Health needs',
  emotional: 'Emotional and attachment needs',
  contact: 'Keeping in touch with family and friends',
  // ... and the meeting itself
  optionsDiscussion: 'Permanence options considered and decisions',
  familyFindingReasons: 'Early family finding: reasons and next steps',
  transition: 'Transition to adulthood (Leaving Care and Adult Services)',
  viewsChild: 'Views and contributions of the child',
  viewsParents: 'Views and contributions of the parents',
  parentsNotInvitedWhy: 'Why the parents were not invited',
  parentsToldHow: 'How the parents will be told of the outcome',
  viewsIro: 'Views and contributions of the IRO',
  planForPermanence: 'The plan for permanence (legal orders sought)',
  conclusion: 'Conclusion and recommendations',
  contingency: 'Contingency plan',
  nextMeetingReason: 'Why the next meeting is not booked yet',
} as const;
export type TextField = keyof typeof TEXT_FIELD_LABELS;
export const TEXT_FIELDS = Object.keys(TEXT_FIELD_LABELS) as [TextField, ...TextField[]];

export const STRUCTURED_FIELD_LABELS = {
  nextReview: 'Next review',
  papersProvided: 'Papers provided',
  lgpDecision: 'Decision',
  assessments: 'Assessments agreed',
  planRatified: 'Initial permanence plan ratified',
  raaStage1: 'RAA Stage 1 notification needed',
  permanenceOptions: 'Permanence options',
  familyFinding: 'Early family finding',
  legalOrderSought: 'Legal order sought',
  parentsInvited: 'Parents invited',
  keyDates: 'Key dates',
  smartPlan: 'The plan: outcomes, actions and timescales',
  nextMeetingDate: 'Next meeting',
  notReached: 'Not reached at this meeting',
} as const;
export type StructuredField = keyof typeof STRUCTURED_FIELD_LABELS;

export type MinuteField = TextField | StructuredField;

export function fieldLabel(field: MinuteField): string {
  return field in TEXT_FIELD_LABELS ? TEXT_FIELD_LABELS[field as TextField] : STRUCTURED_FIELD_LABELS[field as StructuredField];
}

export const isStructuredField = (field: string): field is StructuredField => field in STRUCTURED_FIELD_LABELS;

/** Where a form calls a shared field something of its own: at Legal Gateway the plan is the initial one the panel ratifies. */
const FORM_LABELS: Partial<Record<MeetingForm, Partial<Record<MinuteField, string>>>> = {
  lgp: { permanenceOptions: 'Initial permanence plan' },
};

/** A field's label on this form's screen and in its documents. */
export function formFieldLabel(form: MeetingForm, field: MinuteField): string {
  return FORM_LABELS[form]?.[field] ?? fieldLabel(field);
}

/** The Care Planning Meeting Record's "child's needs" sections, in the record's order. */
export const CPM_NEEDS_FIELDS = ['communication', 'legal', 'placement', 'education', 'health', 'emotional', 'contact'] as const satisfies readonly TextField[];

/**
 * Which fields each form of item records, in the order the screen and the documents
 * show them. Ratings and actions belong to every form and are kept apart.
 */
export const FORM_FIELDS: Record<MeetingForm, readonly MinuteField[]> = {
  pp: ['discussion', 'childViews', 'decisions', 'dissent', 'nextReview', 'notReached'],
  lgp: ['papersProvided', 'discussion', 'lgpDecision', 'lgpReasons', 'lgpPlanAfter', 'lgpOther', 'assessments', 'permanenceOptions', 'planRatified', 'raaStage1', 'dissent', 'nextReview', 'notReached'],
  cpm: [
    ...CPM_NEEDS_FIELDS,
    'permanenceOptions',
    'optionsDiscussion',
    'familyFinding',
    'familyFindingReasons',
    'transition',
    'keyDates',
    'parentsInvited',
    'parentsNotInvitedWhy',
    'parentsToldHow',
    'viewsChild',
    'viewsParents',
    'viewsIro',
    'planForPermanence',
    'legalOrderSought',
    'conclusion',
    'contingency',
    'smartPlan',
    'nextMeetingDate',
    'nextMeetingReason',
  ],
};

/**
 * Where each part of the Care Planning Meeting Record begins (Dorset's sections, with the
 * parents' invitation in a part of its own): the screen and the Word record use the same headings.
 */
export const CPM_GROUPS = {
  needs: { first: 'communication', heading: 'The child’s needs' },
  meeting: { first: 'permanenceOptions', heading: 'The meeting' },
  parents: { first: 'parentsInvited', heading: 'The parents’ invitation' },
  views: { first: 'viewsChild', heading: 'Views and contributions' },
  plan: { first: 'planForPermanence', heading: 'The plan' },
  next: { first: 'nextMeetingDate', heading: 'Next meeting' },
} as const satisfies Record<string, { first: MinuteField; heading: string }>;

/** The heading of the record's part that begins at this field, if one does. */
export function cpmGroupStartingAt(field: MinuteField): string | undefined {
  return Object.values(CPM_GROUPS).find((g) => g.first === field)?.heading;
}

/** Transition to adulthood is asked about from this age (Dorset: planning for rising 18s starts early). */
export const TRANSITION_AGE = 17;

export function formHasField(form: MeetingForm, field: MinuteField): boolean {
  return FORM_FIELDS[form].includes(field);
}

/** The longest a single minute field may be: about forty pages of typing, far beyond any real item. */
export const MINUTE_TEXT_MAX = 100_000;
