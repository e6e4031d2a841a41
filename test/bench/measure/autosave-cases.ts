import type { SqliteDatabase } from '../../../electron/core/db/sqlite-file';
import type { ServiceContext } from '../../../electron/core/context';
import { createRating } from '../../../electron/core/features/children/ratings';
import { saveMinuteField } from '../../../electron/core/features/minutes/fields';
import { rateChild } from '../../../electron/core/features/minutes/ratings';
import { contract, type ProcedureName } from '../../../shared/contract';
import { formatUkDate } from '../../../shared/domain/dates';
import { fieldLabel } from '../../../shared/minutes/fields';
import { searchTextOf } from '../../../shared/minutes/search-text';
import { datasetNow, DATASET_TODAY } from '../dataset/spec';
import type { LiveMeeting } from './live-meeting';

/** One small write, both ways: through the router as the app does it, and as bare SQL with its audit row. */
export interface WriteCase {
  id: string;
  procedure: Extract<ProcedureName, 'minutes.save' | 'minutes.rate' | 'ratings.create'>;
  routerLabel: string;
  bareLabel: string;
  /** The child whose tracker row the write recomputes, when it does (for the breakdown). */
  refreshesChild: number | null;
  input(i: number): unknown;
  /** The same rows written directly, in one transaction. */
  bare(i: number): void;
  /** The service alone, without the router's zod checks (for the breakdown). */
  service(ctx: ServiceContext, i: number): Promise<unknown>;
  /**
   * Whether this is a typing save, which the autosave target is about. A deliberate save
   * that also recomputes the child's tracker row is shown for comparison, without the target.
   */
  autosave: boolean;
}

/** A spell of typing folds into one audit row (recordEditAudit): the same rule, as bare SQL. */
const EDIT_SPELL_MS = 10 * 60 * 1000;

/**
 * What recordEditAudit does, on the bare connection: read the newest audit row; if it is
 * this person's edit of the same thing in the last ten minutes, update it (one more save),
 * else insert a new one.
 */
function bareEditAudit(bare: SqliteDatabase, entityId: number, summary: string, details: Record<string, unknown>): (at: string) => void {
  const last = bare.prepare('select * from audit_log order by id desc limit 1');
  const update = bare.prepare('update audit_log set at = ?, details = ? where id = ?');
  const insert = bare.prepare("insert into audit_log (at, actor, action, entity, entity_id, summary, details) values (?, 'bench', 'update', 'minutes', ?, ?, ?)");
  return (at) => {
    const row = last.get() as { id: number; at: string; actor: string; action: string; entity: string; entity_id: number | null; summary: string; details: string | null } | undefined;
    if (row && row.action === 'update' && row.actor === 'bench' && row.entity === 'minutes' && row.entity_id === entityId && row.summary === summary && Date.parse(at) - Date.parse(row.at) < EDIT_SPELL_MS) {
      const before = JSON.parse(row.details ?? '{}') as { saves?: number; firstAt?: string };
      update.run(at, JSON.stringify({ ...details, saves: (before.saves ?? 1) + 1, firstAt: before.firstAt ?? row.at }), row.id);
    } else insert.run(at, entityId, summary, JSON.stringify({ ...details, saves: 1, firstAt: at }));
  };
}

function childNames(bare: SqliteDatabase, childIds: readonly number[]): string[] {
  const name = bare.prepare('select first_name, last_name from children where id = ?');
  return childIds.map((id) => {
    const c = name.get(id) as { first_name: string; last_name: string };
    return `${c.first_name} ${c.last_name}`;
  });
}

/** Each save sends a longer prefix of the text, as typing does; successive `i` give different lengths. */
function typing(text: string, start = 40, step = 23): (i: number) => string {
  const span = Math.max(1, text.length - start);
  return (i) => text.slice(0, start + ((((i * step) % span) + span) % span));
}

/**
 * minutes.save of an item's discussion on a meeting in the room, the text growing as it is
 * typed (the item's own discussion from the dataset, 600–1,500 characters). Bare: the same
 * upsert of minute_fields with its search text (the update fires the search-index trigger:
 * the old text's words out, the new text's in) and the same audit insert-or-fold.
 */
export function minutesSaveCase(bare: SqliteDatabase, live: LiveMeeting, itemIndex: number): WriteCase {
  const item = live.items[itemIndex]!;
  const stored = bare.prepare("select value from minute_fields where item_id = ? and field = 'discussion'").get(item.id) as { value: string } | undefined;
  const text = stored?.value ?? 'The panel heard that the parenting assessment was delayed by four weeks because the mother did not attend two sessions. '.repeat(8);
  const value = typing(text);
  // As the page does, each save names the field's version it was typed over (the bare writes below leave the version alone).
  const versionNow = bare.prepare("select version from minute_fields where item_id = ? and field = 'discussion'");
  const input = (i: number) => ({ itemId: item.id, field: 'discussion' as const, value: value(i), version: (versionNow.get(item.id) as { version: number } | undefined)?.version ?? 0 });
  const upsert = bare.prepare(`insert into minute_fields (item_id, field, value, search_text, updated_at) values (?, 'discussion', ?, ?, ?)
    on conflict (item_id, field) do update set value = excluded.value, search_text = excluded.search_text, updated_at = excluded.updated_at`);
  const summary = `Edited “${fieldLabel('discussion')}” for ${childNames(bare, item.childIds).join(' and ')} at ${live.typeName} on ${formatUkDate(live.date)}`;
  const audit = bareEditAudit(bare, item.id, summary, {});
  const write = bare.transaction((i: number) => {
    const now = datasetNow().toISOString();
    const v = value(i);
    upsert.run(item.id, v, searchTextOf({ field: 'discussion', value: v }), now);
    audit(now);
  });
  return {
    id: 'minutesSave',
    procedure: 'minutes.save',
    routerLabel: `minutes.save through the router (discussion typed, ${text.length.toLocaleString('en-GB')} characters at most)`,
    bareLabel: 'same minute_fields upsert (search-index trigger) + audit row, bare',
    refreshesChild: null,
    input,
    bare: (i) => write(i),
    service: (ctx, i) => saveMinuteField(ctx, contract['minutes.save'].input.parse(input(i))),
    autosave: true,
  };
}

const REASON =
  'Parenting assessment delayed by four weeks; a new date has been agreed with the assessor. Final evidence is due in three weeks and the report is still awaited. ' +
  'Viability assessment of the paternal aunt not yet started because the referral was sent late.';

/**
 * minutes.rate on a meeting in the room: the rating chosen, its reason typed and saved on
 * each pause. Bare: the same item_ratings upsert and audit insert-or-fold.
 */
export function minutesRateCase(bare: SqliteDatabase, live: LiveMeeting, itemIndex: number): WriteCase {
  const item = live.items[itemIndex]!;
  const childId = item.childIds[0]!;
  const reason = typing(REASON, 20, 7);
  const input = (i: number) => ({ itemId: item.id, childId, rating: 'amber' as const, reason: reason(i) });
  const upsert = bare.prepare(`insert into item_ratings (item_id, child_id, rating, reason, updated_at) values (?, ?, 'amber', ?, ?)
    on conflict (item_id, child_id) do update set rating = excluded.rating, reason = excluded.reason, updated_at = excluded.updated_at`);
  const summary = `Edited the RAG rating of ${childNames(bare, [childId])[0]} at ${live.typeName} on ${formatUkDate(live.date)}`;
  const audit = bareEditAudit(bare, item.id, summary, { rating: 'amber' });
  const write = bare.transaction((i: number) => {
    const now = datasetNow().toISOString();
    upsert.run(item.id, childId, reason(i), now);
    audit(now);
  });
  return {
    id: 'minutesRate',
    procedure: 'minutes.rate',
    routerLabel: 'minutes.rate through the router (reason typed)',
    bareLabel: 'same item_ratings upsert + audit row, bare',
    refreshesChild: null,
    input,
    bare: (i) => write(i),
    service: (ctx, i) => rateChild(ctx, contract['minutes.rate'].input.parse(input(i))),
    autosave: true,
  };
}

export function ratingCase(bare: SqliteDatabase, childId: number): WriteCase {
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
    bareLabel: 'same INSERT + audit INSERT, bare',
    refreshesChild: childId,
    input,
    bare: () => write(),
    service: (ctx) => createRating(ctx, contract['ratings.create'].input.parse(input())),
    autosave: false,
  };
}
