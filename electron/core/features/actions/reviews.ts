import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { ActionStatus } from '../../../../shared/domain/minutes-vocabulary';
import { ACTION_REVIEW } from '../../../../shared/domain/minutes-vocabulary';
import type { EarlierAction } from '../../../../shared/schemas/actions';
import type { Db } from '../../db/db-type';
import type { MeetingRow } from '../../db/schema';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { notFound } from '../guards';
import { assertMinutesEditable, loadItemContext } from '../minutes/guards';
import { assertHoldsPen } from '../pen/guard';
import { actionRows, actionRowsFrom } from './rows';
import { write } from '../../data/write';
import { actionReviews } from '../../data/tables/action-reviews';
import { findAction, insertActionUpdate, updateAction } from './repository/actions';
import { deleteReview, earlierActionQueries, findReview, insertReview, updateReviewNote } from './repository/reviews';
import { readTogether, type ReadTogether } from '../../data/read-together';

interface ActionBefore {
  status: ActionStatus;
  due_on: string;
  completed_on: string | null;
  last_note: string | null;
}

export interface ItemChildren {
  itemId: number;
  childIds: readonly number[];
}

/**
 * The actions a meeting reviews at each item: every action agreed for the item's children
 * at an earlier meeting that is still open, plus those this item has already reviewed (so a
 * review stays on screen, and can be changed, after it closes the action). One query for the
 * whole meeting, driven by the children (an index on action_children), never by the actions table.
 */
export async function earlierActionsByItem(db: Db, meeting: MeetingRow, items: readonly ItemChildren[]): Promise<Map<number, EarlierAction[]>> {
  const childIds = [...new Set(items.flatMap((i) => i.childIds))];
  if (childIds.length === 0) return new Map(items.map((i) => [i.itemId, []]));
  return earlierActionsFrom(items, await readTogether(db, earlierActionQueries(db, meeting.id, childIds)));
}

/** What `earlierActionQueries` answers. */
export type EarlierActionsRead = ReadTogether<ReturnType<typeof earlierActionQueries>>;

/** Each item's earlier actions, from what `earlierActionQueries` read for the meeting's children. */
export function earlierActionsFrom(items: readonly ItemChildren[], read: EarlierActionsRead): Map<number, EarlierAction[]> {
  const out = new Map<number, EarlierAction[]>(items.map((i) => [i.itemId, []]));
  const { links } = read;
  if (links.length === 0) return out;
  const ids = [...new Set(links.map((l) => l.id))];
  const rowOf = new Map(actionRowsFrom(ids, read).map((r) => [r.id, r]));
  const reviews = read.reviews.map((r) => ({ ...r, before: actionReviews.columns.before.decode(r.before) }));
  for (const item of items) {
    const mine = new Set(item.childIds);
    const list: EarlierAction[] = [];
    for (const id of ids) {
      if (!links.some((l) => l.id === id && mine.has(l.child_id))) continue;
      const row = rowOf.get(id);
      if (!row) continue;
      const review = reviews.find((r) => r.action_id === id && r.item_id === item.itemId);
      if (row.status !== 'open' && !review) continue;
      list.push({ ...row, review: review ? { outcome: review.outcome, note: review.note, newDueOn: review.new_due_on, dueBefore: review.before.due_on } : null });
    }
    list.sort((a, b) => (a.dueOn !== b.dueOn ? (a.dueOn < b.dueOn ? -1 : 1) : a.id - b.id));
    out.set(item.itemId, list);
  }
  return out;
}

export async function earlierActions(db: Db, meeting: MeetingRow, itemId: number, childIds: readonly number[]): Promise<EarlierAction[]> {
  return (await earlierActionsByItem(db, meeting, [{ itemId, childIds }])).get(itemId) ?? [];
}

/**
 * Records what this meeting decided about an earlier action. Changing or taking back a
 * review first restores the action exactly as it was, so reviews never compound.
 */
export async function reviewAction(ctx: ServiceContext, input: ParsedInput<'actions.review'>): Promise<EarlierAction> {
  await write(ctx, async (w) => {
    const c = await loadItemContext(w.db, input.itemId);
    assertMinutesEditable(c.meeting);
    await assertHoldsPen(w.db, ctx, c.meeting.id);
    const action = await findAction(w.db, input.actionId);
    if (!action) throw notFound('action');
    const eligible = await earlierActions(w.db, c.meeting, c.item.id, c.children.map((ch) => ch.id));
    if (!eligible.some((a) => a.id === action.id)) {
      throw new AppError('CONFLICT', 'This action is not one of the open actions from an earlier meeting for the children of this item, so it cannot be reviewed here.');
    }
    if (input.newDueOn !== null && input.newDueOn < c.meeting.date) {
      throw new AppError('INVALID_INPUT', 'A carried-forward action needs a due date after this meeting.', { newDueOn: `Choose a date on or after ${formatUkDate(c.meeting.date)}.` });
    }
    const now = isoNow(ctx);
    const note = input.note.trim();
    const existing = await findReview(w.db, action.id, c.item.id);
    if (!existing && input.outcome === null) return;
    if (existing) {
      // The review's own write is the action's last change unless something has happened to it since.
      const unchangedSince = action.updated_at === existing.reviewed_at;
      if (input.outcome === existing.outcome && (input.outcome !== 'carried' || input.newDueOn === existing.new_due_on)) {
        if (note === existing.note) return;
        // The review stays the action's last change only if it was: its time moves with the action's, or not at all.
        await updateReviewNote(w.db, existing.id, note, unchangedSince ? now : existing.reviewed_at);
        if (unchangedSince) await updateAction(w.db, action.id, { last_note: note || action.last_note, updated_at: now });
        await w.auditEdit({
          entity: 'action',
          entityId: action.id,
          summary: `Edited the note of an action’s review at the meeting on ${formatUkDate(c.meeting.date)}`,
          from: existing.note,
          to: note,
        });
        return;
      }
      if (!unchangedSince) {
        throw new AppError(
          'CONFLICT',
          'This action has changed since it was reviewed here (it was updated, completed or reviewed at a later meeting), so only the note of this review can change now. Update the action itself from the Actions page.',
        );
      }
    }
    const before: ActionBefore = existing ? actionReviews.columns.before.decode(existing.before) : { status: action.status, due_on: action.due_on, completed_on: action.completed_on, last_note: action.last_note };
    if (existing) await deleteReview(w.db, existing.id);

    const after: ActionBefore =
      input.outcome === null
        ? before
        : input.outcome === 'done'
          ? { ...before, status: 'done', completed_on: c.meeting.date }
          : input.outcome === 'dropped'
            ? { ...before, status: 'dropped', completed_on: null }
            : { ...before, status: 'open', completed_on: null, due_on: input.newDueOn ?? before.due_on };
    if (input.outcome !== null && note) after.last_note = note;
    await updateAction(w.db, action.id, { ...after, updated_at: now });

    if (input.outcome !== null) {
      await insertReview(w.db, {
        action_id: action.id,
        item_id: c.item.id,
        meeting_id: c.meeting.id,
        outcome: input.outcome,
        note,
        new_due_on: input.outcome === 'carried' ? input.newDueOn : null,
        before: actionReviews.columns.before.encode(before),
        reviewed_at: now,
        reviewed_by: ctx.actor,
      });
    }
    await insertActionUpdate(w.db, {
      action_id: action.id,
      kind: 'reviewed',
      note: input.outcome === null ? 'Review taken back' : [`${ACTION_REVIEW.labels[input.outcome]} at ${c.type.name} on ${formatUkDate(c.meeting.date)}`, note].filter(Boolean).join(': '),
      progress_rag: null,
      at: now,
      by: ctx.actor,
    });
    await w.audit({
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
