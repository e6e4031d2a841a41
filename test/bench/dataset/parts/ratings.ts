import { RAG, type Rag } from '../../../../shared/domain/vocabulary';
import { allocate, spreadDays } from '../allocate';
import { at } from '../meeting-rows';
import type { DatasetPart } from '../part';
import type { Prng } from '../prng';
import { TARGET_SIZES } from '../spec';
import { ragReason } from '../vocab';
import { ratedWindow, iso, stamp, ukDate, type ItemRec } from '../world';

/** A Care Planning Meeting rates the plan more often than not; a Permanence Panel always does. */
const CPM_RATES = 0.6;

/**
 * 100,000 RAG ratings. Those made at a held Permanence Panel or Care Planning Meeting are
 * written as closing the meeting leaves them: the item's rating (item_ratings) and the
 * child's RAG history row dated the meeting, source 'meeting', linked by meeting_id. The
 * rest (ratings between meetings) are shared among rated children by how long their plan
 * has been rated, so the total stays at 100,000; most open children were rated in the
 * last ten weeks. Ratings drift between colours rather than jumping at random.
 */
export const ratings: DatasetPart = {
  name: 'RAG ratings (at meetings and between)',
  target: `${TARGET_SIZES.ragRatings.toLocaleString('en-GB')} ratings, reasons ${TARGET_SIZES.ragReasonChars.min}–${TARGET_SIZES.ragReasonChars.max} characters, every Permanence Panel item and ${CPM_RATES * 100}% of Care Planning Meetings rated`,
  build({ sqlite, rnd, world, audit }) {
    const insert = sqlite.prepare('insert into rag_ratings (child_id, rating, reason, rated_on, source, meeting_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)');
    const insertItemRating = sqlite.prepare('insert into item_ratings (item_id, child_id, rating, reason, updated_at) values (?, ?, ?, ?, ?)');
    const rated = world.children.filter((c) => c.rated);
    const atMeetings = new Map<number, { day: number; item: ItemRec }[]>();
    let meetingRatings = 0;
    for (const m of world.meetings) {
      if (m.status !== 'approved' || m.code === 'lgp') continue;
      for (const item of m.items) {
        if (m.code === 'cpm' && !rnd.chance(CPM_RATES)) continue;
        for (const childId of item.childIds) {
          const list = atMeetings.get(childId) ?? [];
          list.push({ day: m.day, item });
          atMeetings.set(childId, list);
          meetingRatings++;
        }
      }
    }
    const ratedIds = new Set(rated.map((c) => c.id));
    for (const childId of atMeetings.keys()) if (!ratedIds.has(childId)) meetingRatings -= atMeetings.get(childId)!.length;
    // Every rated child has at least one rating; the rest are shared by how long the plan has been rated.
    const unrated = rated.filter((c) => !atMeetings.has(c.id)).length;
    const between = allocate(TARGET_SIZES.ragRatings - meetingRatings - unrated, rated.map((c) => { const w = ratedWindow(c); return Math.max(2, (w.to - w.from) / 7); }));
    const { min, max } = TARGET_SIZES.ragReasonChars;
    const n = { rag_ratings: 0, item_ratings: 0 };
    rated.forEach((child, i) => {
      const { from, to } = ratedWindow(child);
      const meetings = atMeetings.get(child.id) ?? [];
      const recent = child.closedOn === null && rnd.chance(0.9) ? rnd.int(0, 70) : null;
      const spread = spreadDays(rnd, between[i]! + (meetings.length === 0 ? 1 : 0), from, to, recent);
      const events = [...meetings, ...spread.map((day) => ({ day, item: null }))].sort((a, b) => a.day - b.day);
      let rating: Rag = rnd.weighted<Rag>([['green', 40], ['amber', 40], ['red', 20]]);
      for (const e of events) {
        rating = drift(rnd, rating);
        const reason = ragReason(rnd, rating, min, max);
        const actor = rnd.pick(world.actors);
        const name = `${child.firstName} ${child.lastName}`;
        if (e.item) {
          const m = e.item.meeting;
          const typed = at(rnd, e.day, rnd.int(10 * 60, 16 * 60));
          insertItemRating.run(e.item.id, child.id, rating, reason, typed);
          insert.run(child.id, rating, reason, iso(e.day), 'meeting', m.id, at(rnd, e.day, rnd.int(16 * 60, 17 * 60)), actor);
          audit({ day: e.day, actor, action: 'update', entity: 'minutes', entityId: e.item.id, summary: `Edited the RAG rating of ${name} at ${m.typeName} on ${ukDate(e.day)}`, details: { rating, saves: rnd.int(2, 40), firstAt: typed } });
          n.item_ratings++;
        } else {
          const id = Number(insert.run(child.id, rating, reason, iso(e.day), 'manual', null, stamp(rnd, e.day), actor).lastInsertRowid);
          audit({ day: e.day, actor, action: 'create', entity: 'rag_rating', entityId: id, summary: `Rated ${name}’s plan ${RAG.labels[rating]} on ${ukDate(e.day)}`, details: { childId: child.id, reason } });
        }
        n.rag_ratings++;
      }
    });
    return n;
  },
};

function drift(rnd: Prng, from: Rag): Rag {
  if (rnd.chance(0.65)) return from;
  if (from === 'amber') return rnd.chance(0.6) ? 'green' : 'red';
  return 'amber';
}
