import { type ItemRecordDetails, type RecordDetails } from '../../../../shared/schemas/record-details';
import { todayIso, type IsoDate } from '../../../../shared/domain/dates';
import { trackingOf } from '../../data/tracking/refresh';
import type { Db } from '../../db/db-type';
import { recordDetails as recordDetailsTable } from '../../data/tables/record-details';
import { itemChildPairs } from './repository/items';
import { childrenForRecord, decodedPlans, insertRecordDetails, keptRecordPairs, keyDatesForRecord, latestPlansForRecord, type recordReadQueries } from './repository/records';
import type { ReadTogether } from '../../data/read-together';
import type { TrackingRow } from '../../data/tables/child-tracking';
import { agendaItems } from '../../data/tables/agenda-items';

/** Each item's children's details, by item id then child id. */
export type RecordDetailsByItem = Map<number, Map<number, ItemRecordDetails>>;

/** The children's records as they are now: core details, key dates and the court timescale the tracker worked out. */
function liveDetailsFrom(
  children: Awaited<ReturnType<typeof childrenForRecord>>,
  keyDates: Awaited<ReturnType<typeof keyDatesForRecord>>,
  plans: Awaited<ReturnType<typeof latestPlansForRecord>>,
  tracking: ReadonlyMap<number, TrackingRow>,
): Map<number, RecordDetails> {
  const out = new Map<number, RecordDetails>();
  const planOf = new Map(plans.map((p) => [p.child_id, p]));
  for (const c of children) {
    const t = tracking.get(c.id);
    const plan = planOf.get(c.id);
    out.set(c.id, {
      caseRef: c.case_ref,
      firstName: c.first_name,
      lastName: c.last_name,
      dateOfBirth: c.date_of_birth,
      isUnborn: c.is_unborn === 1,
      legalStatus: c.legal_status,
      placementType: c.placement_type,
      dateEnteredCare: c.date_entered_care,
      teamName: c.team_name,
      socialWorker: c.sw_name,
      iro: c.iro_name,
      plan: plan
        ? { primary: plan.primary_option, parallel: plan.parallel_options, legalOrderSought: plan.legal_order_sought }
        : null,
      proceedingsIssued: t?.proceedings_issued ?? null,
      week26Date: t?.week26_date ?? null,
      keyDates: keyDates
        .filter((k) => k.child_id === c.id)
        .map((k) => ({ type: k.type, date: k.date, label: k.label, decision: k.decision })),
    });
  }
  return out;
}

/** The child's record as it is now, read for the children given. */
async function readLive(db: Db, today: IsoDate, childIds: readonly number[]): Promise<Map<number, RecordDetails>> {
  if (childIds.length === 0) return new Map();
  const ids = [...new Set(childIds)];
  const [children, keyDates, tracking, plans] = await Promise.all([
    childrenForRecord(db, ids),
    keyDatesForRecord(db, ids),
    trackingOf(db, today, ids),
    latestPlansForRecord(db, ids),
  ]);
  return liveDetailsFrom(children, keyDates, plans, tracking);
}

/**
 * Keeps each child's details as they stand now with the meeting's items, where they are not
 * kept already. Called as the meeting starts, so its records say what was true at the meeting
 * however much later they are exported (and a Legal Gateway record what the child's status
 * was before the decision), and again as it closes, for any child added to the agenda meanwhile.
 */
export async function keepRecordDetails(trx: Db, meetingId: number, now: string): Promise<void> {
  const kept = await keptRecordPairs(trx, meetingId);
  const done = new Set(kept.map((k) => `${k.item_id}:${k.child_id}`));
  const pairs = (await itemChildPairs(trx, meetingId)).filter((p) => !done.has(`${p.item_id}:${p.child_id}`));
  if (pairs.length === 0) return;
  const live = await readLive(
    trx,
    todayIso(new Date(now)),
    pairs.map((p) => p.child_id),
  );
  const rows = pairs.flatMap((p) => {
    const details = live.get(p.child_id);
    return details ? [{ item_id: p.item_id, child_id: p.child_id, details: recordDetailsTable.columns.details.encode(details), taken_at: now }] : [];
  });
  if (rows.length > 0) await insertRecordDetails(trx, rows);
}

/** What `recordReadQueries` read. */
export type RecordRead = ReadTogether<ReturnType<typeof recordReadQueries>>;

/**
 * What each item's record prints about its children: as kept when the meeting started, or
 * as the record stands now for a meeting held before details were kept (`read` has the records
 * of those children only, and `tracking` their tracker rows brought up to date). For those, a
 * Legal Gateway decision already applied says what the status was before it changed it.
 */
export function recordDetailsFrom(read: RecordRead, tracking: ReadonlyMap<number, TrackingRow>): RecordDetailsByItem {
  const keptOf = new Map(read.kept.map((k) => [`${k.item_id}:${k.child_id}`, recordDetailsTable.columns.details.decode(k.details)]));
  const appliedOf = new Map(read.items.map((i) => [i.id, agendaItems.columns.lgp_applied.decode(i.lgp_applied)]));
  const live = liveDetailsFrom(read.children, read.keyDates, decodedPlans(read.plans), tracking);
  const out: RecordDetailsByItem = new Map();
  for (const p of read.pairs) {
    const keptDetails = keptOf.get(`${p.item_id}:${p.child_id}`);
    const liveDetails = keptDetails ? undefined : live.get(p.child_id);
    const before = appliedOf.get(p.item_id)?.statusBefore[String(p.child_id)];
    const entry: ItemRecordDetails | null = keptDetails
      ? { details: keptDetails, kept: true }
      : liveDetails
        ? { details: before ? { ...liveDetails, legalStatus: before } : liveDetails, kept: false }
        : null;
    if (entry) out.set(p.item_id, (out.get(p.item_id) ?? new Map()).set(p.child_id, entry));
  }
  return out;
}
