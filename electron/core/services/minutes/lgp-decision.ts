import type { ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { KEY_DATE_TYPE, LEGAL_STATUS, LGP_DECISION, type LegalStatus, type LgpDecision } from '../../../../shared/domain/vocabulary';
import type { Db } from '../../db/db-type';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { recordAudit } from '../audit';
import { refreshTracking } from '../tracking/refresh';
import { childName, loadItemContext, type ItemContext } from './guards';

interface Plan {
  decision: LgpDecision | null;
  children: { childId: number; childName: string; changes: string[]; legalStatus: LegalStatus | null; keyDates: { type: 'lgp' | 'plo_start'; decision: LgpDecision | null }[] }[];
}

/**
 * What the Legal Gateway decision means for each child's record. Only what the decision
 * itself settles: the panel's date and decision (which drive the 12-week and 4/14-week
 * reviews) and, for pre-proceedings, the legal status and PLO start. The date proceedings
 * are actually issued comes later, from the court, and is entered then.
 */
async function planChanges(db: Db, c: ItemContext): Promise<Plan> {
  if (c.form !== 'lgp') throw new AppError('CONFLICT', 'Only a Legal Gateway item has a decision to apply to the child’s record.');
  const field = await db.selectFrom('minute_fields').select('value').where('item_id', '=', c.item.id).where('field', '=', 'lgpDecision').executeTakeFirst();
  const decision = field ? (JSON.parse(field.value) as LgpDecision | null) : null;
  if (decision === null) return { decision, children: [] };
  const date = c.meeting.date;
  const children = [];
  for (const child of c.children) {
    const row = await db.selectFrom('children').select(['legal_status']).where('id', '=', child.id).executeTakeFirstOrThrow();
    const dates = await db.selectFrom('key_dates').select(['type', 'decision']).where('child_id', '=', child.id).where('date', '=', date).execute();
    const changes: string[] = [];
    const keyDates: Plan['children'][number]['keyDates'] = [];
    let legalStatus: LegalStatus | null = null;
    if (!dates.some((d) => d.type === 'lgp' && d.decision === decision)) {
      keyDates.push({ type: 'lgp', decision });
      changes.push(`Add the key date “${KEY_DATE_TYPE.labels.lgp}” on ${formatUkDate(date)}, decision: ${LGP_DECISION.labels[decision]}.`);
    }
    if (decision === 'pre_proceedings') {
      if (row.legal_status !== 'pre_proceedings') {
        legalStatus = 'pre_proceedings';
        changes.push(`Change the legal status from “${LEGAL_STATUS.labels[row.legal_status as LegalStatus]}” to “${LEGAL_STATUS.labels.pre_proceedings}”.`);
      }
      if (!dates.some((d) => d.type === 'plo_start')) {
        keyDates.push({ type: 'plo_start', decision: null });
        changes.push(`Add the key date “${KEY_DATE_TYPE.labels.plo_start}” on ${formatUkDate(date)}.`);
      }
    }
    children.push({ childId: child.id, childName: childName(child), changes, legalStatus, keyDates });
  }
  return { decision, children };
}

function answer(plan: Plan): ProcedureOutput<'lgp.preview'> {
  return { decision: plan.decision, children: plan.children.map((c) => ({ childId: c.childId, childName: c.childName, changes: c.changes })) };
}

export async function previewLgpDecision(ctx: ServiceContext, input: { itemId: number }): Promise<ProcedureOutput<'lgp.preview'>> {
  return answer(await planChanges(ctx.db, await loadItemContext(ctx.db, input.itemId)));
}

/** Applies the previewed changes, having worked them out again inside the write so it applies exactly what is true now. */
export async function applyLgpDecision(ctx: ServiceContext, input: { itemId: number }): Promise<ProcedureOutput<'lgp.apply'>> {
  return ctx.db.transaction().execute(async (trx) => {
    const c = await loadItemContext(trx, input.itemId);
    if (c.meeting.status === 'planned') throw new AppError('CONFLICT', 'The panel has not met yet, so there is no decision to apply.');
    const plan = await planChanges(trx, c);
    if (plan.decision === null) throw new AppError('CONFLICT', 'Record the panel’s decision first.');
    const now = isoNow(ctx);
    for (const child of plan.children) {
      if (child.changes.length === 0) continue;
      if (child.legalStatus !== null) await trx.updateTable('children').set({ legal_status: child.legalStatus, updated_at: now }).where('id', '=', child.childId).execute();
      for (const k of child.keyDates) {
        await trx
          .insertInto('key_dates')
          .values({ child_id: child.childId, type: k.type, date: c.meeting.date, label: null, decision: k.decision, notes: `From the ${c.type.name} of ${formatUkDate(c.meeting.date)}`, created_at: now, updated_at: now })
          .execute();
      }
      await recordAudit(trx, ctx, { action: 'update', entity: 'child', entityId: child.childId, summary: `Applied the Legal Gateway decision of ${formatUkDate(c.meeting.date)} to ${child.childName}’s record`, details: child.changes });
    }
    await refreshTracking(trx, todayIso(ctx.now()), plan.children.map((ch) => ch.childId));
    return answer(plan);
  });
}
