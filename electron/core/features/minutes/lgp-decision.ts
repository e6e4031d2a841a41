import type { ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import { KEY_DATE_TYPE, LEGAL_STATUS, LGP_DECISION, type KeyDateType, type LegalStatus, type LgpDecision } from '../../../../shared/domain/vocabulary';
import { LEGAL_STATUS_SET_BY } from '../../../../shared/minutes/lgp-outcome';
import type { Db } from '../../db/db-type';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { childName, loadItemContext, type ItemContext } from './guards';
import { applyChildPlan, type ChildPlanChange, planPart } from './lgp-plan-apply';
import { write } from '../../data/write';
import { readMinuteValue } from '../../data/tables/minute-fields';
import { agendaItems } from '../../data/tables/agenda-items';
import { setLgpApplied } from './repository/items';
import { LEGAL_STATUS_CHANGE_START } from '../children/audit-words';
import { deleteKeyDates, insertKeyDate, keyDatesOfChildAmong, legalStatusOf, ploStartOn, setLegalStatus } from './repository/records';

/** What an item last wrote to its children's records, kept on the item so a corrected decision replaces it. */
export interface Applied {
  decision: LgpDecision;
  keyDateIds: number[];
  /** Each child's legal status before the decision changed it (only children whose status it changed). */
  statusBefore: Record<string, LegalStatus>;
  /** The status the decision set. */
  statusSet: LegalStatus | null;
  /** The initial plan the item ratified, as applied (null: none), and the plan row it added for each child. */
  plan?: string | null;
  planIds?: Record<string, number>;
}

interface ChildPlan {
  childId: number;
  childName: string;
  changes: string[];
  removeKeyDates: number[];
  restoreStatus: LegalStatus | null;
  setStatus: LegalStatus | null;
  statusBefore: LegalStatus;
  addKeyDates: { type: KeyDateType; decision: LgpDecision | null }[];
  plan: ChildPlanChange | null;
}

interface Plan {
  decision: LgpDecision | null;
  applied: Applied | null;
  /** False when only the ratified plan changed: the decision's key dates and status stay as applied. */
  decisionChanged: boolean;
  planSignature: string | null;
  children: ChildPlan[];
}

/**
 * What the Legal Gateway decision means for each child's record. Only what the decision
 * itself settles: the panel's date and decision (which drive the 12-week and 4/14-week
 * reviews) and, for pre-proceedings, the legal status and PLO start. The date proceedings
 * are actually issued comes later, from the court, and is entered then. If an earlier
 * decision from this item was applied, it is taken back first.
 */
async function planChanges(db: Db, c: ItemContext): Promise<Plan> {
  if (c.form !== 'lgp') throw new AppError('CONFLICT', 'Only a Legal Gateway item has a decision to apply to the child’s record.');
  const decision = await readMinuteValue(db, c.item.id, 'lgpDecision');
  const applied = agendaItems.columns.lgp_applied.decode(c.item.lgp_applied);
  const decisionChanged = !(applied?.decision === decision || (applied === null && decision === null));
  const plans = await planPart(db, c, decision !== null, applied);
  if (!decisionChanged && !plans.changed) return { decision, applied, decisionChanged, planSignature: plans.signature, children: [] };
  const date = c.meeting.date;
  const children: ChildPlan[] = [];
  for (const child of c.children) {
    const row = await legalStatusOf(db, child.id);
    const current = row.legal_status;
    const changes: string[] = [];
    const plan: ChildPlan = { childId: child.id, childName: childName(child), changes, removeKeyDates: [], restoreStatus: null, setStatus: null, statusBefore: current, addKeyDates: [], plan: plans.children.get(child.id) ?? null };
    if (!decisionChanged) {
      changes.push(...(plan.plan?.changes ?? []));
      children.push(plan);
      continue;
    }

    // Take back what the earlier decision wrote, where it is still as that decision left it.
    let status = current;
    if (applied) {
      const earlier = applied.keyDateIds.length === 0 ? [] : await keyDatesOfChildAmong(db, child.id, applied.keyDateIds);
      for (const k of earlier) {
        plan.removeKeyDates.push(k.id);
        changes.push(`Remove the key date “${KEY_DATE_TYPE.labels[k.type]}” on ${formatUkDate(k.date)} (from the earlier decision: ${LGP_DECISION.labels[applied.decision]}).`);
      }
      const before = applied.statusBefore[String(child.id)];
      if (before && applied.statusSet !== null && current === applied.statusSet) {
        plan.restoreStatus = before;
        status = before;
      }
    }
    if (decision !== null) {
      plan.addKeyDates.push({ type: 'lgp', decision });
      changes.push(`Add the key date “${KEY_DATE_TYPE.labels.lgp}” on ${formatUkDate(date)}, decision: ${LGP_DECISION.labels[decision]}.`);
      const sets = LEGAL_STATUS_SET_BY[decision];
      if (sets && status !== sets) plan.setStatus = sets;
      if (decision === 'pre_proceedings') {
        const plo = await ploStartOn(db, child.id, date);
        if (!plo || plan.removeKeyDates.includes(plo.id)) {
          plan.addKeyDates.push({ type: 'plo_start', decision: null });
          changes.push(`Add the key date “${KEY_DATE_TYPE.labels.plo_start}” on ${formatUkDate(date)}.`);
        }
      }
    }
    const finalStatus = plan.setStatus ?? plan.restoreStatus;
    if (finalStatus !== null && finalStatus !== current) {
      changes.splice(applied ? plan.removeKeyDates.length : 1, 0, `${LEGAL_STATUS_CHANGE_START} from “${LEGAL_STATUS.labels[current]}” to “${LEGAL_STATUS.labels[finalStatus]}”.`);
    }
    changes.push(...(plan.plan?.changes ?? []));
    children.push(plan);
  }
  return { decision, applied, decisionChanged, planSignature: plans.signature, children };
}

function answer(plan: Plan): ProcedureOutput<'lgp.preview'> {
  return { decision: plan.decision, children: plan.children.map((c) => ({ childId: c.childId, childName: c.childName, changes: c.changes })) };
}

export async function previewLgpDecision(ctx: ServiceContext, input: { itemId: number }): Promise<ProcedureOutput<'lgp.preview'>> {
  return answer(await planChanges(ctx.db, await loadItemContext(ctx.db, input.itemId)));
}

/** Writes the decision's part for one child: key dates taken back and added, the legal status set or restored. */
async function applyDecision(trx: Db, c: ItemContext, child: ChildPlan, applied: Applied | null, now: string): Promise<void> {
  if (child.removeKeyDates.length > 0) await deleteKeyDates(trx, child.removeKeyDates);
  const status = child.setStatus ?? child.restoreStatus;
  if (status !== null && status !== child.statusBefore) await setLegalStatus(trx, child.childId, status, now);
  if (applied && child.setStatus !== null) applied.statusBefore[String(child.childId)] = child.restoreStatus ?? child.statusBefore;
  for (const k of child.addKeyDates) {
    const row = await insertKeyDate(trx, { child_id: child.childId, type: k.type, date: c.meeting.date, label: null, decision: k.decision, notes: `From the ${c.type.name} of ${formatUkDate(c.meeting.date)}`, created_at: now, updated_at: now });
    applied?.keyDateIds.push(row.id);
  }
}

/** Applies the previewed changes, having worked them out again inside the write so it applies exactly what is true now. */
export async function applyLgpDecision(ctx: ServiceContext, input: { itemId: number }): Promise<ProcedureOutput<'lgp.apply'>> {
  return write(ctx, async (w) => {
    const c = await loadItemContext(w.db, input.itemId);
    if (c.meeting.status === 'planned') throw new AppError('CONFLICT', 'The panel has not met yet, so there is no decision to apply.');
    const plan = await planChanges(w.db, c);
    if (plan.decision === null && plan.applied === null) throw new AppError('CONFLICT', 'Record the panel’s decision first.');
    if (plan.children.length === 0) return answer(plan);
    const now = isoNow(ctx);
    const earlier = plan.applied;
    const applied: Applied | null =
      plan.decision === null
        ? null
        : plan.decisionChanged
          ? { decision: plan.decision, keyDateIds: [], statusBefore: {}, statusSet: LEGAL_STATUS_SET_BY[plan.decision] ?? null, planIds: { ...earlier?.planIds } }
          : { ...earlier!, planIds: { ...earlier!.planIds } };
    if (applied) applied.plan = plan.planSignature;
    for (const child of plan.children) {
      if (plan.decisionChanged) await applyDecision(w.db, c, child, applied, now);
      if (child.plan) {
        const added = await applyChildPlan(w.db, c, child.childId, child.plan, now, ctx.actor);
        const planIds = applied ? (applied.planIds ??= {}) : {};
        if (added !== null) planIds[String(child.childId)] = added;
        else if (child.plan.removePlanId !== null) delete planIds[String(child.childId)];
      }
      await w.audit({ action: 'update', entity: 'child', entityId: child.childId, summary: `Applied the Legal Gateway decision of ${formatUkDate(c.meeting.date)} to ${child.childName}’s record`, details: child.changes });
    }
    await setLgpApplied(w.db, c.item.id, agendaItems.columns.lgp_applied.encode(applied));
    await w.childrenChanged(plan.children.map((ch) => ch.childId));
    return answer(plan);
  });
}
