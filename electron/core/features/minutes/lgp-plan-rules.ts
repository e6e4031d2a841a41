import type { MinuteSaveInput, MinuteValues } from '../../../../shared/schemas/minutes';
import type { Db } from '../../db/db-type';
import { AppError } from '../../errors';
import { loadCurrentPlans } from '../../data/tracking/refresh';
import { childName, type ItemContext } from './guards';
import { readMinuteValue } from '../../data/tables/minute-fields';

type Options = NonNullable<MinuteValues['permanenceOptions']>;

/** Each child's plan on their record, or null where they have none with a primary option. */
async function recordPlans(db: Db, c: ItemContext): Promise<Map<number, Options | null>> {
  const plans = await loadCurrentPlans(
    db,
    c.children.map((ch) => ch.id),
  );
  const out = new Map<number, Options | null>(c.children.map((ch) => [ch.id, null]));
  for (const p of plans) if (p.primary_option) out.set(p.child_id, { primary: p.primary_option, parallel: p.parallel_options });
  return out;
}

/** The children whose plan would be unknown if the item recorded none of its own. */
const withoutPlan = (c: ItemContext, plans: Map<number, Options | null>) => c.children.filter((ch) => !plans.get(ch.id));
const names = (children: ItemContext['children']) => children.map(childName).join(' and ');

/**
 * What a Legal Gateway item may record about the initial permanence plan: a plan is ratified
 * only when there is one (recorded at the panel, or already on each child's record), and a
 * Stage 1 notification to the adoption agency when adoption is not among the options needs
 * the person to say so. A refused save writes nothing.
 */
export async function assertLgpPlanSave(db: Db, c: ItemContext, input: MinuteSaveInput): Promise<void> {
  if (c.form !== 'lgp') return;
  if (input.field === 'planRatified' && input.value === true) {
    const itemPlan = await readMinuteValue(db, c.item.id, 'permanenceOptions');
    const missing = itemPlan?.primary ? [] : withoutPlan(c, await recordPlans(db, c));
    if (missing.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `The initial permanence plan cannot be ratified: no plan is recorded for ${names(missing)}. Choose the primary plan under “Initial permanence plan” first, then ratify it.`,
        { value: 'Record the plan before ratifying it.' },
      );
    }
  }
  if (input.field === 'permanenceOptions' && !input.value?.primary && (await readMinuteValue(db, c.item.id, 'planRatified')) === true) {
    const missing = withoutPlan(c, await recordPlans(db, c));
    if (missing.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `The plan is recorded as ratified, so it cannot be left without a primary option (${names(missing)} has no plan on their record). Answer “No” to “Initial permanence plan ratified” first.`,
        { value: 'Keep a primary plan while it is marked ratified.' },
      );
    }
  }
  if (input.field === 'raaStage1' && input.value === true && !input.confirm) {
    const itemPlan = await readMinuteValue(db, c.item.id, 'permanenceOptions');
    const plans = itemPlan?.primary ? [itemPlan] : [...(await recordPlans(db, c)).values()];
    const adoption = plans.some((p) => p !== null && (p.primary === 'adoption' || p.parallel.includes('adoption')));
    if (!adoption) {
      throw new AppError(
        'NEEDS_CONFIRMATION',
        `Adoption is not among the permanence options recorded for ${names(c.children)}. A Stage 1 notification goes to the Regional Adoption Agency when adoption is one of the plans. Record it as needed anyway?`,
        { value: 'Adoption is not one of the options.' },
      );
    }
  }
}
