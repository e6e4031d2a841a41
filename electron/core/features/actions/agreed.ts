import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { ActionRow } from '../../../../shared/schemas/actions';
import type { Db } from '../../db/db-type';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { chosenPersonName, notFound } from '../guards';
import { assertMinutesEditable, childName, loadItemContext } from '../minutes/guards';
import { assertHoldsPen } from '../pen/guard';
import { assertPlanRowOpen } from './plan-row';
import { actionRows } from './rows';
import { write } from '../../data/write';
import { meetingById } from '../meetings/repository/meetings';
import * as repo from './repository/actions';

/** A chosen person's name is copied, so the action still says who if they are later archived. */
async function ownerNameFor(db: Db, ownerId: number | null, typed: string | null): Promise<string> {
  return ownerId === null ? typed! : chosenPersonName(db, ownerId, 'ownerId');
}

function assertDueAfterMeeting(dueOn: string, meetingDate: string): void {
  if (dueOn < meetingDate) throw new AppError('INVALID_INPUT', `An action cannot be due before the meeting that agreed it (${formatUkDate(meetingDate)}).`, { dueOn: 'Choose a date on or after the meeting.' });
}

/** An action agreed at an item: for each of the item's children, so each child's record carries it. */
export async function createAction(ctx: ServiceContext, input: ParsedInput<'actions.create'>): Promise<ActionRow> {
  const id = await write(ctx, async (w) => {
    const c = await loadItemContext(w.db, input.itemId);
    assertMinutesEditable(c.meeting);
    await assertHoldsPen(w.db, ctx, c.meeting.id);
    assertDueAfterMeeting(input.dueOn, c.meeting.date);
    if (input.planRow !== null) await assertPlanRowOpen(w.db, c, input.planRow);
    const ownerName = await ownerNameFor(w.db, input.ownerId, input.ownerName);
    const last = await repo.lastActionPosition(w.db, c.item.id);
    const now = isoNow(ctx);
    const row = await repo.insertAction(w.db, {
      meeting_id: c.meeting.id,
      item_id: c.item.id,
      text: input.text,
      owner_id: input.ownerId,
      owner_name: ownerName,
      due_on: input.dueOn,
      position: last + 1,
      created_at: now,
      created_by: ctx.actor,
      updated_at: now,
      plan_row: input.planRow,
    });
    if (c.children.length > 0) await repo.insertActionChildren(w.db, row.id, c.children.map((child) => child.id));
    await repo.insertActionUpdate(w.db, { action_id: row.id, kind: 'created', note: null, progress_rag: null, at: now, by: ctx.actor });
    await w.audit({
      action: 'create',
      entity: 'action',
      entityId: row.id,
      summary: `Agreed an action for ${c.children.map(childName).join(' and ')} at ${c.type.name} on ${formatUkDate(c.meeting.date)}${input.planRow ? ' from a row of the plan' : ''}: owner ${ownerName}, due ${formatUkDate(input.dueOn)}`,
      details: input.planRow ? { text: input.text, planRow: input.planRow } : { text: input.text },
    });
    return row.id;
  });
  return (await actionRows(ctx.db, [id]))[0]!;
}

async function loadEditableAction(ctx: ServiceContext, db: Db, id: number) {
  const action = await repo.findAction(db, id);
  if (!action) throw notFound('action');
  const meeting = await meetingById(db, action.meeting_id);
  assertMinutesEditable(meeting);
  await assertHoldsPen(db, ctx, meeting.id);
  return { action, meeting };
}

/** Corrects an action while its meeting's minutes are still open; after approval an action moves on by progress updates. */
export async function updateAction(ctx: ServiceContext, input: ParsedInput<'actions.update'>): Promise<ActionRow> {
  await write(ctx, async (w) => {
    const { action, meeting } = await loadEditableAction(ctx, w.db, input.id);
    assertDueAfterMeeting(input.dueOn, meeting.date);
    const ownerName = await ownerNameFor(w.db, input.ownerId, input.ownerName);
    await w.claimVersion({
      table: 'actions',
      key: { id: action.id },
      version: input.version,
      entity: 'action',
      entityId: action.id,
      // Read again: on a team store another save may have committed since `action` was read.
      fields: async () => {
        const now = (await repo.findAction(w.db, action.id)) ?? action;
        return {
          text: { mine: input.text, theirs: now.text },
          // Who: a person chosen from the list, or a name typed in full; one choice, shown at the owner field.
          ownerId: { mine: { ownerId: input.ownerId, ownerName: input.ownerId === null ? ownerName : null }, theirs: { ownerId: now.owner_id, ownerName: now.owner_id === null ? now.owner_name : null }, shown: `‘${now.owner_name}’` },
          dueOn: { mine: input.dueOn, theirs: now.due_on, shown: `‘${formatUkDate(now.due_on)}’` },
        };
      },
      changedIn: (row, path) => editChanged(row.details, path === 'ownerId' ? 'owner' : path),
    });
    await repo.updateAction(w.db, action.id, { text: input.text, owner_id: input.ownerId, owner_name: ownerName, due_on: input.dueOn, updated_at: isoNow(ctx) });
    await w.audit({
      action: 'update',
      entity: 'action',
      entityId: action.id,
      summary: `Changed an action agreed on ${formatUkDate(meeting.date)}`,
      details: { from: { text: action.text, owner: action.owner_name, dueOn: action.due_on }, to: { text: input.text, owner: ownerName, dueOn: input.dueOn } },
    });
  });
  return (await actionRows(ctx.db, [input.id]))[0]!;
}

export async function removeAction(ctx: ServiceContext, input: { id: number }): Promise<{ deleted: true }> {
  await write(ctx, async (w) => {
    const { action, meeting } = await loadEditableAction(ctx, w.db, input.id);
    if (await repo.actionWasReviewed(w.db, action.id)) throw new AppError('CONFLICT', 'A later meeting has already reviewed this action, so it is part of that record and cannot be removed.');
    await repo.deleteAction(w.db, action.id);
    await w.audit({ action: 'delete', entity: 'action', entityId: action.id, summary: `Removed an action from the minutes of ${formatUkDate(meeting.date)}`, details: { text: action.text, owner: action.owner_name, dueOn: action.due_on } });
  });
  return { deleted: true };
}

/** Whether an edit's audit row (`{ from: {text, owner, dueOn}, to: {…} }`, as written above) changed this part of the action. */
function editChanged(details: unknown, key: string): boolean {
  if (typeof details !== 'object' || details === null || !('from' in details) || !('to' in details)) return false;
  const { from, to } = details as { from: unknown; to: unknown };
  if (typeof from !== 'object' || from === null || typeof to !== 'object' || to === null) return false;
  return (from as Record<string, unknown>)[key] !== (to as Record<string, unknown>)[key];
}
