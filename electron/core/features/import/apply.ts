import { formatUkDate } from '../../../../shared/domain/dates';
import { KEY_DATE_TYPE, LGP_DECISION, MEETING_KIND, PERMANENCE_OPTION, RAG } from '../../../../shared/domain/vocabulary';
import { ROLE_LABELS } from '../../../../shared/roles';
import type { ChildFields } from '../../../../shared/schemas/child';
import { isoNow } from '../../context';
import type { AuditEntry } from '../../data/audit';
import type { Writer } from '../../data/write';
import { insertChild, updateChildRow } from '../children/children';
import type { PersonToAdd } from './analyse';
import type { RowWrites } from './plan-writes';
import { permanencePlans } from '../../data/tables/permanence-plans';
import { insertChildMeetings, insertKeyDates, insertPersonId, insertPlans, insertRatings, insertTeamId, setKeyDateDecision } from './repository';

export interface Applied {
  created: number;
  updated: number;
  unchanged: number;
  peopleAdded: number;
  teamsAdded: number;
  /** children created or changed, whose tracking must be recomputed */
  touched: number[];
}

/** Rows per batch: keeps each multi-row insert well inside SQLite's limit on bound values. */
const CHUNK = 400;

/**
 * Writes the checked rows inside the caller's transaction. Each child goes through
 * the same insert and update as the form (with their audit rows); the history a row
 * adds (plan, key dates, rating, meetings) and its audit rows are written a batch at
 * a time, because row-by-row statements made 10,000 children take many seconds.
 */
export async function applyImport(w: Writer, rows: readonly RowWrites[], people: readonly PersonToAdd[], teams: readonly { key: string; name: string }[]): Promise<Applied> {
  const trx = w.db;
  const now = isoNow(w.ctx);
  const newTeamIds = new Map<string, number>();
  const audits: AuditEntry[] = [];
  for (const team of teams) {
    const teamId = await insertTeamId(trx, { name: team.name, team_manager_id: null, group_manager_id: null, created_at: now, updated_at: now });
    newTeamIds.set(team.key, teamId);
    audits.push({ action: 'create', entity: 'team', entityId: teamId, summary: `Added the team ${team.name} from a CSV import` });
  }
  const newPersonIds = new Map<string, number>();
  for (const person of people) {
    const teamId = person.newTeamKey ? (newTeamIds.get(person.newTeamKey) ?? null) : person.teamId;
    const personId = await insertPersonId(trx, { name: person.name, role: person.role, team_id: teamId, email: null, created_at: now, updated_at: now });
    newPersonIds.set(person.key, personId);
    audits.push({ action: 'create', entity: 'person', entityId: personId, summary: `Added ${person.name} (${ROLE_LABELS[person.role]}) from a CSV import` });
  }
  await w.auditMany(audits);

  const result: Applied = { created: 0, updated: 0, unchanged: 0, peopleAdded: people.length, teamsAdded: teams.length, touched: [] };
  const toWrite = rows.filter((r) => r.action !== 'unchanged');
  result.unchanged = rows.length - toWrite.length;
  for (let i = 0; i < toWrite.length; i += CHUNK) {
    const written: Written[] = [];
    for (const row of toWrite.slice(i, i + CHUNK)) {
      const fields = withNewPeople(row, newPersonIds);
      if (row.values.newTeam) fields.teamId = newTeamIds.get(row.values.newTeam.key) ?? null;
      const { child } = row.existing ? await updateChildRow(w, row.existing.id, fields, null) : { child: await insertChild(w, fields) };
      if (row.existing) result.updated++;
      else result.created++;
      result.touched.push(child.id);
      written.push({ childId: child.id, name: `${child.firstName} ${child.lastName}`, row });
    }
    await writeHistory(w, written, now);
  }
  return result;
}

interface Written {
  childId: number;
  name: string;
  row: RowWrites;
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

// Inserted rows are matched back to their child by what makes them unique within one
// import (child, or child and type/kind), never by the order RETURNING happens to use.
async function writeHistory(writer: Writer, written: readonly Written[], now: string): Promise<void> {
  const { db: trx, ctx } = writer;
  const audits: AuditEntry[] = [];
  const nameOf = new Map(written.map((w) => [w.childId, w.name]));

  const plans = written.filter((w) => w.row.plan);
  if (plans.length > 0) {
    const ids = await insertPlans(
      trx,
      plans.map(({ childId, row }) => ({
        child_id: childId,
        primary_option: row.plan!.primary,
        parallel_options: permanencePlans.columns.parallel_options.encode(row.plan!.parallel),
        legal_order_sought: row.plan!.legalOrderSought,
        ratified_on: null,
        ratified_at: null,
        notes: null,
        recorded_at: now,
        recorded_by: ctx.actor,
      })),
    );
    const planOf = new Map(plans.map((w) => [w.childId, w.row.plan!]));
    for (const { id, child_id } of ids) {
      const plan = planOf.get(child_id)!;
      audits.push({ action: 'update', entity: 'plan', entityId: id, summary: `Permanence plan for ${nameOf.get(child_id)}: ${PERMANENCE_OPTION.labels[plan.primary]} (imported)`, details: { childId: child_id, parallel: plan.parallel } });
    }
  }

  const keyDates = written.flatMap(({ childId, row }) => row.addKeyDates.map((kd) => ({ childId, ...kd })));
  if (keyDates.length > 0) {
    const ids = await insertKeyDates(
      trx,
      keyDates.map((kd) => ({ child_id: kd.childId, type: kd.type, date: kd.date, label: null, decision: kd.decision, notes: null, created_at: now, updated_at: now })),
    );
    for (const kd of ids) {
      const decision = kd.decision ? ` (${LGP_DECISION.labels[kd.decision as keyof typeof LGP_DECISION.labels]})` : '';
      const type = KEY_DATE_TYPE.labels[kd.type as keyof typeof KEY_DATE_TYPE.labels];
      audits.push({ action: 'create', entity: 'key_date', entityId: kd.id, summary: `Added ${type} ${formatUkDate(kd.date)}${decision} for ${nameOf.get(kd.child_id)} (imported)`, details: { childId: kd.child_id } });
    }
  }

  for (const { childId, name, row } of written) {
    for (const d of row.setDecisions) {
      await setKeyDateDecision(trx, d.id, d.decision, now);
      audits.push({ action: 'update', entity: 'key_date', entityId: d.id, summary: `Recorded the Legal Gateway decision of ${formatUkDate(d.date)} for ${name}: ${LGP_DECISION.labels[d.decision]} (imported)`, details: { childId } });
    }
  }

  const ratings = written.filter((w) => w.row.rating);
  if (ratings.length > 0) {
    const ids = await insertRatings(
      trx,
      ratings.map(({ childId, row }) => ({ child_id: childId, rating: row.rating!.rating, reason: row.rating!.reason, rated_on: row.rating!.ratedOn, source: 'import', meeting_id: null, recorded_at: now, recorded_by: ctx.actor })),
    );
    for (const r of ids) {
      const label = RAG.labels[r.rating as keyof typeof RAG.labels];
      audits.push({ action: 'create', entity: 'rag_rating', entityId: r.id, summary: `Rated ${nameOf.get(r.child_id)}’s plan ${label} on ${formatUkDate(r.rated_on)} (imported)`, details: { childId: r.child_id, reason: r.reason } });
    }
  }

  const meetings = written.flatMap(({ childId, row }) => row.meetings.map((m) => ({ childId, ...m })));
  if (meetings.length > 0) {
    const ids = await insertChildMeetings(
      trx,
      meetings.map((m) => ({ child_id: m.childId, kind: m.kind, held_on: m.date, source: 'import', meeting_id: null })),
    );
    for (const m of ids) {
      const kind = MEETING_KIND.labels[m.kind as keyof typeof MEETING_KIND.labels];
      audits.push({ action: 'create', entity: 'child_meeting', entityId: m.id, summary: `Recorded ${kind} on ${formatUkDate(m.held_on)} for ${nameOf.get(m.child_id)} (imported)`, details: { childId: m.child_id } });
    }
  }

  await writer.auditMany(audits);
}
