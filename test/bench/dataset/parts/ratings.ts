import { RAG, type Rag } from '../../../../shared/domain/vocabulary';
import { allocate, spreadDays } from '../allocate';
import type { DatasetPart } from '../part';
import type { Prng } from '../prng';
import { TARGET_SIZES } from '../spec';
import { ragReason } from '../vocab';
import { ratedWindow, iso, stamp, ukDate } from '../world';

/** Panelroom went live a year before the dataset's today; older ratings came in from the spreadsheet. */
const LIVE_DAYS_AGO = 365;

/**
 * 100,000 RAG ratings, shared among rated children by how long their plan has been
 * rated (a ten-year care order has dozens, a new case one or two). Most open
 * children were rated in the last ten weeks; ratings drift between colours rather
 * than jumping at random.
 */
export const ratings: DatasetPart = {
  name: 'RAG ratings',
  target: `${TARGET_SIZES.ragRatings.toLocaleString('en-GB')} ratings, reasons ${TARGET_SIZES.ragReasonChars.min}–${TARGET_SIZES.ragReasonChars.max} characters`,
  build({ sqlite, rnd, world, audit }) {
    const insert = sqlite.prepare('insert into rag_ratings (child_id, rating, reason, rated_on, source, meeting_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?, null, ?, ?)');
    const rated = world.children.filter((c) => c.rated);
    const counts = allocate(TARGET_SIZES.ragRatings, rated.map((c) => { const w = ratedWindow(c); return Math.max(2, (w.to - w.from) / 7); }), 1);
    const { min, max } = TARGET_SIZES.ragReasonChars;
    let rows = 0;
    rated.forEach((child, i) => {
      const { from, to } = ratedWindow(child);
      const recent = child.closedOn === null && rnd.chance(0.9) ? rnd.int(0, 70) : null;
      let rating: Rag = rnd.weighted<Rag>([['green', 40], ['amber', 40], ['red', 20]]);
      for (const day of spreadDays(rnd, counts[i]!, from, to, recent)) {
        rating = drift(rnd, rating);
        const reason = ragReason(rnd, rating, min, max);
        const actor = rnd.pick(world.actors);
        const id = Number(insert.run(child.id, rating, reason, iso(day), world.today - day > LIVE_DAYS_AGO ? 'import' : 'manual', stamp(rnd, day), actor).lastInsertRowid);
        audit({ day, actor, action: 'create', entity: 'rag_rating', entityId: id, summary: `Rated ${child.firstName} ${child.lastName}’s plan ${RAG.labels[rating]} on ${ukDate(day)}`, details: { childId: child.id, reason } });
        rows++;
      }
    });
    return { rag_ratings: rows };
  },
};

function drift(rnd: Prng, from: Rag): Rag {
  if (rnd.chance(0.65)) return from;
  if (from === 'amber') return rnd.chance(0.6) ? 'green' : 'red';
  return 'amber';
}
