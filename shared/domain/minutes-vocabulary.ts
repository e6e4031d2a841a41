import { labelled } from './vocabulary';

/**
 * A meeting's life: the agenda is planned, the meeting runs, the minutes are drafted,
 * the chair approves them, and they are locked once filed. Only forward, except that
 * a draft can go back to the room until it is approved.
 */
export const MEETING_STATUS = labelled([
  ['planned', 'Planned'],
  ['in_progress', 'In progress'],
  ['draft', 'Draft minutes'],
  ['approved', 'Approved'],
  ['locked', 'Locked'],
] as const);
export type MeetingStatus = (typeof MEETING_STATUS.values)[number];

export const ATTENDANCE = labelled([
  ['present', 'Present'],
  ['apologies', 'Apologies'],
  ['absent', 'Absent'],
] as const);
export type Attendance = (typeof ATTENDANCE.values)[number];

export const ACTION_STATUS = labelled([
  ['open', 'Open'],
  ['done', 'Done'],
  ['dropped', 'No longer needed'],
] as const);
export type ActionStatus = (typeof ACTION_STATUS.values)[number];

/** What a later meeting decides about an earlier meeting's open action. */
export const ACTION_REVIEW = labelled([
  ['done', 'Done'],
  ['carried', 'Carried forward'],
  ['dropped', 'No longer needed'],
] as const);
export type ActionReview = (typeof ACTION_REVIEW.values)[number];

/** The assessments a Legal Gateway Panel can agree, each with a timescale (Walsall). */
export const LGP_ASSESSMENT = labelled([
  ['fgc', 'Family group conference / family network meeting'],
  ['parenting', 'Parenting assessment (PAMS if required)'],
  ['sibling', 'Sibling together-or-apart assessment'],
  ['viability', 'Viability assessment of connected carers'],
  ['psychological', 'Psychological assessment'],
  ['drug_alcohol', 'Drug and alcohol testing'],
  ['other', 'Other'],
] as const);
export type LgpAssessment = (typeof LGP_ASSESSMENT.values)[number];

/**
 * The early family finding decision (Walsall: "court permission must be considered both
 * for adoption and permanent fostering"), made for each of the two separately.
 */
export const FAMILY_FINDING = labelled([
  ['apply', 'Apply for the court’s permission now'],
  ['not_yet', 'Considered: not yet'],
  ['not_needed', 'Not needed for this plan'],
] as const);
export type FamilyFinding = (typeof FAMILY_FINDING.values)[number];

/** The two kinds of permanent home family finding can be for, in the words the record prints. */
export const FAMILY_FINDING_FOR = labelled([
  ['adoption', 'For adoption'],
  ['fostering', 'For permanent fostering'],
] as const);
export type FamilyFindingFor = (typeof FAMILY_FINDING_FOR.values)[number];
