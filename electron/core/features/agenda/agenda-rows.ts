import type { LgpBookingReason } from '../../../../shared/domain/vocabulary';
import type { Papers } from '../../../../shared/schemas/agenda';
import type { RuleId } from '../../../../shared/review/types';
import type { Db } from '../../db/db-type';
import type { MeetingRow } from '../../db/schema';
import { AppError } from '../../errors';
import { agendaItems } from '../../data/tables/agenda-items';
import { anythingRecordedAgainst, insertAgendaItem, insertAgendaItems, itemIdsInOrder, lastItemPosition, placeChildrenOnItem, placeChildrenOnItems, setItemPosition } from './repository';

export const NO_PAPERS_YET: Papers = { genogram: 'outstanding', chronology: 'outstanding', referral: 'outstanding', assessment: 'outstanding' };

/** The Legal Gateway booking reason that follows from the review rule that made the child due. */
export function lgpReasonForRule(rule: RuleId | undefined): LgpBookingReason | null {
  if (rule === 'lgp-12-week-review') return 'twelve_week_review';
  if (rule === 'lgp-first-available') return 'unplanned_entry';
  return null;
}

/** An agenda can be changed until the minutes are drafted; after that it is part of the record. */
export function assertAgendaEditable(m: MeetingRow): void {
  if (m.status !== 'planned' && m.status !== 'in_progress') {
    throw new AppError('CONFLICT', 'The minutes of this meeting have been drafted, so its agenda can no longer change.');
  }
}

export interface NewItem {
  childIds: number[];
  presenterId: number | null;
  slotMinutes: number;
  reason: string;
  source: 'proposed' | 'added' | 'booked';
  dueRule: RuleId | null;
  lgpReason: LgpBookingReason | null;
  papers: Papers | null;
}

/** A new item's row as stored, at a position on its meeting's agenda. */
function itemRow(meetingId: number, position: number, item: NewItem, now: string) {
  return {
    meeting_id: meetingId,
    position,
    presenter_id: item.presenterId,
    slot_minutes: item.slotMinutes,
    reason: item.reason,
    source: item.source,
    due_rule: item.dueRule,
    lgp_reason: item.lgpReason,
    papers: agendaItems.columns.papers.encode(item.papers),
    created_at: now,
    updated_at: now,
  };
}

/** Adds an item at the end of the agenda. */
export async function insertItem(db: Db, meetingId: number, item: NewItem, now: string): Promise<number> {
  const last = await lastItemPosition(db, meetingId);
  const id = await insertAgendaItem(db, itemRow(meetingId, last + 1, item, now));
  await placeChildrenOnItem(db, id, meetingId, item.childIds);
  return id;
}

/**
 * Adds several items at the end of the agenda, in the order given, in three statements whatever
 * their number (on a team store each statement is a round trip): a proposed agenda of twenty
 * children is written as quickly as one of two.
 */
export async function insertItems(db: Db, meetingId: number, items: readonly NewItem[], now: string): Promise<number[]> {
  if (items.length === 0) return [];
  const last = await lastItemPosition(db, meetingId);
  const inserted = await insertAgendaItems(db, items.map((item, i) => itemRow(meetingId, last + 1 + i, item, now)));
  // Matched by the position each was given, not by the order the rows come back in.
  const idAt = new Map(inserted.map((r) => [r.position, r.id]));
  const ids = items.map((_, i) => idAt.get(last + 1 + i)!);
  await placeChildrenOnItems(
    db,
    meetingId,
    items.map((item, i) => ({ itemId: ids[i]!, childIds: item.childIds })),
  );
  return ids;
}

/** Rewrites positions 1..n in the given order, so order is always exactly what the person last saw. */
export async function renumber(db: Db, meetingId: number, orderedIds?: readonly number[]): Promise<void> {
  const ids = orderedIds ?? (await itemIdsInOrder(db, meetingId));
  for (const [i, id] of ids.entries()) await setItemPosition(db, id, i + 1);
}

/**
 * Once minutes, a rating or an action are written against an item, removing, splitting or
 * merging it would lose them or pin them on the wrong child: refuse, saying why.
 */
export async function assertNoMinutes(db: Db, itemIds: readonly number[], doing: string): Promise<void> {
  if (itemIds.length === 0) return;
  if (await anythingRecordedAgainst(db, itemIds)) {
    throw new AppError('CONFLICT', `Minutes, a rating or actions have already been recorded for this item, so it cannot be ${doing}: they would be lost or put against the wrong child.`);
  }
}
