import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { ActionReview } from '../../../../shared/domain/minutes-vocabulary';
import { ACTION_REVIEW } from '../../../../shared/domain/minutes-vocabulary';
import type { EarlierAction } from '../../../../shared/schemas/actions';
import type { Db } from '../../db/db-type';
import type { MeetingRow } from '../../db/schema';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { recordAudit } from '../audit';
import { notFound } from '../guards';
import { assertMinutesEditable, loadItemContext } from '../minutes/guards';
import { actionRows } from './rows';

interface ActionBefore {
  status: string;
  due_on: string;
  completed_on: string | null;
  last_note: string | null;
}

/**
 * The actions a meeting reviews for an item: every action agreed for these children at an
 * earlier meeting that is still open, plus those this item has already reviewed (so a
 * review stays on screen, and can be changed, after it closes the action).
 */
export async function earlierActionIds(db: Db, meeting: MeetingRow, itemId: number, childIds: readonly number[]): Promise<number[]> {
  if (childIds.length === 0) return [];
  const rows = await db
    .selectFrom('actions as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .select('a.id')
    .distinct()
    .where('a.meeting_id', '!=', meeting.id)
    .where('m.date', '<=', meeting.date)
    .where((eb) => eb.exists(eb.selectFrom('action_children as ac').select('ac.action_id').whereRef('ac.action_id', '=', 'a.id').where('ac.child_id', 'in', childIds)))
    .where((eb) =>
      eb.or([eb('a.status', '=', 'open'), eb.exists(eb.selectFrom('action_reviews as r').select('r.id').whereRef('r.action_id', '=', 'a.id').where('r.item_id', '=', itemId))]),
    )
    .orderBy('a.due_on')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => r.id);
}

export async function earlierActions(db: Db, meeting: MeetingRow, itemId: number, childIds: readonly number[]): Promise<EarlierAction[]> {
  const ids = await earlierActionIds(db, meeting, itemId, childIds);
  if (ids.length === 0) return [];
  const [rows, reviews] = await Promise.all([
    actionRows(db, ids),
    db.selectFrom('action_reviews').select(['action_id', 'outcome', 'note', 'new_due_on']).where('item_id', '=', itemId).where('action_id', 'in', ids).execute(),
  ]);
  const reviewOf = new Map(reviews.map((r) => [r.action_id, { outcome: r.outcome as ActionReview, note: r.note, newDueOn: r.new_due_on }]));
  return rows.map((r) => ({ ...r, review: reviewOf.get(r.id) ?? null }));
}

/**
 * Records what this meeting decided about an earlier action. Changing or taking back a
 * review first restores the action exactly as it was, so reviews never compound.
 */
export async function reviewAction(ctx: ServiceContext, input: ParsedInput<'actions.review'>): Promise<EarlierAction> {
  await ctx.db.transaction().execute(async (trx) => {
    const c = await loadItemContext(trx, input.itemId);
    assertMinutesEditable(c.meeting);
    const action = await trx.selectFrom('actions').selectAll().where('id', '=', input.actionId).executeTakeFirst();
    if (!action) throw notFound('action');
    const eligible = await earlierActionIds(trx, c.meeting, c.item.id, c.children.map((ch) => ch.id));
    if (!eligible.includes(action.id)) {
      throw new AppError('CONFLICT', 'This action is not one of the open actions from an earlier meeting for the children of this item, so it cannot be reviewed here.');
    }
    if (input.newDueOn !== null && input.newDueOn < c.meeting.date) {
      throw new AppError('INVALID_INPUT', 'A carried-forward action needs a due date after this meeting.', { newDueOn: `Choose a date on or after ${formatUkDate(c.meeting.date)}.` });
    }
    const now = isoNow(ctx);
    const existing = await trx.selectFrom('action_reviews').selectAll().where('action_id', '=', action.id).where('item_id', '=', c.item.id).executeTakeFirst();
    const before: ActionBefore = existing ? (JSON.parse(existing.before) as ActionBefore) : { status: action.status, due_on: action.due_on, completed_on: action.completed_on, last_note: action.last_note };
    if (existing) await trx.deleteFrom('action_reviews').where('id', '=', existing.id).execute();

    const note = input.note.trim();
    const after: ActionBefore =
      input.outcome === null
        ? before
        : input.outcome === 'done'
          ? { ...before, status: 'done', completed_on: c.meeting.date }
          : input.outcome === 'dropped'
            ? { ...before, status: 'dropped', completed_on: null }
            : { ...before, status: 'open', completed_on: null, due_on: input.newDueOn ?? before.due_on };
    if (input.outcome !== null && note) after.last_note = note;
    await trx.updateTable('actions').set({ ...after, updated_at: now }).where('id', '=', action.id).execute();

    if (input.outcome !== null) {
      await trx
        .insertInto('action_reviews')
        .values({
          action_id: action.id,
          item_id: c.item.id,
          meeting_id: c.meeting.id,
          outcome: input.outcome,
          note,
          new_due_on: input.outcome === 'carried' ? input.newDueOn : null,
          before: JSON.stringify(before),
          reviewed_at: now,
          reviewed_by: ctx.actor,
        })
        .execute();
    }
    await trx
      .insertInto('action_updates')
      .values({ action_id: action.id, kind: 'reviewed', note: input.outcome === null ? 'Review taken back' : [`${ACTION_REVIEW.labels[input.outcome]} at ${c.type.name} on ${formatUkDate(c.meeting.date)}`, note].filter(Boolean).join(': '), progress_rag: null, at: now, by: ctx.actor })
      .execute();
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: 'action',
      entityId: action.id,
      summary: input.outcome === null ? `Took back the review of an action at the meeting on ${formatUkDate(c.meeting.date)}` : `Reviewed an action at the meeting on ${formatUkDate(c.meeting.date)}: ${ACTION_REVIEW.labels[input.outcome]}`,
      details: { outcome: input.outcome, note, newDueOn: input.newDueOn },
    });
  });
  const c = await loadItemContext(ctx.db, input.itemId);
  const list = await earlierActions(ctx.db, c.meeting, c.item.id, c.children.map((ch) => ch.id));
  const row = list.find((a) => a.id === input.actionId);
  if (row) return row;
  // Taken back on an action that has since been closed elsewhere: it is no longer listed, but the answer still describes it.
  return { ...(await actionRows(ctx.db, [input.actionId]))[0]!, review: null };
}
