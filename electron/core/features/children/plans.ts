import type { ParsedInput } from '../../../../shared/contract';
import { refuseDateToCome } from '../guards';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { PERMANENCE_OPTION, type LegalOrderSought, type PermanenceOption } from '../../../../shared/domain/vocabulary';
import type { PermanencePlan } from '../../../../shared/schemas/child';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/db-type';
import type { PlanRow } from '../../db/schema';
import { AppError } from '../../errors';
import { notFound } from '../guards';
import { toPlan } from './mapping';
import { write } from '../../data/write';
import { permanencePlans } from '../../data/tables/permanence-plans';
import { findChildName } from './repository/children';
import { currentPlan, insertPlanVersion } from './repository/records';

export interface PlanFields {
  primaryOption: PermanenceOption | null;
  parallelOptions: PermanenceOption[];
  legalOrderSought: LegalOrderSought | null;
  ratifiedOn: string | null;
  ratifiedAt: string | null;
  notes: string | null;
}

export function sameOptions(a: { primary_option: PermanenceOption | null; parallel_options: string } | undefined, primary: PermanenceOption | null, parallel: readonly PermanenceOption[]): boolean {
  if (!a) return false;
  const before = permanencePlans.columns.parallel_options.decode(a.parallel_options);
  return a.primary_option === primary && before.length === parallel.length && parallel.every((o) => before.includes(o));
}

export function currentPlanRow(db: Db, childId: number): Promise<PlanRow | undefined> {
  return currentPlan(db, childId);
}

/**
 * Adds a version of the plan (a plan is never edited in place: each change is a new row,
 * so the history shows how the options narrowed). Options that stay the same keep the
 * date they were agreed and the Group Manager's ratification; a change of option starts
 * afresh and is "to be ratified at the next Child in Care review".
 */
export async function insertPlan(db: Db, ctx: ServiceContext, childId: number, fields: PlanFields, from: { agreedOn: string; meetingId: number | null }): Promise<PlanRow> {
  const previous = await currentPlanRow(db, childId);
  const kept = sameOptions(previous, fields.primaryOption, fields.parallelOptions);
  return insertPlanVersion(db, {
    child_id: childId,
    primary_option: fields.primaryOption,
    parallel_options: permanencePlans.columns.parallel_options.encode(fields.parallelOptions),
    legal_order_sought: fields.legalOrderSought,
    ratified_on: fields.ratifiedOn,
    ratified_at: fields.ratifiedAt,
    notes: fields.notes,
    recorded_at: isoNow(ctx),
    recorded_by: ctx.actor,
    agreed_on: from.agreedOn,
    options_since: kept ? (previous!.options_since ?? from.agreedOn) : from.agreedOn,
    changed_option: kept ? previous!.changed_option : previous?.primary_option ? 1 : 0,
    meeting_id: from.meetingId,
    gm_ratified_by: kept ? previous!.gm_ratified_by : null,
    gm_ratified_on: kept ? previous!.gm_ratified_on : null,
  });
}

export async function setPlan(ctx: ServiceContext, input: ParsedInput<'plans.set'>): Promise<PermanencePlan> {
  return write(ctx, async (w) => {
    const child = await findChildName(w.db, input.childId);
    if (!child) throw notFound('child');
    const today = todayIso(ctx.now());
    if (input.ratifiedOn) refuseDateToCome(ctx, 'ratifiedOn', input.ratifiedOn, 'A plan cannot be ratified on a date still to come.');
    const row = await insertPlan(w.db, ctx, input.childId, input, { agreedOn: today, meetingId: null });
    const label = input.primaryOption ? PERMANENCE_OPTION.labels[input.primaryOption] : 'no primary option';
    await w.audit({ action: 'update', entity: 'plan', entityId: row.id, summary: `Permanence plan for ${child.first_name} ${child.last_name}: ${label}`, details: { childId: input.childId } });
    await w.childrenChanged([input.childId]);
    return toPlan(row);
  });
}

/**
 * Walsall: "When a final permanence plan has been identified for a child / young person,
 * the Group Manager will be responsible for ratifying this before the Final Evidence and
 * Care Plan is filed to Court." Recorded on the plan as who and when, as a new version.
 */
export async function ratifyFinalPlan(ctx: ServiceContext, input: ParsedInput<'plans.ratifyFinal'>): Promise<PermanencePlan> {
  return write(ctx, async (w) => {
    const child = await findChildName(w.db, input.childId);
    if (!child) throw notFound('child');
    const current = await currentPlanRow(w.db, input.childId);
    if (!current || current.id !== input.planId) throw new AppError('CONFLICT', 'The plan has changed since you opened it. Look at the plan as it is now before recording its ratification.');
    if (current.primary_option === null) throw new AppError('CONFLICT', 'There is no primary option to ratify yet. Record the plan first.');
    refuseDateToCome(ctx, 'ratifiedOn', input.ratifiedOn, 'The plan cannot be ratified on a date still to come.');
    const agreed = current.agreed_on ?? current.recorded_at.slice(0, 10);
    if (input.ratifiedOn < agreed) throw new AppError('INVALID_INPUT', `This plan was agreed on ${formatUkDate(agreed)}, so it cannot have been ratified before then.`, { ratifiedOn: `Choose ${formatUkDate(agreed)} or later.` });
    const { id: _id, ...rest } = current;
    const row = await insertPlanVersion(w.db, { ...rest, recorded_at: isoNow(ctx), recorded_by: ctx.actor, gm_ratified_by: input.ratifiedBy, gm_ratified_on: input.ratifiedOn });
    await w.audit({
      action: 'update',
      entity: 'plan',
      entityId: row.id,
      summary: `${input.ratifiedBy} (Group Manager) ratified ${child.first_name} ${child.last_name}’s plan, ${PERMANENCE_OPTION.labels[current.primary_option]}, on ${formatUkDate(input.ratifiedOn)}`,
      details: { childId: input.childId },
    });
    await w.childrenChanged([input.childId]);
    return toPlan(row);
  });
}
