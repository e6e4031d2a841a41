import { panelWindowsAfterIssue } from '../review/intervals';
import type { ReviewSettings } from '../review/types';
import { IN_CARE_STATUSES, LEGAL_STATUS, PERMANENCE_OPTION, type LegalStatus, type PermanenceOption } from '../domain/vocabulary';

/*
 * What the management figures count, and the words for each part of them. The core's SQL,
 * the Figures page, the Word report and the CSV all take their parts and labels from here,
 * so a number, its label and the children behind it always mean the same thing.
 *
 * Every counted thing belongs to one "part", a path such as 'inCare/now/plan/adoption'.
 * A part's children are those of every part under it: 'inCare/now/plan' is every child
 * in care now, 'timeliness/cpm' every Care Planning Meeting due or held in the period.
 */

export const FIGURE_IDS = ['inCare', 'proceedings', 'timeliness', 'rag', 'drift', 'actions'] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** The longest period the figures cover at once: five years of months still reads as a chart. */
export const MAX_PERIOD_YEARS = 5;

/** A plan rated red for longer than this is drift (Walsall: red is "drift or delay: escalate"). */
export const RED_DRIFT_MONTHS = 3;

/** The statuses shown in the legal status figure: those of a child in care, then pre-proceedings (not in care, but on the way to court). */
export const FIGURE_STATUSES: readonly LegalStatus[] = [...IN_CARE_STATUSES, 'pre_proceedings'];
export const FIGURE_PLANS: readonly (PermanenceOption | 'none')[] = [...PERMANENCE_OPTION.values, 'none'];

export function planLabel(plan: PermanenceOption | 'none'): string {
  return plan === 'none' ? 'No permanence plan' : PERMANENCE_OPTION.labels[plan];
}

export function statusLabel(status: LegalStatus): string {
  return status === 'pre_proceedings' ? 'Pre-proceedings (PLO), not in care' : LEGAL_STATUS.labels[status];
}

/** Weeks since issue for open proceedings, in bands read against the court timescale (26 weeks by default). */
export interface WeeksBand {
  key: string;
  from: number;
  /** null: and over */
  to: number | null;
  label: string;
  /** Past the timescale. */
  over: boolean;
}

export function weeksBands(timescale: number): WeeksBand[] {
  const half = Math.floor(timescale / 2);
  const edges: [number, number | null][] = [
    [0, half],
    [half + 1, Math.max(half + 1, timescale - 6)],
    [Math.max(half + 2, timescale - 5), timescale],
    [timescale + 1, timescale + 13],
    [timescale + 14, null],
  ];
  return edges.map(([from, to], i) => ({
    key: `w${i}`,
    from,
    to,
    label: to === null ? `${from} weeks or more` : `${from} to ${to} weeks`,
    over: from > timescale,
  }));
}

/** The timeliness measures, in the order shown: Care Planning Meetings, each Permanence Panel after a decision to issue, Child in Care reviews. */
export function timelinessMeasures(s: ReviewSettings): { measure: string; label: string }[] {
  const measures = ['cpm', ...panelWindowsAfterIssue(s).map((w) => `pp${w.weeks}`), 'cic'];
  return measures.map((measure) => ({ measure, label: timelinessLabel(measure, s.cpmIntervalWeeks) }));
}

export function timelinessLabel(measure: string, cpmWeeks: number): string {
  if (measure === 'cpm') return `Care Planning Meetings within ${cpmWeeks} weeks`;
  if (measure === 'cic') return 'Child in Care reviews';
  return `Permanence Panel at ${measure.slice(2)} weeks after a decision to issue`;
}

/** The tables of the Figures page, in the order shown; each has a CSV and a place in the report. */
export const FIGURE_TABLE_IDS = ['plans', 'statuses', 'proceedings', 'timeliness', 'rag', 'drift', 'actionsByTeam', 'actionsByOwner'] as const;
export type FigureTableId = (typeof FIGURE_TABLE_IDS)[number];

export const TIMELINESS_OUTCOMES = ['onTime', 'late', 'notHeld'] as const;
export type TimelinessOutcome = (typeof TIMELINESS_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<TimelinessOutcome, string> = {
  onTime: 'Held on time',
  late: 'Held late',
  notHeld: 'Not held by the end of the period',
};

export const DRIFT_KEYS = ['s20', 'noPlan', 'red'] as const;
export type DriftKey = (typeof DRIFT_KEYS)[number];

export function driftLabel(key: DriftKey, s20Years: number): string {
  if (key === 's20') return `Accommodated under Section 20 for over ${s20Years} year${s20Years === 1 ? '' : 's'}`;
  if (key === 'noPlan') return 'No permanence plan by the second Child in Care review';
  return `Plan rated red for more than ${RED_DRIFT_MONTHS} months`;
}

export const IMPACT_KEYS = ['green', 'amber', 'red', 'none'] as const;
export type ImpactKey = (typeof IMPACT_KEYS)[number];

/** Whether `part` is `prefix` or lies under it. */
export function partUnder(part: string, prefix: string): boolean {
  return part === prefix || part.startsWith(`${prefix}/`);
}

/** The figure a part belongs to, or null if it names none. */
export function figureOfPart(part: string): FigureId | null {
  const head = part.split('/')[0];
  return (FIGURE_IDS as readonly string[]).includes(head ?? '') ? (head as FigureId) : null;
}
