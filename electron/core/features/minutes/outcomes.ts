import { RAG_REASON_MIN } from '../../../../shared/minutes/lifecycle';
import type { Db } from '../../db/db-type';
import type { MeetingRow, MeetingTypeRow } from '../../db/schema';
import { agreedPlans, type AgreedPlan } from './agreed-plan';
import type { Writer } from '../../data/write';
import { childMeetings } from '../../data/tables/child-meetings';
import { childrenOfReachedItems, insertChildMeetings, insertRagRatings, ratingsOfReachedItems, removeMeetingOutcomes } from './repository/outcomes';

const ENGINE_KINDS = new Set(['lgp', 'pp', 'cpm']);

/**
 * What a held meeting tells the rest of the app: each child on it was discussed (the
 * review engine's meeting history) and each complete rating joins the child's RAG
 * history. Rewritten from the minutes each time, so a correction in the draft is
 * followed exactly, never duplicated.
 */
export async function syncOutcomes(w: Writer, meeting: MeetingRow, type: MeetingTypeRow): Promise<void> {
  const { db, ctx } = w;
  const before = await removeOutcomes(db, meeting);

  // An item the panel did not reach was not a review of its children: it leaves their histories alone.
  const children = await childrenOfReachedItems(db, meeting.id);
  // Only the meetings the review engine schedules count towards its cadence (an RAA panel does not reset a Permanence Panel review).
  const kind = type.proposes !== null && ENGINE_KINDS.has(type.proposes) ? type.proposes : null;
  if (kind !== null && children.length > 0) {
    const agreed = kind === 'cpm' ? await agreedPlans(db, { meetingId: meeting.id }) : new Map<number, AgreedPlan>();
    await insertChildMeetings(
      db,
      children.map((c) => ({ child_id: c.child_id, kind, held_on: meeting.date, source: 'meeting', meeting_id: meeting.id, agreed_plan: agreedJson(agreed.get(c.item_id)) })),
    );
  }
  const ratings = await ratingsOfReachedItems(db, meeting.id);
  const complete = ratings.filter((r) => r.reason.trim().length >= RAG_REASON_MIN);
  if (complete.length > 0) {
    const now = ctx.now().toISOString();
    await insertRagRatings(
      db,
      complete.map((r) => ({ child_id: r.child_id, rating: r.rating!, reason: r.reason.trim(), rated_on: meeting.date, source: 'meeting', meeting_id: meeting.id, recorded_at: now, recorded_by: ctx.actor })),
    );
  }
  await w.childrenChanged([...before, ...children.map((c) => c.child_id)]);
}

/** Takes out of the histories what the meeting wrote there; answers the children it touched. */
async function removeOutcomes(db: Db, meeting: MeetingRow): Promise<number[]> {
  return removeMeetingOutcomes(db, meeting.id);
}

/** A meeting taken back into the room has not ended: the children's histories go back to how they were before it closed. */
export async function clearOutcomes(w: Writer, meeting: MeetingRow): Promise<void> {
  await w.childrenChanged(await removeOutcomes(w.db, meeting));
}

/** As the history keeps it, for the tracker to compare with the child's plan. */
function agreedJson(plan: AgreedPlan | undefined): string | null {
  return plan ? childMeetings.columns.agreed_plan.encode({ primary: plan.primary, parallel: plan.parallel, legalOrderSought: plan.legalOrderSought }) : null;
}
