import { MOVES_VERSION } from '../../data/row-version';
import type { Transaction } from 'kysely';
import { refuseDateToCome } from '../guards';
import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { childFieldProblems, type Child, type ChildDetail, type ChildFields } from '../../../../shared/schemas/child';
import { isoNow, type ServiceContext } from '../../context';
import type { Database, NewChildRow } from '../../db/schema';
import { AppError } from '../../errors';
import { changedFields } from '../../data/audit';
import { assertPersonExists, assertTeamExists, notFound } from '../guards';
import { trackingOf } from '../../data/tracking/refresh';
import type { AuditedChange, Writer } from '../../data/write';
import { listCicReviews } from './cic-reviews';
import { listEscalations } from './escalations';
import { editableFields, toChild, toKeyDate, toPlan, toRag } from './mapping';
import { write } from '../../data/write';
import { childrenMatching, childWithCaseRef, findChild, insertChildRow, meetingsOfChild, siblingsOf, updateChildReturning } from './repository/children';
import { LEGAL_STATUS_CHANGE_START } from './audit-words';
import { changedInDetails } from '../../data/row-version';
import { keyDatesOf, planHistory, ratingsOf } from './repository/records';
import { personNamed, teamNamed } from '../settings/repository';

/** Checks everything about a child's fields that needs the database or today's date. */
export async function validateChildFields(trx: Transaction<Database>, ctx: ServiceContext, fields: ChildFields, excludeId?: number): Promise<void> {
  const problems = childFieldProblems(fields, todayIso(ctx.now()));
  const first = Object.values(problems)[0];
  if (first) throw new AppError('INVALID_INPUT', first, problems);
  const clash = await childWithCaseRef(trx, fields.caseRef, excludeId);
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

/** A field of the child's form as its column: `dateEnteredCare` is `date_entered_care` (as `childColumns` maps them). */
function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Whether a child's audit row changed the field at `path`: a form's change (and the IRO recorded from a
 * review) keeps each changed column's before and after; a Legal Gateway decision applied keeps its
 * changes in words, the legal status among them.
 */
function auditChanged(row: AuditedChange, path: string): boolean {
  if (Array.isArray(row.details)) return path === 'legalStatus' && row.details.some((d) => typeof d === 'string' && d.startsWith(LEGAL_STATUS_CHANGE_START));
  return changedInDetails(row, columnOf(path));
}

/** The fields that hold a person or a team by id: a lost race names them rather than showing the number. */
const PERSON_FIELDS = new Set(['socialWorkerId', 'teamManagerId', 'iroId']);

async function namedAt(w: Writer, field: string, value: unknown): Promise<{ shown?: string }> {
  if (typeof value !== 'number') return {};
  if (field === 'teamId') return { shown: `‘${(await teamNamed(w.db, value))?.name ?? 'a team since removed'}’` };
  if (PERSON_FIELDS.has(field)) return { shown: `‘${(await personNamed(w.db, value))?.name ?? 'someone since removed'}’` };
  return {};
}

/** Inserts a child inside the caller's transaction (shared by the form and the CSV import). */
export async function insertChild(w: Writer, fields: ChildFields): Promise<Child> {
  const now = isoNow(w.ctx);
  const row = await insertChildRow(w.db, { ...childColumns(fields), created_at: now, updated_at: now });
  await w.audit({ action: 'create', entity: 'child', entityId: row.id, summary: `Added ${row.first_name} ${row.last_name} (${row.case_ref})` });
  return toChild(row);
}

/**
 * Updates a child inside the caller's transaction; writes and audits only what changed. Returns whether anything did.
 * `version`: the record's version the edit was based on (null for an import, which is not an edit over what was shown).
 */
export async function updateChildRow(w: Writer, id: number, fields: ChildFields, version: number | null): Promise<{ child: Child; changed: boolean }> {
  const before = await findChild(w.db, id);
  if (!before) throw notFound('child');
  const next = childColumns(fields);
  const changes = changedFields(before as unknown as Record<string, unknown>, next as Record<string, unknown>);
  if (Object.keys(changes).length === 0) return { child: toChild(before), changed: false };
  await w.claimVersion({
    table: 'children',
    key: { id },
    version,
    entity: 'child',
    entityId: id,
    // Read again: on a team store another save may have committed since `before` was read.
    fields: async () => {
      const theirs = editableFields(toChild((await findChild(w.db, id)) ?? before)) as Record<string, unknown>;
      return Object.fromEntries(await Promise.all(Object.entries(fields).map(async ([k, mine]) => [k, { mine, theirs: theirs[k], ...(await namedAt(w, k, theirs[k])) }])));
    },
    changedIn: auditChanged,
  });
  const row = await updateChildReturning(w.db, id, { ...next, updated_at: isoNow(w.ctx) });
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
    const { id, version, ...fields } = input;
    await validateChildFields(w.db, ctx, fields, id);
    const { child, changed } = await updateChildRow(w, id, fields, version);
    if (changed) await w.childrenChanged([id]);
    return child;
  });
}

export async function closeChild(ctx: ServiceContext, input: ParsedInput<'children.close'>): Promise<Child> {
  return write(ctx, async (w) => {
    const before = await findChild(w.db, input.id);
    if (!before) throw notFound('child');
    if (input.closedOn !== null) {
      // The record tells the truth: tracking stops on a day that has come, and not before the child was in care.
      refuseDateToCome(ctx, 'closedOn', input.closedOn, 'Tracking cannot stop on a date still to come: close the child on the day it ends.');
      if (before.date_entered_care !== null && input.closedOn < before.date_entered_care) {
        throw new AppError('INVALID_INPUT', `${before.first_name} entered care on ${formatUkDate(before.date_entered_care)}, so tracking cannot have stopped before then.`, { closedOn: `Choose ${formatUkDate(before.date_entered_care)} or later.` });
      }
    }
    const row = await updateChildReturning(w.db, input.id, { closed_on: input.closedOn, closed_reason: input.closedOn ? input.closedReason : null, updated_at: isoNow(ctx) }, MOVES_VERSION);
    await w.audit({
      action: input.closedOn ? 'archive' : 'restore',
      entity: 'child',
      entityId: row.id,
      summary: input.closedOn ? `Stopped tracking ${row.first_name} ${row.last_name}: ${input.closedReason ?? 'no reason given'}` : `Resumed tracking ${row.first_name} ${row.last_name}`,
    });
    // The figures' review deadlines count a missed one only while the child's case was open.
    await w.childrenChanged([row.id]);
    return toChild(row);
  });
}

export async function getChild(ctx: ServiceContext, input: ParsedInput<'children.get'>): Promise<ChildDetail> {
  const row = await findChild(ctx.db, input.id);
  if (!row) throw notFound('child');
  const [plans, keyDates, ratings, meetings, siblings, cicReviews, escalations] = await Promise.all([
    planHistory(ctx.db, row.id),
    keyDatesOf(ctx.db, row.id),
    ratingsOf(ctx.db, row.id),
    meetingsOfChild(ctx.db, row.id),
    row.sibling_group_id === null ? Promise.resolve([]) : siblingsOf(ctx.db, row.id, row.sibling_group_id),
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
  const rows = await childrenMatching(ctx.db, input.query, input.limit);
  return rows.map((r) => ({ id: r.id, caseRef: r.case_ref, firstName: r.first_name, lastName: r.last_name, teamId: r.team_id, closed: r.closed_on !== null }));
}
