import { MEETING_KIND, type MeetingKind } from '../../../../shared/domain/vocabulary';
import { allocate, spreadDays } from '../allocate';
import type { DatasetPart } from '../part';
import { TARGET_SIZES } from '../spec';
import { discussedWindow, iso, ukDate, type ChildRec } from '../world';

/**
 * The review engine's history: every Care Planning Meeting and Permanence Panel a
 * child came to over ten years (imported from the old spreadsheets, as Panelroom's
 * own meetings do not exist yet). Shared by time in care; most children in care
 * had a meeting in the last six weeks, some are overdue.
 */
export const meetingHistory: DatasetPart = {
  name: 'meeting history (child_meetings)',
  target: `about ${TARGET_SIZES.childMeetings.toLocaleString('en-GB')} Care Planning Meeting and Permanence Panel appearances`,
  build({ sqlite, rnd, world, audit }) {
    const insert = sqlite.prepare("insert into child_meetings (child_id, kind, held_on, source, meeting_id) values (?, ?, ?, 'import', null)");
    const eligible = world.children.filter((c) => c.enteredCare !== null || c.path === 'plo');
    // The procedure brings a child to Permanence Panel 4 and 14 weeks after the decision to issue; most came.
    const afterIssue = eligible.map((c) => {
      const { to } = discussedWindow(c);
      if (c.issueDecision === null) return [];
      return [4, 14].map((weeks) => c.issueDecision! + weeks * 7 + rnd.int(-3, 4)).filter((day) => day <= to && rnd.chance(0.85));
    });
    const fixed = afterIssue.reduce((n, days) => n + days.length, 0);
    const counts = allocate(TARGET_SIZES.childMeetings - fixed, eligible.map((c) => { const w = discussedWindow(c); return (w.to - w.from) / 7; }));
    let rows = 0;
    const write = (child: ChildRec, kind: MeetingKind, day: number) => {
      const id = Number(insert.run(child.id, kind, iso(day)).lastInsertRowid);
      audit({ day, actor: rnd.pick(world.actors), action: 'create', entity: 'child_meeting', entityId: id, summary: `Recorded ${MEETING_KIND.labels[kind]} on ${ukDate(day)} for ${child.firstName} ${child.lastName} (imported)`, details: { childId: child.id } });
      rows++;
    };
    eligible.forEach((child, i) => {
      const { from, to } = discussedWindow(child);
      for (const day of afterIssue[i]!) write(child, 'pp', day);
      const recent = child.closedOn === null && rnd.chance(0.75) ? rnd.int(0, 42) : null;
      for (const day of spreadDays(rnd, counts[i]!, from, to, recent)) {
        const inProceedings = child.issued !== null && day >= child.issued && day <= (child.finalOrder ?? to);
        write(child, rnd.chance(inProceedings || child.path === 'plo' ? 0.5 : 0.2) ? 'pp' : 'cpm', day);
      }
    });
    return { child_meetings: rows };
  },
};
