import { MOVES_VERSION } from '../../data/row-version';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { refuseDateToCome } from '../guards';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { formatLongDate } from '../../../../shared/domain/long-date';
import { REASON_MAX } from '../../../../shared/schemas/agenda';
import type { Escalation } from '../../../../shared/schemas/child-events';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/db-type';
import { AppError } from '../../errors';
import { assertPersonExists, notFound } from '../guards';
import { insertItem } from '../agenda/agenda-rows';
import { write } from '../../data/write';
import { itemOfChildAt, updateAgendaItemRow } from '../agenda/repository';
import { personNamed, groupManagerOfTeam, teamNamed } from '../settings/repository';
import { findChild } from './repository/children';
import { escalationsOf, findEscalation, insertEscalation, nextPermanencePanelOf, updateEscalationRow } from './repository/reviews';

export async function listEscalations(db: Db, childId: number): Promise<Escalation[]> {
  const rows = await escalationsOf(db, childId);
  return rows.map((r) => ({
    id: r.id,
    childId: r.child_id,
    raisedOn: r.raised_on,
    raisedBy: r.raised_by,
    groupManagerId: r.group_manager_id,
    groupManagerName: r.gm_name,
    reason: r.reason,
    meeting: r.meeting_id !== null && r.meeting_date !== null ? { id: r.meeting_id, date: r.meeting_date, typeName: r.type_name ?? 'Permanence Panel' } : null,
    closedOn: r.closed_on,
    closedNote: r.closed_note,
  }));
}

async function loadChild(db: Db, id: number) {
  const child = await findChild(db, id);
  if (!child) throw notFound('child');
  return child;
}

async function loadEscalation(db: Db, id: number) {
  const row = await findEscalation(db, id);
  if (!row) throw notFound('escalation');
  return row;
}

/**
 * Walsall: "Where there are complicating factors that are leading to delays in achieving
 * permanence for a child, it will be the responsibility of the Team Manager to escalate
 * this to the Group Manager ... and bring to an earlier permanence panel where needed."
 */
export async function createEscalation(ctx: ServiceContext, input: ParsedInput<'escalations.create'>): Promise<Escalation[]> {
  return write(ctx, async (w) => {
    const child = await loadChild(w.db, input.childId);
    refuseDateToCome(ctx, 'raisedOn', input.raisedOn, 'An escalation is recorded once it is made: this date is still to come.');
    const raisedById = input.raisedById ?? child.team_manager_id;
    await assertPersonExists(w.db, raisedById, 'raisedById');
    const team = child.team_id === null ? undefined : await groupManagerOfTeam(w.db, child.team_id);
    const groupManagerId = input.groupManagerId ?? team?.group_manager_id ?? null;
    await assertPersonExists(w.db, groupManagerId, 'groupManagerId');
    const raiser = raisedById === null ? undefined : await personNamed(w.db, raisedById);
    const now = isoNow(ctx);
    const escalationId = await insertEscalation(w.db, {
      child_id: child.id,
      raised_on: input.raisedOn,
      raised_by_id: raisedById,
      raised_by: raiser?.name ?? ctx.actor,
      group_manager_id: groupManagerId,
      reason: input.reason,
      meeting_id: null,
      closed_on: null,
      closed_note: null,
      created_at: now,
      updated_at: now,
      recorded_by: ctx.actor,
    });
    await w.audit({ action: 'create', entity: 'escalation', entityId: escalationId, summary: `Escalated ${child.first_name} ${child.last_name} to the Group Manager: ${input.reason}`, details: { childId: child.id } });
    await w.childrenChanged([child.id]);
    return listEscalations(w.db, child.id);
  });
}

/** Brings the child to the next Permanence Panel prepared for their team, with the escalation as the reason. */
export async function bringToPanel(ctx: ServiceContext, input: { id: number }): Promise<ProcedureOutput<'escalations.bringToPanel'>> {
  return write(ctx, async (w) => {
    const e = await loadEscalation(w.db, input.id);
    if (e.closed_on !== null) throw new AppError('CONFLICT', 'This escalation is closed, so there is nothing to bring to panel.');
    const child = await loadChild(w.db, e.child_id);
    const name = `${child.first_name} ${child.last_name}`;
    if (child.team_id === null) throw new AppError('CONFLICT', `${name} has no team recorded, so there is no team panel to bring them to. Record their team first, or add them to an agenda by hand.`);
    const panel = await nextPermanencePanelOf(w.db, child.team_id, todayIso(ctx.now()));
    if (!panel) {
      const team = await teamNamed(w.db, child.team_id);
      throw new AppError('CONFLICT', `No Permanence Panel has been prepared for ${team?.name ?? 'their team'} yet. Prepare the team’s next date on the rota, then bring ${name} to it.`);
    }
    const reason = `Escalated to the Group Manager on ${formatUkDate(e.raised_on)}: ${e.reason}`.slice(0, REASON_MAX);
    const already = await itemOfChildAt(w.db, panel.id, child.id);
    const now = isoNow(ctx);
    if (already) {
      await updateAgendaItemRow(w.db, already.item_id, { reason, updated_at: now }, MOVES_VERSION);
    } else {
      await insertItem(
        w.db,
        panel.id,
        { childIds: [child.id], presenterId: child.social_worker_id ?? child.team_manager_id, slotMinutes: panel.slot_minutes, reason, source: 'added', dueRule: null, lgpReason: null, papers: null },
        now,
      );
    }
    await updateEscalationRow(w.db, e.id, { meeting_id: panel.id, updated_at: now });
    const message = `${name} is on the agenda of the ${panel.type_name} on ${formatLongDate(panel.date)}${already ? ' (already there: the reason now gives the escalation)' : ''}.`;
    await w.audit({ action: 'update', entity: 'meeting', entityId: panel.id, summary: `Agenda of ${formatUkDate(panel.date)}: brought ${child.case_ref} for an escalation`, details: { escalationId: e.id } });
    return { escalations: await listEscalations(w.db, child.id), message, meetingId: panel.id };
  });
}

export async function closeEscalation(ctx: ServiceContext, input: ParsedInput<'escalations.close'>): Promise<Escalation[]> {
  return write(ctx, async (w) => {
    const e = await loadEscalation(w.db, input.id);
    if (e.closed_on !== null) throw new AppError('CONFLICT', 'This escalation is already closed.');
    refuseDateToCome(ctx, 'closedOn', input.closedOn, 'An escalation cannot be closed on a date still to come.');
    if (input.closedOn < e.raised_on) throw new AppError('INVALID_INPUT', `It was raised on ${formatUkDate(e.raised_on)}, so it cannot have been closed before then.`, { closedOn: `Choose ${formatUkDate(e.raised_on)} or later.` });
    await updateEscalationRow(w.db, e.id, { closed_on: input.closedOn, closed_note: input.note, updated_at: isoNow(ctx) });
    await w.audit({ action: 'update', entity: 'escalation', entityId: e.id, summary: `Closed the escalation of ${formatUkDate(e.raised_on)}${input.note ? `: ${input.note}` : ''}`, details: { childId: e.child_id } });
    await w.childrenChanged([e.child_id]);
    return listEscalations(w.db, e.child_id);
  });
}
