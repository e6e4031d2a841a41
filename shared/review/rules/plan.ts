import { formatUkDate } from '../../domain/dates';
import { LEGAL_ORDER_SOUGHT, PERMANENCE_OPTION, type PermanenceOption } from '../../domain/vocabulary';
import type { ReviewFlag } from '../types';
import { heldReviews } from './cic';
import type { RuleContext } from './context';

/*
 * Walsall: "When a final permanence plan has been identified for a child / young
 * person, the Group Manager will be responsible for ratifying this"; a change of
 * permanence option is ratified at a Child in Care review. The plan's options count
 * as ratified once a ratification is recorded on the plan (a date, or the Group
 * Manager's) or a Child in Care review has been held since they were agreed.
 */
export function planRatified(ctx: RuleContext): boolean {
  const plan = ctx.state.plan;
  if (!plan || plan.primary === null) return false;
  if (plan.ratifiedOn) return true;
  const since = plan.optionsSince ?? null;
  return since !== null && heldReviews(ctx).some((r) => r.date >= since);
}

/** A change of option stays marked until it is ratified: "to be ratified at the next Child in Care review". */
export function planToBeRatified(ctx: RuleContext): ReviewFlag | null {
  const plan = ctx.state.plan;
  if (!plan || plan.primary === null || plan.changedOption !== true || planRatified(ctx)) return null;
  const since = plan.optionsSince ? ` on ${formatUkDate(plan.optionsSince)}` : '';
  return { rule: 'plan-to-be-ratified', severity: 'warning', message: `Plan changed to ${PERMANENCE_OPTION.labels[plan.primary]}${since}: to be ratified at the next Child in Care review` };
}

function sameOptions(a: readonly PermanenceOption[], b: readonly PermanenceOption[]): boolean {
  return a.length === b.length && a.every((o) => b.includes(o));
}

/** The child's plan says something other than what the latest Care Planning Meeting agreed. */
export function planDiffers({ state }: RuleContext): ReviewFlag | null {
  const agreed = state.agreedPlan;
  if (!agreed) return null;
  const plan = state.plan;
  const differences: string[] = [];
  if ((plan?.primary ?? null) !== agreed.primary) differences.push(`primary ${PERMANENCE_OPTION.labels[agreed.primary]}`);
  if (!sameOptions(plan?.parallel ?? [], agreed.parallel)) {
    differences.push(`parallel ${agreed.parallel.length ? agreed.parallel.map((o) => PERMANENCE_OPTION.labels[o]).join('; ') : 'none'}`);
  }
  if (agreed.legalOrderSought !== null && (plan?.legalOrderSought ?? null) !== agreed.legalOrderSought) differences.push(`legal order sought ${LEGAL_ORDER_SOUGHT.labels[agreed.legalOrderSought]}`);
  if (differences.length === 0) return null;
  return {
    rule: 'plan-differs',
    severity: 'alert',
    message: `The plan on record differs from the Care Planning Meeting of ${formatUkDate(agreed.date)}, which agreed ${differences.join(', ')}`,
  };
}
