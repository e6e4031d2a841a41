import type { ParsedInput } from '../../../../shared/contract';
import { todayIso } from '../../../../shared/domain/dates';
import { PERMANENCE_OPTION } from '../../../../shared/domain/vocabulary';
import type { PermanencePlan } from '../../../../shared/schemas/child';
import { isoNow, type ServiceContext } from '../../context';
import { recordAudit } from '../audit';
import { notFound } from '../guards';
import { refreshTracking } from '../tracking/refresh';
import { toPlan } from './mapping';

/** A plan is never edited in place: each change is a new row, so the history shows how the options narrowed. */
export async function setPlan(ctx: ServiceContext, input: ParsedInput<'plans.set'>): Promise<PermanencePlan> {
  return ctx.db.transaction().execute(async (trx) => {
    const child = await trx.selectFrom('children').select(['id', 'first_name', 'last_name']).where('id', '=', input.childId).executeTakeFirst();
    if (!child) throw notFound('child');
    const row = await trx
      .insertInto('permanence_plans')
      .values({
        child_id: input.childId,
        primary_option: input.primaryOption,
        parallel_options: JSON.stringify(input.parallelOptions),
        legal_order_sought: input.legalOrderSought,
        ratified_on: input.ratifiedOn,
        ratified_at: input.ratifiedAt,
        notes: input.notes,
        recorded_at: isoNow(ctx),
        recorded_by: ctx.actor,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const label = input.primaryOption ? PERMANENCE_OPTION.labels[input.primaryOption] : 'no primary option';
    await recordAudit(trx, ctx, { action: 'update', entity: 'plan', entityId: row.id, summary: `Permanence plan for ${child.first_name} ${child.last_name}: ${label}`, details: { childId: input.childId } });
    await refreshTracking(trx, todayIso(ctx.now()), [input.childId]);
    return toPlan(row);
  });
}
