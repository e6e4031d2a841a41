import { MOVES_VERSION } from '../../data/row-version';
import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { refuseDateToCome } from '../guards';
import { formatUkDate } from '../../../../shared/domain/dates';
import { RAG } from '../../../../shared/domain/vocabulary';
import type { ActionRow } from '../../../../shared/schemas/actions';
import type { Db } from '../../db/db-type';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { notFound } from '../guards';
import { actionRows } from './rows';
import { write } from '../../data/write';
import * as repo from './repository/actions';

async function loadAction(db: Db, id: number) {
  const action = await repo.findActionWithMeetingDate(db, id);
  if (!action) throw notFound('action');
  return action;
}

/** The coordinator's note between panels, with a progress RAG (Shropshire style). Follow-up is not the minutes, so it goes on after approval. */
export async function progressAction(ctx: ServiceContext, input: ParsedInput<'actions.progress'>): Promise<ActionRow> {
  await write(ctx, async (w) => {
    const action = await loadAction(w.db, input.id);
    if (action.status !== 'open') throw new AppError('CONFLICT', 'This action is closed. Reopen it before adding progress.');
    const now = isoNow(ctx);
    await repo.updateAction(w.db, action.id, { progress_rag: input.progressRag, impact_rag: input.impactRag, last_note: input.note, updated_at: now }, MOVES_VERSION);
    await repo.insertActionUpdate(w.db, { action_id: action.id, kind: 'progress', note: input.note, progress_rag: input.progressRag, impact_rag: input.impactRag, at: now, by: ctx.actor });
    const rated = [input.progressRag ? `progress ${RAG.labels[input.progressRag].toLowerCase()}` : null, input.impactRag ? `impact ${RAG.labels[input.impactRag].toLowerCase()}` : null].filter((x) => x);
    await w.audit({
      action: 'update',
      entity: 'action',
      entityId: action.id,
      summary: `Added progress to an action${rated.length ? ` (${rated.join(', ')})` : ''}`,
      details: { note: input.note },
    });
  });
  return (await actionRows(ctx.db, [input.id]))[0]!;
}

export async function completeAction(ctx: ServiceContext, input: ParsedInput<'actions.complete'>): Promise<ActionRow> {
  await write(ctx, async (w) => {
    const action = await loadAction(w.db, input.id);
    if (action.status !== 'open') throw new AppError('CONFLICT', 'This action is already closed.');
    refuseDateToCome(ctx, 'completedOn', input.completedOn, 'An action cannot be completed on a date still to come.');
    if (input.completedOn < action.meeting_date) {
      throw new AppError('INVALID_INPUT', `The action was agreed on ${formatUkDate(action.meeting_date)}, so it cannot have been completed before then.`, { completedOn: 'Choose a date on or after the meeting.' });
    }
    const now = isoNow(ctx);
    await repo.updateAction(w.db, action.id, {
      status: 'done',
      completed_on: input.completedOn,
      last_note: input.note ?? action.last_note,
      impact_rag: input.impactRag === undefined ? action.impact_rag : input.impactRag,
      updated_at: now,
    }, MOVES_VERSION);
    await repo.insertActionUpdate(w.db, { action_id: action.id, kind: 'completed', note: input.note, progress_rag: null, impact_rag: input.impactRag ?? null, at: now, by: ctx.actor });
    await w.audit({ action: 'update', entity: 'action', entityId: action.id, summary: `Completed an action on ${formatUkDate(input.completedOn)}`, details: { note: input.note } });
  });
  return (await actionRows(ctx.db, [input.id]))[0]!;
}

export async function reopenAction(ctx: ServiceContext, input: { id: number }): Promise<ActionRow> {
  await write(ctx, async (w) => {
    const action = await loadAction(w.db, input.id);
    if (action.status === 'open') throw new AppError('CONFLICT', 'This action is already open.');
    const now = isoNow(ctx);
    await repo.updateAction(w.db, action.id, { status: 'open', completed_on: null, updated_at: now }, MOVES_VERSION);
    await repo.insertActionUpdate(w.db, { action_id: action.id, kind: 'reopened', note: null, progress_rag: null, impact_rag: null, at: now, by: ctx.actor });
    await w.audit({ action: 'update', entity: 'action', entityId: action.id, summary: 'Reopened an action' });
  });
  return (await actionRows(ctx.db, [input.id]))[0]!;
}

export async function actionHistory(ctx: ServiceContext, input: { id: number }): Promise<ProcedureOutput<'actions.history'>> {
  await loadAction(ctx.db, input.id);
  const rows = await repo.updatesOfAction(ctx.db, input.id);
  return rows.map((r) => ({ at: r.at, by: r.by, kind: r.kind as ProcedureOutput<'actions.history'>[number]['kind'], note: r.note, progressRag: r.progress_rag, impactRag: r.impact_rag }));
}
