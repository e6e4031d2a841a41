import { PERMANENCE_OPTION, type LegalOrderSought, type PermanenceOption } from '../../../../shared/domain/vocabulary';
import type { DatasetPart } from '../part';
import type { Prng } from '../prng';
import { TARGET_SIZES } from '../spec';
import { PLAN_NOTES } from '../vocab';
import { clamp, iso, ratedWindow, stamp, type ChildRec, type PlanRec } from '../world';

const ORDER_FOR: Record<PermanenceOption, LegalOrderSought> = {
  adoption: 'placement_order',
  special_guardianship: 'sgo',
  long_term_fostering: 'care_order',
  reunification: 'supervision_order',
};

/** One to three versions of the permanence plan for every child whose plan is rated; the last is the plan today. */
export const plans: DatasetPart = {
  name: 'permanence plans',
  target: `${TARGET_SIZES.planVersionsPerChild.min}–${TARGET_SIZES.planVersionsPerChild.max} versions per child with a plan`,
  build({ sqlite, rnd, world, audit }) {
    const insert = sqlite.prepare(`insert into permanence_plans (child_id, primary_option, parallel_options, legal_order_sought, ratified_on, ratified_at, notes, recorded_at, recorded_by)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    let rows = 0;
    for (const child of world.children) {
      if (!child.rated) continue;
      const { from, to } = ratedWindow(child);
      const versions = to - from < 20 * 7 ? 1 : rnd.weighted([[1, 40], [2, 40], [3, 20]] as const);
      const finalPlan = planFor(rnd, child);
      for (let v = 0; v < versions; v++) {
        const day = clamp(v === 0 ? from + rnd.int(0, 28) : Math.round(from + ((to - from) * v) / versions) + rnd.int(-14, 14), from, to);
        const plan = v === versions - 1 ? finalPlan : earlierPlan(rnd, finalPlan);
        const ratified = rnd.chance(0.6) ? Math.min(to, day + rnd.int(0, 21)) : null;
        const actor = rnd.pick(world.actors);
        const id = Number(
          insert.run(
            child.id, plan.primary, JSON.stringify(plan.parallel), ORDER_FOR[plan.primary], ratified === null ? null : iso(ratified),
            ratified === null ? null : 'Permanence Panel', rnd.chance(0.25) ? rnd.pick(PLAN_NOTES) : null, stamp(rnd, day), actor,
          ).lastInsertRowid,
        );
        audit({ day, actor, action: 'update', entity: 'plan', entityId: id, summary: `Permanence plan for ${child.firstName} ${child.lastName}: ${PERMANENCE_OPTION.labels[plan.primary]}`, details: { childId: child.id } });
        rows++;
      }
    }
    return { permanence_plans: rows };
  },
};

function planFor(rnd: Prng, child: ChildRec): PlanRec {
  const others = (primary: PermanenceOption, max: number) =>
    PERMANENCE_OPTION.values.filter((o) => o !== primary && rnd.chance(0.35)).slice(0, rnd.int(0, max));
  switch (child.status) {
    case 'placement_order':
      return { primary: 'adoption', parallel: [] };
    case 'sgo':
      return { primary: 'special_guardianship', parallel: [] };
    case 'care_order': {
      const primary = rnd.weighted<PermanenceOption>([['long_term_fostering', 65], ['special_guardianship', 15], ['reunification', 10], ['adoption', 10]]);
      return { primary, parallel: others(primary, 1) };
    }
    case 'interim_care_order': {
      const primary = rnd.weighted<PermanenceOption>([['adoption', 30], ['special_guardianship', 30], ['reunification', 30], ['long_term_fostering', 10]]);
      return { primary, parallel: others(primary, 2) };
    }
    case 'pre_proceedings':
      return { primary: 'reunification', parallel: rnd.chance(0.7) ? ['special_guardianship'] : [] };
    default:
      return rnd.chance(0.6) ? { primary: 'reunification', parallel: ['long_term_fostering'] } : { primary: 'long_term_fostering', parallel: [] };
  }
}

/** Plans usually start at reunification and move to the final option as assessments come in. */
function earlierPlan(rnd: Prng, final: PlanRec): PlanRec {
  if (final.primary !== 'reunification' && rnd.chance(0.7)) return { primary: 'reunification', parallel: [final.primary] };
  return { primary: final.primary, parallel: PERMANENCE_OPTION.values.filter((o) => o !== final.primary).slice(0, rnd.int(0, 2)) };
}
