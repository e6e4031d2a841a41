import type { IsoDate } from '../../domain/dates';
import { IN_CARE_STATUSES } from '../../domain/vocabulary';
import type { ChildReviewState, ReviewSettings } from '../types';

/** What every rule reads. Built once per child; rules never change it. */
export interface RuleContext {
  state: ChildReviewState;
  settings: ReviewSettings;
  today: IsoDate;
  holidays: ReadonlySet<IsoDate>;
  /** The date the child entered care, when the child is looked after now; else null. */
  inCareSince: IsoDate | null;
}

export function ruleContext(state: ChildReviewState, settings: ReviewSettings, today: IsoDate, holidays: ReadonlySet<IsoDate>): RuleContext {
  const inCare = state.dateEnteredCare !== null && IN_CARE_STATUSES.includes(state.legalStatus);
  return { state, settings, today, holidays, inCareSince: inCare ? state.dateEnteredCare : null };
}
