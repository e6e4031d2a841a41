import { KEY_DATE_TYPE, LGP_DECISION, type KeyDateType, type LgpDecision } from '../../../../shared/domain/vocabulary';
import type { DatasetPart } from '../part';
import type { Prng } from '../prng';
import { TARGET_SIZES } from '../spec';
import { KEY_DATE_NOTES, OTHER_DATE_LABELS } from '../vocab';
import { iso, stamp, ukDate, type ChildRec, type KeyDateRec } from '../world';

const W = 7;

/** About five dated events per child: Legal Gateway decisions, PLO, issue, hearings, reviews, orders. */
export const keyDates: DatasetPart = {
  name: 'key dates',
  target: `about ${TARGET_SIZES.keyDatesPerChild} per child (Legal Gateway with decisions, PLO start, proceedings issued, hearings…)`,
  build({ sqlite, rnd, world, audit }) {
    const insert = sqlite.prepare('insert into key_dates (child_id, type, date, label, decision, notes, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)');
    const insertReview = sqlite.prepare("insert into cic_reviews (child_id, held_on, ordinal, iro_id, iro_name, notes, source, created_at, updated_at, recorded_by) values (?, ?, ?, null, null, null, 'import', ?, ?, 'bench')");
    let rows = 0;
    let reviews = 0;
    for (const child of world.children) {
      // Child in Care reviews are events, not key dates: the first within 20 working days, the second 3 months on, then 6-monthly; some late.
      const dates = datesFor(rnd, child, world.today);
      if (dates.some((kd) => kd.type === 'second_cic_review') && child.enteredCare !== null) {
        const lastDay = child.closedOn ?? world.today;
        let day = child.enteredCare + rnd.int(20, 30);
        for (let ordinal = 1; day <= lastDay; ordinal++) {
          const recorded = stamp(rnd, day);
          insertReview.run(child.id, iso(day), ordinal, recorded, recorded);
          reviews++;
          day += (ordinal === 1 ? 91 : 182) + rnd.int(-10, rnd.chance(0.1) ? 60 : 5);
        }
      }
      for (const kd of dates.filter((d) => d.type !== 'second_cic_review')) {
        // Recorded on the day, or on the day it was booked when it lies ahead.
        const recorded = stamp(rnd, Math.min(kd.day, world.today));
        const id = Number(insert.run(child.id, kd.type, iso(kd.day), kd.label, kd.decision, kd.notes, recorded, recorded).lastInsertRowid);
        const decision = kd.decision ? ` (${LGP_DECISION.labels[kd.decision]})` : '';
        audit({ day: Math.min(kd.day, world.today), actor: rnd.pick(world.actors), action: 'create', entity: 'key_date', entityId: id, summary: `Added ${KEY_DATE_TYPE.labels[kd.type]} ${ukDate(kd.day)}${decision}`, details: { childId: child.id } });
        rows++;
      }
    }
    return { key_dates: rows, cic_reviews: reviews };
  },
};

function datesFor(rnd: Prng, c: ChildRec, today: number): KeyDateRec[] {
  const out: KeyDateRec[] = [];
  const lastDay = c.closedOn ?? today;
  // Past events only happen up to closure; hearings and assessments can be booked ahead for an open case.
  const add = (type: KeyDateType, day: number, decision: LgpDecision | null = null, ahead = false) => {
    if (day > lastDay && !(ahead && c.closedOn === null)) return;
    const label = type === 'other' ? rnd.pick(OTHER_DATE_LABELS) : null;
    out.push({ type, day, decision, label, notes: rnd.chance(0.15) ? rnd.pick(KEY_DATE_NOTES) : null });
  };
  const inCareReview = (p: number) => {
    if (c.enteredCare !== null && rnd.chance(p)) add('second_cic_review', c.enteredCare + 91);
  };

  switch (c.path) {
    case 'proceedings': {
      const decided = c.issueDecision ?? c.start;
      const issued = c.issued ?? decided;
      if (c.start < decided) {
        add('lgp', c.start, 'pre_proceedings');
        add('plo_start', Math.min(decided, c.start + rnd.int(5, 14)));
      }
      add('lgp', decided, 'issue_proceedings');
      add('proceedings_issued', issued);
      const until = Math.min(lastDay, c.finalOrder ?? lastDay);
      for (let n = rnd.int(1, 5); n > 0; n--) add('hearing', Math.min(until, issued + rnd.int(1, 45) * W));
      if (c.status === 'interim_care_order' && c.closedOn === null && rnd.chance(0.7)) add('hearing', today + rnd.int(1, 8) * W, null, true);
      if (rnd.chance(0.25)) add('week_26', issued + 26 * W, null, true);
      if (rnd.chance(0.4)) add('assessment_due', issued + rnd.int(6, 16) * W, null, true);
      if (c.status === 'placement_order' && c.finalOrder !== null) {
        add('placement_order', c.finalOrder);
        if (rnd.chance(0.5)) add('match', c.finalOrder + rnd.int(8, 30) * W);
      }
      if (c.status === 'care_order' && c.finalOrder !== null && rnd.chance(0.25)) add('match', c.finalOrder + rnd.int(10, 60) * W);
      inCareReview(0.8);
      break;
    }
    case 'plo':
      add('lgp', c.start, 'pre_proceedings');
      add('plo_start', c.start + rnd.int(5, 14));
      if (rnd.chance(0.6)) add('assessment_due', c.start + rnd.int(6, 14) * W, null, true);
      if (rnd.chance(0.3)) add('lgp', c.start + 12 * W, 'other');
      break;
    case 's20':
      if (rnd.chance(0.7)) add('lgp', c.start, 'other');
      inCareReview(0.7);
      if (rnd.chance(0.4)) add('assessment_due', c.start + rnd.int(4, 20) * W, null, true);
      if (rnd.chance(0.5)) add('other', c.start + rnd.int(1, 30) * W);
      break;
    case 'protection':
      if (rnd.chance(0.4)) add('lgp', c.start + rnd.int(0, 20) * W, 'threshold_not_met');
      if (rnd.chance(0.6)) add('assessment_due', c.start + rnd.int(2, 10) * W, null, true);
      for (let n = rnd.int(1, 2); n > 0; n--) add('other', c.start + rnd.int(0, 40) * W);
      break;
    case 'need':
      if (rnd.chance(0.7)) add('assessment_due', c.start + rnd.int(2, 10) * W, null, true);
      if (rnd.chance(0.6)) add('other', c.start + rnd.int(0, 40) * W);
      break;
    default:
      if (rnd.chance(0.6)) add('other', c.start + rnd.int(0, 40) * W);
      if (rnd.chance(0.3)) add('assessment_due', c.start + rnd.int(2, 10) * W, null, true);
  }
  return out;
}
