import type { LegalStatus, LgpDecision } from '../domain/vocabulary';

/**
 * The legal status a Legal Gateway decision itself sets. Only pre-proceedings does: a
 * decision to issue changes nothing until the court makes an order, and is entered then.
 */
export const LEGAL_STATUS_SET_BY: Partial<Record<LgpDecision, LegalStatus>> = { pre_proceedings: 'pre_proceedings' };
