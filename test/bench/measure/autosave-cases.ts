import type BetterSqlite3 from 'better-sqlite3';
import type { ServiceContext } from '../../../electron/core/context';
import type { KeyDateRow } from '../../../electron/core/db/schema';
import { updateKeyDate } from '../../../electron/core/services/children/key-dates';
import { createRating } from '../../../electron/core/services/children/ratings';
import { contract } from '../../../shared/contract';
import { formatUkDate } from '../../../shared/domain/dates';
import { KEY_DATE_TYPE, type KeyDateType } from '../../../shared/domain/vocabulary';
import { datasetNow, DATASET_TODAY } from '../dataset/spec';

/** One small write, both ways: through the router as the app does it, and as bare SQL with its audit row. */
export interface WriteCase {
  id: string;
  procedure: 'keyDates.update' | 'ratings.create';
  routerLabel: string;
  bareLabel: string;
  childId: number;
  input(i: number): unknown;
  /** The same rows written directly: the change and its audit row, in one transaction. */
  bare(i: number): void;
  /** The service alone, without the router's zod checks (for the breakdown). */
  service(ctx: ServiceContext, i: number): Promise<unknown>;
  /**
   * Whether this is a typing save, which the autosave target is about. A deliberate save
   * that also recomputes the child's tracker row is shown for comparison, without the target.
   */
  autosave: boolean;
}

// What a coordinator types into a notes box; each autosave sends a longer prefix, as typing does.
const TYPED =
  'Hearing moved at the request of the mother’s solicitor; the guardian agrees. Legal services to file the updated timetable and tell the carers. ' +
  'The social worker will explain the change to the child at the next visit and record it on the case file. Interpreter booked for the father.';

const REASON = 'Parenting assessment delayed by four weeks; a new date has been agreed with the assessor. Final evidence is due in three weeks and the report is still awaited.';

export function keyDateCase(bare: BetterSqlite3.Database, keyDateId: number): WriteCase {
  const kd = bare.prepare('select * from key_dates where id = ?').get(keyDateId) as KeyDateRow;
  const notes = (i: number) => TYPED.slice(0, 40 + (Math.abs(i) % (TYPED.length - 40)));
  const input = (i: number) => ({ id: kd.id, type: kd.type as KeyDateType, date: kd.date, label: kd.label, decision: kd.decision as 'other' | null, notes: notes(i) });
  const update = bare.prepare('update key_dates set type = ?, date = ?, label = ?, decision = ?, notes = ?, updated_at = ? where id = ?');
  const audit = bare.prepare("insert into audit_log (at, actor, action, entity, entity_id, summary, details) values (?, 'bench', 'update', 'key_date', ?, ?, ?)");
  const summary = `Changed ${KEY_DATE_TYPE.labels[kd.type as KeyDateType]} to ${formatUkDate(kd.date)}`;
  const details = JSON.stringify({ childId: kd.child_id, from: { type: kd.type, date: kd.date, decision: kd.decision } });
  const write = bare.transaction((i: number) => {
    const now = datasetNow().toISOString();
    update.run(kd.type, kd.date, kd.label, kd.decision, notes(i), now, kd.id);
    audit.run(now, kd.id, summary, details);
  });
  return {
    id: 'keyDate',
    procedure: 'keyDates.update',
    routerLabel: 'keyDates.update through the router (notes edited)',
    bareLabel: 'same UPDATE + audit INSERT, bare better-sqlite3',
    childId: kd.child_id,
    input,
    bare: (i) => write(i),
    service: (ctx, i) => updateKeyDate(ctx, contract['keyDates.update'].input.parse(input(i))),
    autosave: true,
  };
}

export function ratingCase(bare: BetterSqlite3.Database, childId: number): WriteCase {
  const input = () => ({ childId, rating: 'amber' as const, reason: REASON, ratedOn: DATASET_TODAY });
  const child = bare.prepare('select first_name, last_name from children where id = ?').get(childId) as { first_name: string; last_name: string };
  const insert = bare.prepare("insert into rag_ratings (child_id, rating, reason, rated_on, source, meeting_id, recorded_at, recorded_by) values (?, 'amber', ?, ?, 'manual', null, ?, 'bench')");
  const audit = bare.prepare("insert into audit_log (at, actor, action, entity, entity_id, summary, details) values (?, 'bench', 'create', 'rag_rating', ?, ?, ?)");
  const summary = `Rated ${child.first_name} ${child.last_name}’s plan Amber on ${formatUkDate(DATASET_TODAY)}`;
  const details = JSON.stringify({ childId, reason: REASON });
  const write = bare.transaction(() => {
    const now = datasetNow().toISOString();
    const id = insert.run(childId, REASON, DATASET_TODAY, now).lastInsertRowid;
    audit.run(now, id, summary, details);
  });
  return {
    id: 'rating',
    procedure: 'ratings.create',
    routerLabel: 'ratings.create through the router (also recomputes the tracker row)',
    bareLabel: 'same INSERT + audit INSERT, bare better-sqlite3',
    childId,
    input,
    bare: () => write(),
    service: (ctx) => createRating(ctx, contract['ratings.create'].input.parse(input())),
    autosave: false,
  };
}
