import { formatUkDate } from '../../../../shared/domain/dates';
import { PERMANENCE_OPTION, type PermanenceOption } from '../../../../shared/domain/vocabulary';
import type { MinuteValues } from '../../../../shared/schemas/minutes';
import type { Db } from '../../db/db-type';
import type { ItemContext } from './guards';
import { readMinuteValue } from '../../data/tables/minute-fields';
import { permanencePlans } from '../../data/tables/permanence-plans';
import { deletePlan, insertPlan, latestLegalOrderSought, twoLatestPlans } from './repository/records';

type Options = NonNullable<MinuteValues['permanenceOptions']>;

/** The plan a Legal Gateway item ratified, to go on each child's record: only a recorded plan the panel said it ratified. */
async function ratifiedPlan(db: Db, itemId: number): Promise<Options | null> {
  const [plan, ratified] = await Promise.all([readMinuteValue(db, itemId, 'permanenceOptions'), readMinuteValue(db, itemId, 'planRatified')]);
  return ratified === true && plan?.primary ? plan : null;
}

const words = (p: { primary: PermanenceOption | null; parallel: readonly PermanenceOption[] }) => {
  const primary = p.primary ? PERMANENCE_OPTION.labels[p.primary] : 'none';
  const parallel = p.parallel.map((o) => PERMANENCE_OPTION.labels[o]).join(', ');
  return parallel ? `primary ${primary}; parallel ${parallel}` : `primary ${primary}`;
};

const sameOptions = (a: { primary: string | null; parallel: readonly string[] }, b: { primary: string | null; parallel: readonly string[] }) =>
  a.primary === b.primary && [...a.parallel].sort().join() === [...b.parallel].sort().join();

export interface ChildPlanChange {
  /** The plan row an earlier answer of this item recorded, still the child's latest, to take back. */
  removePlanId: number | null;
  add: Options | null;
  changes: string[];
}

export interface PlanPart {
  /** What the item's plan now says, as kept on the item once applied. */
  signature: string | null;
  changed: boolean;
  children: Map<number, ChildPlanChange>;
}

/**
 * The initial permanence plan a Legal Gateway panel ratified goes on each child's record,
 * ratified that day, when it differs from the plan already there. If an earlier answer of
 * this item recorded a plan that is still the child's latest, it is taken back first.
 */
export async function planPart(db: Db, c: ItemContext, withDecision: boolean, applied: { plan?: string | null; planIds?: Record<string, number> } | null): Promise<PlanPart> {
  const wanted = withDecision ? await ratifiedPlan(db, c.item.id) : null;
  const signature = wanted ? JSON.stringify({ primary: wanted.primary, parallel: [...wanted.parallel].sort() }) : null;
  const children = new Map<number, ChildPlanChange>();
  if (signature === (applied?.plan ?? null)) return { signature, changed: false, children };
  for (const child of c.children) {
    const latest = await twoLatestPlans(db, child.id);
    const change: ChildPlanChange = { removePlanId: null, add: null, changes: [] };
    const earlierId = applied?.planIds?.[String(child.id)];
    let current = latest[0];
    if (earlierId !== undefined && current?.id === earlierId) {
      change.removePlanId = earlierId;
      change.changes.push(`Take back the plan recorded from this panel’s earlier answer (${words({ primary: current.primary_option, parallel: current.parallel_options })}).`);
      current = latest[1];
    }
    const currentOptions = current ? { primary: current.primary_option, parallel: current.parallel_options } : null;
    if (wanted && !(currentOptions && sameOptions(currentOptions, wanted) && current?.ratified_on === c.meeting.date)) {
      change.add = wanted;
      change.changes.push(`Record the initial permanence plan (${words(wanted)}), ratified at the ${c.type.name} on ${formatUkDate(c.meeting.date)}.`);
    }
    children.set(child.id, change);
  }
  return { signature, changed: true, children };
}

/** Writes one child's part: answers the plan row it added, if any. */
export async function applyChildPlan(trx: Db, c: ItemContext, childId: number, change: ChildPlanChange, now: string, actor: string): Promise<number | null> {
  if (change.removePlanId !== null) await deletePlan(trx, change.removePlanId);
  if (!change.add) return null;
  const previous = await latestLegalOrderSought(trx, childId);
  const row = await insertPlan(trx, {
    child_id: childId,
    primary_option: change.add.primary,
    parallel_options: permanencePlans.columns.parallel_options.encode(change.add.parallel),
    // The order sought is not the panel's to change here.
    legal_order_sought: previous?.legal_order_sought ?? null,
    ratified_on: c.meeting.date,
    ratified_at: c.type.name,
    notes: `Initial permanence plan ratified at the ${c.type.name} of ${formatUkDate(c.meeting.date)}`,
    recorded_at: now,
    recorded_by: actor,
  });
  return row.id;
}
