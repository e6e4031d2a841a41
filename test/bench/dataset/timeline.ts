import type { LegalStatus, PlacementType } from '../../../shared/domain/vocabulary';
import type { Prng } from './prng';
import type { CasePath } from './world';

/** A child's case over time, as day numbers. */
export interface Timeline {
  path: CasePath;
  /** First involvement: the first Legal Gateway Panel or referral. */
  start: number;
  enteredCare: number | null;
  /** The day care proceedings were issued, when they were. */
  issued: number | null;
  /** The Legal Gateway Panel that decided to issue proceedings. */
  issueDecision: number | null;
  /** The final order (care, placement or special guardianship), when there was one. */
  finalOrder: number | null;
  closedOn: number | null;
  placement: PlacementType;
  /** Whether the child's plan is RAG-rated (anyone with a permanence plan). */
  rated: boolean;
}

const W = 7;

/** Legal status now (or at closure) for open and closed cases, weighted as a large council's caseload. */
export const OPEN_STATUSES: readonly (readonly [LegalStatus, number])[] = [
  ['care_order', 30],
  ['interim_care_order', 9],
  ['placement_order', 5],
  ['s20', 9],
  ['pre_proceedings', 7],
  ['child_protection', 18],
  ['child_in_need', 12],
  ['sgo', 4],
  ['none', 3],
  ['other', 3],
];
export const CLOSED_STATUSES: readonly (readonly [LegalStatus, number])[] = [
  ['sgo', 25],
  ['placement_order', 20],
  ['care_order', 20],
  ['s20', 12],
  ['child_in_need', 10],
  ['child_protection', 8],
  ['none', 5],
];

/**
 * When things happened in one child's case, worked backwards from the order or the
 * closure so every date is in order and none is after today (bar future hearings).
 */
export function timelineFor(rnd: Prng, status: LegalStatus, closed: boolean, today: number, firstDay: number): Timeline {
  const closedOn = closed ? today - rnd.int(1, 480) * W - rnd.int(0, 6) : null;
  const end = closedOn ?? today;
  const floor = (day: number) => Math.max(firstDay, day);

  switch (status) {
    case 'interim_care_order':
    case 'care_order':
    case 'placement_order':
    case 'sgo': {
      let finalOrder: number | null;
      let issued: number;
      if (status === 'interim_care_order') {
        finalOrder = null;
        issued = end - rnd.int(1, 50) * W - rnd.int(0, 6);
      } else {
        if (!closed) finalOrder = end - rnd.int(status === 'placement_order' ? 4 : 2, status === 'placement_order' ? 150 : 450) * W;
        else if (status === 'sgo') finalOrder = end;
        else if (status === 'placement_order') finalOrder = end - rnd.int(26, 70) * W;
        else finalOrder = end - rnd.int(26, 300) * W;
        issued = finalOrder - rnd.int(26, 52) * W;
      }
      issued = floor(issued);
      const lgpIssue = floor(issued - rnd.int(3, 14));
      const start = rnd.chance(0.6) ? floor(lgpIssue - rnd.int(8, 20) * W) : lgpIssue;
      const inCare = status !== 'sgo' || rnd.chance(0.6);
      return {
        path: 'proceedings',
        start,
        enteredCare: inCare ? Math.max(start, issued - rnd.int(0, 14)) : null,
        issued,
        issueDecision: lgpIssue,
        finalOrder: finalOrder === null ? null : Math.max(finalOrder, issued + 26 * W),
        closedOn,
        placement: placementFor(rnd, status),
        rated: true,
      };
    }
    case 'pre_proceedings':
      return { path: 'plo', start: end - rnd.int(2, 20) * W, enteredCare: null, issued: null, issueDecision: null, finalOrder: null, closedOn, placement: 'none', rated: true };
    case 's20': {
      const start = floor(end - rnd.int(closed ? 8 : 4, closed ? 100 : 200) * W);
      return { path: 's20', start, enteredCare: start + rnd.int(0, 14), issued: null, issueDecision: null, finalOrder: null, closedOn, placement: placementFor(rnd, status), rated: true };
    }
    case 'child_protection':
    case 'child_in_need':
      return {
        path: status === 'child_protection' ? 'protection' : 'need',
        start: floor(end - rnd.int(closed ? 20 : 2, 100) * W),
        enteredCare: null,
        issued: null,
        issueDecision: null,
        finalOrder: null,
        closedOn,
        placement: 'none',
        rated: false,
      };
    default:
      return { path: 'other', start: floor(end - rnd.int(10, 500) * W), enteredCare: null, issued: null, issueDecision: null, finalOrder: null, closedOn, placement: 'none', rated: false };
  }
}

function placementFor(rnd: Prng, status: LegalStatus): PlacementType {
  switch (status) {
    case 'placement_order':
      return rnd.weighted([['fostering_for_adoption', 3], ['adoptive', 4], ['foster_in_house', 2]]);
    case 'sgo':
      return 'connected_person';
    case 'interim_care_order':
      return rnd.weighted([['foster_in_house', 4], ['foster_agency', 3], ['connected_person', 2], ['placed_with_parents', 1]]);
    case 's20':
      return rnd.weighted([['foster_in_house', 5], ['foster_agency', 3], ['residential', 1], ['supported_accommodation', 1]]);
    default:
      return rnd.weighted([['foster_in_house', 5], ['foster_agency', 4], ['connected_person', 2], ['residential', 1], ['placed_with_parents', 1]]);
  }
}
