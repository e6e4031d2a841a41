import type { ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import { LEGAL_ORDER_SOUGHT, PERMANENCE_OPTION, type LegalOrderSought, type PermanenceOption } from '../../../../shared/domain/vocabulary';
import type { ServiceContext } from '../../context';
import type { Db } from '../../db/db-type';
import { AppError } from '../../errors';
import { currentPlanRow, insertPlan, sameOptions } from '../children/plans';
import { agreedPlans, type AgreedPlan } from '../minutes/agreed-plan';
import { childName, loadItemContext, type ItemContext } from '../minutes/guards';
import { write } from '../../data/write';
import { permanencePlans } from '../../data/tables/permanence-plans';
import { laterCpmAgreeingPlan } from './repository';

type Preview = ProcedureOutput<'cpm.planPreview'>;

interface ChildChange {
  childId: number;
  childName: string;
  /** The plan version the changes were worked out against (null: no plan yet). */
  planId: number | null;
  changes: string[];
  optionsChange: boolean;
  next: AgreedPlan & { notes: string | null; ratifiedOn: string | null; ratifiedAt: string | null; legalOrderSought: LegalOrderSought | null };
}

const optionWords = (o: PermanenceOption | null) => (o ? PERMANENCE_OPTION.labels[o] : 'none');
const listWords = (os: readonly PermanenceOption[]) => (os.length ? os.map((o) => PERMANENCE_OPTION.labels[o]).join('; ') : 'none');
const orderWords = (o: LegalOrderSought | null) => (o ? LEGAL_ORDER_SOUGHT.labels[o] : 'not recorded');

/** Only a held meeting's agreement reaches the record, and never over a later meeting's. */
async function assertCanApply(db: Db, c: ItemContext): Promise<void> {
  if (c.form !== 'cpm') throw new AppError('CONFLICT', 'Only a Care Planning Meeting agrees a plan to carry to the child’s record.');
  if (c.meeting.status === 'planned') throw new AppError('CONFLICT', 'The meeting has not been held yet, so it has agreed no plan.');
  if (c.meeting.status === 'in_progress') throw new AppError('CONFLICT', 'The meeting is still in the room. Close it first: its agreed plan is offered to the child’s record then.');
  for (const child of c.children) {
    const later = await laterCpmAgreeingPlan(db, child.id, c.meeting.date);
    if (later) {
      throw new AppError('CONFLICT', `A later Care Planning Meeting (${formatUkDate(later.held_on)}) has agreed ${childName(child)}’s plan since this one. Update the record from that meeting.`);
    }
  }
}

/** What the meeting's agreed plan would change on each child's plan. */
async function planChanges(db: Db, c: ItemContext): Promise<ChildChange[]> {
  await assertCanApply(db, c);
  const agreed = (await agreedPlans(db, { itemId: c.item.id })).get(c.item.id);
  if (!agreed) throw new AppError('CONFLICT', 'The meeting recorded no primary plan, so there is nothing to carry to the child’s record.');
  const out: ChildChange[] = [];
  for (const child of c.children) {
    const current = await currentPlanRow(db, child.id);
    const optionsChange = !sameOptions(current, agreed.primary, agreed.parallel);
    const currentOrder = current?.legal_order_sought ?? null;
    const order = agreed.legalOrderSought ?? currentOrder;
    const changes: string[] = [];
    const primaryBefore = current?.primary_option ?? null;
    const parallelBefore = current ? permanencePlans.columns.parallel_options.decode(current.parallel_options) : [];
    if (primaryBefore !== agreed.primary) changes.push(`Change the primary option from “${optionWords(primaryBefore)}” to “${optionWords(agreed.primary)}”.`);
    if (optionsChange && listWords(parallelBefore) !== listWords(agreed.parallel)) changes.push(`Change the parallel options from “${listWords(parallelBefore)}” to “${listWords(agreed.parallel)}”.`);
    if (order !== currentOrder) changes.push(`Change the legal order sought from “${orderWords(currentOrder)}” to “${orderWords(order)}”.`);
    if (optionsChange && primaryBefore !== null) changes.push('Mark the change of option “to be ratified at the next Child in Care review”.');
    out.push({
      childId: child.id,
      childName: childName(child),
      planId: current?.id ?? null,
      changes,
      optionsChange,
      next: {
        ...agreed,
        legalOrderSought: order,
        notes: current?.notes ?? null,
        // A ratification stays with the options it ratified.
        ratifiedOn: optionsChange ? null : (current?.ratified_on ?? null),
        ratifiedAt: optionsChange ? null : (current?.ratified_at ?? null),
      },
    });
  }
  return out;
}

/** The changes and what they were worked out from: the item, the plan each child has now, and what the meeting agreed. */
function tokenOf(c: ItemContext, changes: readonly ChildChange[]): string {
  return JSON.stringify({ item: c.item.id, date: c.meeting.date, children: changes.map((ch) => [ch.childId, ch.planId, ch.next.primary, ch.next.parallel, ch.next.legalOrderSought]) });
}

function answer(c: ItemContext, changes: readonly ChildChange[]): Preview {
  return { children: changes.map((ch) => ({ childId: ch.childId, childName: ch.childName, changes: ch.changes })), token: tokenOf(c, changes) };
}

export async function previewCpmPlan(ctx: ServiceContext, input: { itemId: number }): Promise<Preview> {
  const c = await loadItemContext(ctx.db, input.itemId);
  return answer(c, await planChanges(ctx.db, c));
}

/**
 * Applies what the person saw and confirmed. The changes are worked out again inside
 * the write; if they no longer match the preview (the minutes were corrected, the plan
 * was changed elsewhere, the meeting went back to the room), nothing is written.
 */
export async function applyCpmPlan(ctx: ServiceContext, input: { itemId: number; token: string }): Promise<Preview> {
  return write(ctx, async (w) => {
    const c = await loadItemContext(w.db, input.itemId);
    const changes = await planChanges(w.db, c);
    if (tokenOf(c, changes) !== input.token) {
      throw new AppError('CONFLICT', 'The meeting’s minutes or the child’s plan have changed since these changes were listed, so nothing was changed. Look at the changes again before confirming them.');
    }
    for (const ch of changes) {
      if (ch.changes.length === 0) continue;
      const row = await insertPlan(
        w.db,
        ctx,
        ch.childId,
        { primaryOption: ch.next.primary, parallelOptions: ch.next.parallel, legalOrderSought: ch.next.legalOrderSought, ratifiedOn: ch.next.ratifiedOn, ratifiedAt: ch.next.ratifiedAt, notes: ch.next.notes },
        { agreedOn: c.meeting.date, meetingId: c.meeting.id },
      );
      await w.audit({
        action: 'update',
        entity: 'plan',
        entityId: row.id,
        summary: `Applied the plan agreed at the Care Planning Meeting of ${formatUkDate(c.meeting.date)} to ${ch.childName}’s record`,
        details: { childId: ch.childId, changes: ch.changes },
      });
    }
    await w.childrenChanged(changes.map((ch) => ch.childId));
    // What was applied, for the screen to say.
    return answer(c, changes);
  });
}
