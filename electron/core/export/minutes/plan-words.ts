import { LEGAL_ORDER_SOUGHT, PERMANENCE_OPTION, type LegalOrderSought, type PermanenceOption } from '../../../../shared/domain/vocabulary';

export interface PlanLike {
  primary: PermanenceOption | null;
  parallel: readonly PermanenceOption[];
  legalOrderSought?: LegalOrderSought | null;
}

export const yesNo = (v: boolean | null | undefined) => (v === true ? 'Yes' : v === false ? 'No' : 'Not recorded');

/** Whether a plan says anything at all. */
export const hasPlan = (plan: PlanLike | null | undefined): plan is PlanLike => Boolean(plan && (plan.primary || plan.parallel.length > 0));

/** "Primary: Special Guardianship; parallel: Adoption / Early Permanence": which option is primary is always written out. */
export function planWords(plan: PlanLike | null | undefined): string {
  if (!hasPlan(plan)) return 'Not recorded';
  const primary = `Primary: ${plan.primary ? PERMANENCE_OPTION.labels[plan.primary] : 'not decided'}`;
  const parallel = plan.parallel.map((p) => PERMANENCE_OPTION.labels[p]).join(', ');
  const order = plan.legalOrderSought ? `; legal order sought: ${LEGAL_ORDER_SOUGHT.labels[plan.legalOrderSought]}` : '';
  return `${primary}${parallel ? `; parallel: ${parallel}` : ''}${order}`;
}

export const includesAdoption = (plan: PlanLike | null | undefined) => Boolean(plan && (plan.primary === 'adoption' || plan.parallel.includes('adoption')));
