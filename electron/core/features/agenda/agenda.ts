import { MOVES_VERSION } from '../../data/row-version';
import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { REASON_MAX, type MeetingDetail, type Papers } from '../../../../shared/schemas/agenda';
import type { PaperState } from '../../../../shared/domain/vocabulary';
import type { Db } from '../../db/db-type';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { assertPersonExists, notFound } from '../guards';
import { assertAgendaEditable, insertItem, lgpReasonForRule, NO_PAPERS_YET, renumber, assertNoMinutes } from './agenda-rows';
import { dueByFor, getMeetingRow, meetingDetail } from '../meetings/detail';
import { dueChildren } from '../meetings/proposals';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { write, type Writer } from '../../data/write';
import { agendaItems } from '../../data/tables/agenda-items';
import { findChild } from '../children/repository/children';
import { personNamed } from '../settings/repository';
import {
  caseRefsOnItem,
  childrenOnAgenda,
  childrenOnItem,
  findAgendaItem,
  itemIdsInOrder,
  itemOfChildAt,
  meetingTypeOf,
  moveChildToItem,
  removeItemAndChildren,
  removeItems,
  takeChildOffItem,
  updateAgendaItemRow,
} from './repository';

/** A paper counts as in for the group only when it is in for every child: the least complete state wins. */
const PAPER_ORDER: readonly PaperState[] = ['outstanding', 'received', 'not_needed'];
function mergePapers(all: (string | null)[]): Papers {
  const parsed = all.map((p) => agendaItems.columns.papers.decode(p)).filter((p): p is Papers => p !== null);
  const merged = { ...NO_PAPERS_YET };
  for (const key of Object.keys(merged) as (keyof Papers)[]) {
    merged[key] = parsed.map((p) => p[key]).sort((a, b) => PAPER_ORDER.indexOf(a) - PAPER_ORDER.indexOf(b))[0] ?? 'outstanding';
  }
  return merged;
}

async function itemWithMeeting(db: Db, itemId: number) {
  const item = await findAgendaItem(db, itemId);
  if (!item) throw notFound('agenda item');
  const meeting = await getMeetingRow(db, item.meeting_id);
  assertAgendaEditable(meeting);
  const type = await meetingTypeOf(db, meeting.type_id);
  return { item, meeting, type };
}

async function caseRefs(db: Db, itemId: number): Promise<string> {
  return (await caseRefsOnItem(db, itemId)).join(', ');
}

/** Every agenda change is one transaction with its audit entry, then the whole agenda is read back. */
async function change(ctx: ServiceContext, meetingIdOf: (w: Writer) => Promise<number>): Promise<MeetingDetail> {
  const meetingId = await write(ctx, meetingIdOf);
  return meetingDetail(ctx, meetingId);
}

export async function addAgendaItem(ctx: ServiceContext, input: ParsedInput<'agenda.add'>): Promise<MeetingDetail> {
  // Before the transaction, a batch at a time: the due check inside it then finds nothing stale.
  await bringTrackingUpToDate(ctx.db, todayIso(ctx.now()));
  return change(ctx, async (w) => {
    const meeting = await getMeetingRow(w.db, input.meetingId);
    assertAgendaEditable(meeting);
    const type = await meetingTypeOf(w.db, meeting.type_id);
    const child = await findChild(w.db, input.childId);
    if (!child) throw new AppError('INVALID_INPUT', 'That child could not be found. Search again.', { childId: 'Choose a child from the list.' });
    if (child.closed_on !== null) throw new AppError('INVALID_INPUT', `${child.first_name} ${child.last_name}’s record is closed. Reopen it before adding them to an agenda.`, { childId: 'This child’s record is closed.' });
    const already = await itemOfChildAt(w.db, meeting.id, child.id);
    if (already) throw new AppError('CONFLICT', `${child.first_name} ${child.last_name} is already on this agenda.`, { childId: 'Already on this agenda.' });

    const due =
      type.proposes === null
        ? undefined
        : (await dueChildren(w.db, { kind: type.proposes, teamId: null, dueBy: await dueByFor(w.db, meeting), today: todayIso(ctx.now()) })).find(
            (d) => d.childId === child.id,
          );
    const lgp = type.form === 'lgp';
    const lgpReason = lgp ? (input.lgpReason ?? lgpReasonForRule(due?.rule)) : null;
    if (lgp && lgpReason === null) {
      throw new AppError('INVALID_INPUT', 'Choose why the child is coming to Legal Gateway.', { lgpReason: 'Choose a reason.' });
    }
    const itemId = await insertItem(
      w.db,
      meeting.id,
      {
        childIds: [child.id],
        presenterId: child.social_worker_id ?? child.team_manager_id,
        slotMinutes: type.slot_minutes,
        reason: input.reason ?? due?.reason ?? 'Added to the agenda',
        source: 'added',
        // A typed reason is what the person chose to show; otherwise the agenda names the review.
        dueRule: input.reason === null ? (due?.rule ?? null) : null,
        lgpReason,
        papers: lgp ? NO_PAPERS_YET : null,
      },
      isoNow(ctx),
    );
    await w.audit({ action: 'update', entity: 'meeting', entityId: meeting.id, summary: `Agenda of ${formatUkDate(meeting.date)}: added ${child.case_ref}`, details: { itemId } });
    return meeting.id;
  });
}

export function updateAgendaItem(ctx: ServiceContext, input: ParsedInput<'agenda.update'>): Promise<MeetingDetail> {
  return change(ctx, async (w) => {
    const { item, meeting, type } = await itemWithMeeting(w.db, input.id);
    await assertPersonExists(w.db, input.presenterId, 'presenterId');
    const lgp = type.form === 'lgp';
    if (lgp && input.lgpReason === null) throw new AppError('INVALID_INPUT', 'Choose why the child is coming to Legal Gateway.', { lgpReason: 'Choose a reason.' });
    const next = {
      presenter_id: input.presenterId,
      slot_minutes: input.slotMinutes,
      reason: input.reason ?? item.reason,
      lgp_reason: lgp ? input.lgpReason : null,
      papers: lgp ? agendaItems.columns.papers.encode(input.papers ?? (agendaItems.columns.papers.decode(item.papers) ?? NO_PAPERS_YET)) : null,
    };
    const details = Object.fromEntries(
      (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== item[k]).map((k) => [k, { from: item[k], to: next[k] }]),
    );
    if (Object.keys(details).length > 0) {
      await w.claimVersion({
        table: 'agenda_items',
        key: { id: item.id },
        version: input.version,
        entity: 'meeting',
        entityId: meeting.id,
        // Read again: on a team store another save may have committed since `item` was read.
        fields: async () => {
          const now = (await itemWithMeeting(w.db, input.id)).item;
          return {
            presenterId: { mine: input.presenterId, theirs: now.presenter_id, shown: now.presenter_id === null ? 'left it empty' : `‘${(await personNamed(w.db, now.presenter_id))?.name ?? ''}’` },
            slotMinutes: { mine: input.slotMinutes, theirs: now.slot_minutes, shown: `‘${now.slot_minutes} minutes’` },
            reason: { mine: next.reason, theirs: now.reason },
            lgpReason: { mine: next.lgp_reason, theirs: now.lgp_reason },
            papers: { mine: next.papers === null ? null : agendaItems.columns.papers.decode(next.papers), theirs: now.papers === null ? null : agendaItems.columns.papers.decode(now.papers) },
          };
        },
      });
    }
    await updateAgendaItemRow(w.db, item.id, { ...next, updated_at: isoNow(ctx) });
    if (Object.keys(details).length > 0) {
      await w.audit({ action: 'update', entity: 'meeting', entityId: meeting.id, summary: `Agenda of ${formatUkDate(meeting.date)}: changed the item for ${await caseRefs(w.db, item.id)}`, details });
    }
    return meeting.id;
  });
}

export function removeAgendaItem(ctx: ServiceContext, input: { id: number }): Promise<MeetingDetail> {
  return change(ctx, async (w) => {
    const { item, meeting } = await itemWithMeeting(w.db, input.id);
    await assertNoMinutes(w.db, [item.id], 'removed');
    const refs = await caseRefs(w.db, item.id);
    await removeItemAndChildren(w.db, item.id);
    await renumber(w.db, meeting.id);
    await w.audit({ action: 'update', entity: 'meeting', entityId: meeting.id, summary: `Agenda of ${formatUkDate(meeting.date)}: removed ${refs}` });
    return meeting.id;
  });
}

export function moveAgendaItem(ctx: ServiceContext, input: ParsedInput<'agenda.move'>): Promise<MeetingDetail> {
  return change(ctx, async (w) => {
    const { item, meeting } = await itemWithMeeting(w.db, input.id);
    const ids = await itemIdsInOrder(w.db, meeting.id);
    const from = ids.indexOf(item.id);
    const to = Math.min(input.position, ids.length) - 1;
    if (from === to) return meeting.id;
    ids.splice(from, 1);
    ids.splice(to, 0, item.id);
    await renumber(w.db, meeting.id, ids);
    await w.audit({ action: 'update', entity: 'meeting', entityId: meeting.id, summary: `Agenda of ${formatUkDate(meeting.date)}: moved ${await caseRefs(w.db, item.id)} to item ${to + 1}` });
    return meeting.id;
  });
}

export function groupSiblingItems(ctx: ServiceContext, input: { id: number }): Promise<MeetingDetail> {
  return change(ctx, async (w) => {
    const { item, meeting } = await itemWithMeeting(w.db, input.id);
    const rows = await childrenOnAgenda(w.db, meeting.id);
    const groups = new Set(rows.filter((r) => r.item_id === item.id && r.sibling_group_id !== null).map((r) => r.sibling_group_id));
    const joining = [...new Set(rows.filter((r) => r.item_id !== item.id && groups.has(r.sibling_group_id)).map((r) => r.item_id))];
    if (joining.length === 0) throw new AppError('CONFLICT', 'None of this child’s siblings are elsewhere on this agenda.');
    await assertNoMinutes(w.db, [item.id, ...joining], 'grouped');
    const own = rows.filter((r) => r.item_id === item.id);
    const moving = rows.filter((r) => joining.includes(r.item_id));
    if (moving.some((r) => r.lgp_reason !== item.lgp_reason)) {
      throw new AppError('CONFLICT', 'These siblings are booked into Legal Gateway for different reasons. Give them the same reason first, or keep them as separate items.');
    }
    const papers = item.papers === null ? null : agendaItems.columns.papers.encode(mergePapers([item.papers, ...moving.map((r) => r.papers)]));
    for (const [i, r] of moving.entries()) {
      await moveChildToItem(w.db, { fromItemId: r.item_id, childId: r.child_id }, item.id, own.length + i + 1);
    }
    const reasons = [...new Set([item.reason, ...moving.map((r) => r.reason)])].join('; ');
    const slot = Math.max(item.slot_minutes, ...moving.map((r) => r.slot_minutes));
    await updateAgendaItemRow(w.db, item.id, { reason: reasons.slice(0, REASON_MAX), slot_minutes: slot, papers, updated_at: isoNow(ctx) }, MOVES_VERSION);
    await removeItems(w.db, joining);
    await renumber(w.db, meeting.id);
    await w.audit({ action: 'update', entity: 'meeting', entityId: meeting.id, summary: `Agenda of ${formatUkDate(meeting.date)}: grouped siblings ${await caseRefs(w.db, item.id)}` });
    return meeting.id;
  });
}

export function splitAgendaItem(ctx: ServiceContext, input: { id: number }): Promise<MeetingDetail> {
  return change(ctx, async (w) => {
    const { item, meeting } = await itemWithMeeting(w.db, input.id);
    const children = await childrenOnItem(w.db, item.id);
    if (children.length < 2) throw new AppError('CONFLICT', 'This item has only one child, so there is nothing to separate.');
    await assertNoMinutes(w.db, [item.id], 'separated');
    const ids = await itemIdsInOrder(w.db, meeting.id);
    const now = isoNow(ctx);
    const created: number[] = [];
    for (const c of children.slice(1)) {
      await takeChildOffItem(w.db, item.id, c.child_id);
      created.push(
        await insertItem(
          w.db,
          meeting.id,
          {
            childIds: [c.child_id],
            presenterId: item.presenter_id,
            slotMinutes: item.slot_minutes,
            reason: item.reason,
            source: item.source,
            dueRule: item.due_rule,
            lgpReason: item.lgp_reason as never,
            papers: agendaItems.columns.papers.decode(item.papers),
          },
          now,
        ),
      );
    }
    const at = ids.indexOf(item.id);
    ids.splice(at + 1, 0, ...created);
    await renumber(w.db, meeting.id, ids);
    await w.audit({ action: 'update', entity: 'meeting', entityId: meeting.id, summary: `Agenda of ${formatUkDate(meeting.date)}: separated a sibling group into ${children.length} items` });
    return meeting.id;
  });
}
