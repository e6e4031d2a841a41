import type { IsoDate } from '../domain/dates';
import type { KeyDateType, LegalOrderSought, LegalStatus, LgpDecision, MeetingKind, PermanenceOption, Rag } from '../domain/vocabulary';

/**
 * Every rule the review engine applies is a setting; these are Walsall's defaults.
 * Other councils change the numbers, not the code.
 */
export interface ReviewSettings {
  /** Children in pre-proceedings or S20 come back to Legal Gateway every N weeks. */
  lgpReviewWeeks: number;
  /** After an LGP decides to issue, Permanence Panel at these weeks from that LGP. */
  ppAfterIssueWeeks: number[];
  /** A panel counts as one of those reviews from this many weeks before it... */
  ppWindowWeeksBefore: number;
  /** ...to this many weeks after it; outside the window it discharges neither. */
  ppWindowWeeksAfter: number;
  /** While the plan is rated red, Permanence Panel every N weeks. */
  ppRedWeeks: number;
  /** Care Planning Meeting every N weeks for a child in care. */
  cpmIntervalWeeks: number;
  /** Once long-term fostering is the ratified plan under a care order and not rated red, the plan is reviewed every N months. */
  ltfReviewMonths: number;
  /** The court timescale for care proceedings, in weeks from issue. */
  week26Weeks: number;
  /** IRO appointed within N working days of entering care. */
  iroAppointedWorkingDays: number;
  /** First Child in Care review within N working days of entering care. */
  firstCicReviewWorkingDays: number;
  /** Second Child in Care review within N months of the first; a permanence plan is due by then. */
  secondCicReviewMonths: number;
  /** Later Child in Care reviews every N months after the previous one. */
  laterCicReviewMonths: number;
  /** Flag a child accommodated under S20 for longer than N years. */
  s20FlagYears: number;
}

export const WALSALL_DEFAULTS: ReviewSettings = {
  lgpReviewWeeks: 12,
  ppAfterIssueWeeks: [4, 14],
  ppWindowWeeksBefore: 2,
  ppWindowWeeksAfter: 4,
  ppRedWeeks: 4,
  cpmIntervalWeeks: 6,
  ltfReviewMonths: 12,
  week26Weeks: 26,
  iroAppointedWorkingDays: 5,
  firstCicReviewWorkingDays: 20,
  secondCicReviewMonths: 3,
  laterCicReviewMonths: 6,
  s20FlagYears: 2,
};

/** What the engine knows of one child: their state now and their history. */
export interface ChildReviewState {
  legalStatus: LegalStatus;
  /** null if the child is not (or not yet) in care */
  dateEnteredCare: IsoDate | null;
  plan: PlanState | null;
  keyDates: { type: KeyDateType; date: IsoDate; decision?: LgpDecision | null }[];
  /** Meetings at which the child was discussed (from Panelroom's own meetings or imported history). */
  meetings: { kind: MeetingKind; date: IsoDate }[];
  /** Plan RAG ratings, any order. */
  ratings: { date: IsoDate; rating: Rag }[];
  /** Child in Care reviews held, any order: the date and which review it was (1 = the first of this episode of care). */
  cicReviews?: { date: IsoDate; ordinal: number }[];
  /** An IRO is recorded on the child. */
  iroRecorded?: boolean;
  /** What the latest held Care Planning Meeting agreed, when it recorded a primary option. */
  agreedPlan?: AgreedPlan | null;
  /** For each kind of panel the rota proposes children for: whether the child's team has a turn on an active rota. Absent: not known, not flagged. */
  panelTurn?: Partial<Record<MeetingKind, boolean>>;
  /** An escalation to the Group Manager that is still open. */
  escalation?: { date: IsoDate; reason: string } | null;
}

export interface PlanState {
  primary: PermanenceOption | null;
  parallel: PermanenceOption[];
  legalOrderSought?: LegalOrderSought | null;
  /** When these options were first agreed: a change of option starts a new date. */
  optionsSince?: IsoDate | null;
  /** These options replaced earlier ones (this is not the child's first plan). */
  changedOption?: boolean;
  /** A ratification recorded on the plan (a date typed with it, or the Group Manager's). */
  ratifiedOn?: IsoDate | null;
}

export interface AgreedPlan {
  date: IsoDate;
  primary: PermanenceOption;
  parallel: PermanenceOption[];
  legalOrderSought: LegalOrderSought | null;
}

/** Every rule the engine applies, by the id a due item or a flag carries. */
export const RULE_IDS = [
  'lgp-12-week-review',
  'lgp-first-available',
  'pp-after-issue',
  'pp-red-4-weekly',
  'cpm-6-weekly',
  'cpm-ltf-yearly',
  'week-26',
  'iro-appointed',
  'cic-first-review',
  'cic-second-review',
  'cic-later-review',
  'permanence-plan-due',
  's20-over-2-years',
  'pp-after-issue-missed',
  'cic-review-overdue',
  'iro-overdue',
  'plan-to-be-ratified',
  'plan-differs',
  'no-panel-turn',
  'escalated',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface DueItem {
  kind: MeetingKind;
  date: IsoDate;
  rule: RuleId;
  /** Plain English, shown as it is: "12-week Legal Gateway review (pre-proceedings)". */
  reason: string;
}

export interface ReviewFlag {
  rule: RuleId;
  severity: 'warning' | 'alert';
  message: string;
}

export interface ReviewResult {
  /** Everything due, soonest first. */
  due: DueItem[];
  /** The soonest panel or meeting Panelroom runs (LGP, PP or CPM), or null. */
  next: DueItem | null;
  proceedingsIssued: IsoDate | null;
  week26Date: IsoDate | null;
  lastDiscussed: { kind: MeetingKind; date: IsoDate } | null;
  flags: ReviewFlag[];
}
