import { containsPattern } from '../../db/contains';
import { sql, type Transaction } from 'kysely';
import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { childFieldProblems, type Child, type ChildDetail, type ChildFields } from '../../../../shared/schemas/child';
import { isoNow, type ServiceContext } from '../../context';
import type { Database, NewChildRow } from '../../db/schema';
import { AppError } from '../../errors';
import { changedFields } from '../../data/audit';
import { assertPersonExists, assertTeamExists, notFound } from '../guards';
import { trackingOf } from '../../data/tracking/refresh';
import type { Writer } from '../../data/write';
import { listCicReviews } from './cic-reviews';
import { listEscalations } from './escalations';
import { toChild, toKeyDate, toPlan, toRag } from './mapping';
import { write } from '../../data/write';

/** Checks everything about a child's fields that needs the database or today's date. */
export async function validateChildFields(trx: Transaction<Database>, ctx: ServiceContext, fields: ChildFields, excludeId?: number): Promise<void> {
  const problems = childFieldProblems(fields, todayIso(ctx.now()));
  const first = Object.values(problems)[0];
  if (first) throw new AppError('INVALID_INPUT', first, problems);
  const clash = await trx
    .selectFrom('children')
    .select(['id', 'first_name', 'last_name'])
    .where(sql<boolean>`case_ref = ${fields.caseRef} collate nocase`)
    .$if(excludeId !== undefined, (q) => q.where('id', '!=', excludeId!))
    .executeTakeFirst();
  if (clash) {
    const message = `Case reference ${fields.caseRef} already belongs to ${clash.first_name} ${clash.last_name}. Each child has their own case reference.`;
    throw new AppError('CONFLICT', message, { caseRef: message });
  }
  await assertTeamExists(trx, fields.teamId, 'teamId');
  await assertPersonExists(trx, fields.socialWorkerId, 'socialWorkerId');
  await assertPersonExists(trx, fields.teamManagerId, 'teamManagerId');
  await assertPersonExists(trx, fields.iroId, 'iroId');
}

export function childColumns(fields: ChildFields): Omit<NewChildRow, 'created_at' | 'updated_at'> {
  return {
    case_ref: fields.caseRef,
    first_name: fields.firstName,
    last_name: fields.lastName,
    date_of_birth: fields.dateOfBirth,
    is_unborn: fields.isUnborn ? 1 : 0,
    gender: fields.gender,
    ethnicity: fields.ethnicity,
    team_id: fields.teamId,
    social_worker_id: fields.socialWorkerId,
    team_manager_id: fields.teamManagerId,
    iro_id: fields.iroId,
    legal_status: fields.legalStatus,
    date_entered_care: fields.dateEnteredCare,
    placement_type: fields.placementType,
  };
}

/** Inserts a child inside the caller's transaction (shared by the form and the CSV import). */
export async function insertChild(w: Writer, fields: ChildFields): Promise<Child> {
  const now = isoNow(w.ctx);
  const row = await w.db
    .insertInto('children')
    .values({ ...childColumns(fields), created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  await w.audit({ action: 'create', entity: 'child', entityId: row.id, summary: `Added ${row.first_name} ${row.last_name} (${row.case_ref})` });
  return toChild(row);
}

/** Updates a child inside the caller's transaction; writes and audits only what changed. Returns whether anything did. */
export async function updateChildRow(w: Writer, id: number, fields: ChildFields): Promise<{ child: Child; changed: boolean }> {
  const before = await w.db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw notFound('child');
  const next = childColumns(fields);
  const changes = changedFields(before as unknown as Record<string, unknown>, next as Record<string, unknown>);
  if (Object.keys(changes).length === 0) return { child: toChild(before), changed: false };
  const row = await w.db.updateTable('children').set({ ...next, updated_at: isoNow(w.ctx) }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  await w.audit({ action: 'update', entity: 'child', entityId: id, summary: `Changed ${row.first_name} ${row.last_name} (${row.case_ref})`, details: changes });
  return { child: toChild(row), changed: true };
}

export async function createChild(ctx: ServiceContext, input: ParsedInput<'children.create'>): Promise<Child> {
  return write(ctx, async (w) => {
    await validateChildFields(w.db, ctx, input);
    const child = await insertChild(w, input);
    await w.childrenChanged([child.id]);
    return child;
  });
}

export async function updateChild(ctx: ServiceContext, input: ParsedInput<'children.update'>): Promise<Child> {
  return write(ctx, async (w) => {
    const { id, ...fields } = input;
    await validateChildFields(w.db, ctx, fields, id);
    const { child, changed } = await updateChildRow(w, id, fields);
    if (changed) await w.childrenChanged([id]);
    return child;
  });
}

export async function closeChild(ctx: ServiceContext, input: ParsedInput<'children.close'>): Promise<Child> {
  return write(ctx, async (w) => {
    const before = await w.db.selectFrom('children').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('child');
    if (input.closedOn !== null) {
      // The record tells the truth: tracking stops on a day that has come, and not before the child was in care.
      if (input.closedOn > todayIso(ctx.now())) throw new AppError('INVALID_INPUT', 'Tracking cannot stop on a date still to come: close the child on the day it ends.', { closedOn: 'Choose today or an earlier date.' });
      if (before.date_entered_care !== null && input.closedOn < before.date_entered_care) {
        throw new AppError('INVALID_INPUT', `${before.first_name} entered care on ${formatUkDate(before.date_entered_care)}, so tracking cannot have stopped before then.`, { closedOn: `Choose ${formatUkDate(before.date_entered_care)} or later.` });
      }
    }
    const row = await w.db
      .updateTable('children')
      .set({ closed_on: input.closedOn, closed_reason: input.closedOn ? input.closedReason : null, updated_at: isoNow(ctx) })
      .where('id', '=', input.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await w.audit({
      action: input.closedOn ? 'archive' : 'restore',
      entity: 'child',
      entityId: row.id,
      summary: input.closedOn ? `Stopped tracking ${row.first_name} ${row.last_name}: ${input.closedReason ?? 'no reason given'}` : `Resumed tracking ${row.first_name} ${row.last_name}`,
    });
    return toChild(row);
  });
}

export async function getChild(ctx: ServiceContext, input: ParsedInput<'children.get'>): Promise<ChildDetail> {
  const row = await ctx.db.selectFrom('children').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw notFound('child');
  const [plans, keyDates, ratings, meetings, siblings, cicReviews, escalations] = await Promise.all([
    ctx.db.selectFrom('permanence_plans').selectAll().where('child_id', '=', row.id).orderBy('id', 'desc').execute(),
    ctx.db.selectFrom('key_dates').selectAll().where('child_id', '=', row.id).orderBy('date').orderBy('id').execute(),
    ctx.db.selectFrom('rag_ratings').selectAll().where('child_id', '=', row.id).orderBy('rated_on', 'desc').orderBy('id', 'desc').execute(),
    ctx.db.selectFrom('child_meetings').select(['kind', 'held_on', 'source']).where('child_id', '=', row.id).orderBy('held_on', 'desc').execute(),
    row.sibling_group_id === null
      ? Promise.resolve([])
      : ctx.db
          .selectFrom('children')
          .select(['id', 'case_ref', 'first_name', 'last_name'])
          .where('sibling_group_id', '=', row.sibling_group_id)
          .where('id', '!=', row.id)
          .orderBy('date_of_birth')
          .execute(),
    listCicReviews(ctx.db, row.id),
    listEscalations(ctx.db, row.id),
  ]);
  const history = plans.map(toPlan);
  const today = todayIso(ctx.now());
  const tracking = (await trackingOf(ctx.db, today, [row.id])).get(row.id)!;
  return {
    child: toChild(row),
    plan: history[0] ?? null,
    planHistory: history,
    keyDates: keyDates.map(toKeyDate),
    ratings: ratings.map(toRag),
    siblings: siblings.map((s) => ({ id: s.id, caseRef: s.case_ref, firstName: s.first_name, lastName: s.last_name })),
    meetings: meetings.map((m) => ({ kind: m.kind, date: m.held_on, source: m.source })),
    cicReviews,
    escalations,
    review: {
      due: tracking.due,
      flags: tracking.flags,
      proceedingsIssued: tracking.proceedings_issued,
      week26Date: tracking.week26_date,
      today,
    },
  };
}

export async function searchChildren(ctx: ServiceContext, input: ParsedInput<'children.search'>) {
  const like = containsPattern(input.query);
  const rows = await ctx.db
    .selectFrom('children')
    .select(['id', 'case_ref', 'first_name', 'last_name', 'team_id', 'closed_on'])
    .where((eb) =>
      eb.or([eb(sql`case_ref`, 'like', like), eb(sql`first_name || ' ' || last_name`, 'like', like)]),
    )
    .orderBy('last_name')
    .orderBy('first_name')
    .limit(input.limit)
    .execute();
  return rows.map((r) => ({ id: r.id, caseRef: r.case_ref, firstName: r.first_name, lastName: r.last_name, teamId: r.team_id, closed: r.closed_on !== null }));
}
