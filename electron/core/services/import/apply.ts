import type { Transaction } from 'kysely';
import { formatUkDate } from '../../../../shared/domain/dates';
import { KEY_DATE_TYPE, LGP_DECISION, MEETING_KIND, PERMANENCE_OPTION, RAG } from '../../../../shared/domain/vocabulary';
import { ROLE_LABELS } from '../../../../shared/roles';
import type { ChildFields } from '../../../../shared/schemas/child';
import { isoNow, type ServiceContext } from '../../context';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import { insertChild, updateChildRow } from '../children/children';
import type { PersonToAdd } from './analyse';
import type { RowWrites } from './plan-writes';

export interface Applied {
  created: number;
  updated: number;
  unchanged: number;
  peopleAdded: number;
  /** children created or changed, whose tracking must be recomputed */
  touched: number[];
}

/** Writes the checked rows inside the caller's transaction, auditing each change as the forms do. */
export async function applyImport(trx: Transaction<Database>, ctx: ServiceContext, rows: readonly RowWrites[], people: readonly PersonToAdd[]): Promise<Applied> {
  const now = isoNow(ctx);
  const newPersonIds = new Map<string, number>();
  for (const person of people) {
    const row = await trx
      .insertInto('people')
      .values({ name: person.name, role: person.role, team_id: person.teamId, email: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    newPersonIds.set(person.key, row.id);
    await recordAudit(trx, ctx, { action: 'create', entity: 'person', entityId: row.id, summary: `Added ${person.name} (${ROLE_LABELS[person.role]}) from a CSV import` });
  }

  const result: Applied = { created: 0, updated: 0, unchanged: 0, peopleAdded: people.length, touched: [] };
  for (const row of rows) {
    if (row.action === 'unchanged') {
      result.unchanged++;
      continue;
    }
    const fields = withNewPeople(row, newPersonIds);
    let childId: number;
    let name: string;
    if (row.existing) {
      childId = row.existing.id;
      const { child } = await updateChildRow(trx, ctx, childId, fields);
      name = `${child.firstName} ${child.lastName}`;
      result.updated++;
    } else {
      const child = await insertChild(trx, ctx, fields);
      childId = child.id;
      name = `${child.firstName} ${child.lastName}`;
      result.created++;
    }
    await writeHistory(trx, ctx, childId, name, row, now);
    result.touched.push(childId);
  }
  return result;
}

function withNewPeople(row: RowWrites, ids: ReadonlyMap<string, number>): ChildFields {
  const fields = { ...row.values.fields };
  const idOf = (field: 'socialWorker' | 'teamManager' | 'iro') => {
    const ref = row.values.people[field];
    return ref?.kind === 'new' ? (ids.get(ref.key) ?? null) : undefined;
  };
  fields.socialWorkerId = idOf('socialWorker') ?? fields.socialWorkerId;
  fields.teamManagerId = idOf('teamManager') ?? fields.teamManagerId;
  fields.iroId = idOf('iro') ?? fields.iroId;
  return fields;
}

async function writeHistory(trx: Transaction<Database>, ctx: ServiceContext, childId: number, name: string, row: RowWrites, now: string): Promise<void> {
  if (row.plan) {
    const plan = await trx
      .insertInto('permanence_plans')
      .values({
        child_id: childId,
        primary_option: row.plan.primary,
        parallel_options: JSON.stringify(row.plan.parallel),
        legal_order_sought: row.plan.legalOrderSought,
        ratified_on: null,
        ratified_at: null,
        notes: null,
        recorded_at: now,
        recorded_by: ctx.actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'update', entity: 'plan', entityId: plan.id, summary: `Permanence plan for ${name}: ${PERMANENCE_OPTION.labels[row.plan.primary]} (imported)`, details: { childId, parallel: row.plan.parallel } });
  }
  for (const kd of row.addKeyDates) {
    const inserted = await trx
      .insertInto('key_dates')
      .values({ child_id: childId, type: kd.type, date: kd.date, label: null, decision: kd.decision, notes: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const decision = kd.decision ? ` (${LGP_DECISION.labels[kd.decision]})` : '';
    await recordAudit(trx, ctx, { action: 'create', entity: 'key_date', entityId: inserted.id, summary: `Added ${KEY_DATE_TYPE.labels[kd.type]} ${formatUkDate(kd.date)}${decision} for ${name} (imported)`, details: { childId } });
  }
  for (const d of row.setDecisions) {
    await trx.updateTable('key_dates').set({ decision: d.decision, updated_at: now }).where('id', '=', d.id).execute();
    await recordAudit(trx, ctx, { action: 'update', entity: 'key_date', entityId: d.id, summary: `Recorded the Legal Gateway decision of ${formatUkDate(d.date)} for ${name}: ${LGP_DECISION.labels[d.decision]} (imported)`, details: { childId } });
  }
  if (row.rating) {
    const rating = await trx
      .insertInto('rag_ratings')
      .values({ child_id: childId, rating: row.rating.rating, reason: row.rating.reason, rated_on: row.rating.ratedOn, source: 'import', meeting_id: null, recorded_at: now, recorded_by: ctx.actor })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'create',
      entity: 'rag_rating',
      entityId: rating.id,
      summary: `Rated ${name}’s plan ${RAG.labels[row.rating.rating]} on ${formatUkDate(row.rating.ratedOn)} (imported)`,
      details: { childId, reason: row.rating.reason },
    });
  }
  for (const m of row.meetings) {
    const meeting = await trx.insertInto('child_meetings').values({ child_id: childId, kind: m.kind, held_on: m.date, source: 'import', meeting_id: null }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', entity: 'child_meeting', entityId: meeting.id, summary: `Recorded ${MEETING_KIND.labels[m.kind]} on ${formatUkDate(m.date)} for ${name} (imported)`, details: { childId } });
  }
}
