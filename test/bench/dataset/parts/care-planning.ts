import { allocate, spreadDays } from '../allocate';
import { bankHolidayDays, coreAttendance, isWorkingDay, meetingTypes, meetingWriter, staffOn, type NewAttendee } from '../meeting-rows';
import type { DatasetPart } from '../part';
import { TARGET_SIZES } from '../spec';
import { discussedWindow, type ChildRec } from '../world';

const STARTS = [9 * 60 + 30, 10 * 60, 11 * 60, 13 * 60 + 30, 14 * 60, 15 * 60];
const VENUES = ['Civic Centre, Room 3', 'Microsoft Teams', 'The family centre', 'The carers’ home', 'The child’s school', 'Civic Centre, Room 5'];
/** Open children in care with their next Care Planning Meeting already booked (closing one books the next). */
const BOOKED_AHEAD = 0.45;

/**
 * 20,000 Care Planning Meetings held in Panelroom over ten years: one child each, on a
 * working day, shared among the children in care by how long they have been in care;
 * most open children had one in the last six weeks, some are overdue. About half the open
 * children in care have the next one booked ahead (a planned meeting with its one item).
 * Written in date order, as they were booked.
 */
export const carePlanningMeetings: DatasetPart = {
  name: 'Care Planning Meetings',
  target: `${TARGET_SIZES.cpms.toLocaleString('en-GB')} Care Planning Meetings (one child each), the next booked ahead for about half the open children in care`,
  build({ sqlite, rnd, world, audit }) {
    const types = meetingTypes(sqlite);
    const type = types.cpm;
    const staff = staffOn(world);
    const writer = meetingWriter(sqlite, rnd, world, audit);
    const holidays = bankHolidayDays(world);
    const inCare = world.children.filter((c) => c.enteredCare !== null);
    const openInCare = inCare.filter((c) => c.closedOn === null).length;
    const held = TARGET_SIZES.cpms - Math.round(openInCare * BOOKED_AHEAD);
    const windows = inCare.map((c) => {
      const w = discussedWindow(c);
      return { from: Math.min(c.enteredCare!, w.to), to: w.to };
    });
    const counts = allocate(held, windows.map((w) => Math.max(1, (w.to - w.from) / 7)));

    const plans: { child: ChildRec; day: number; held: boolean; bookedOn: number }[] = [];
    inCare.forEach((child, i) => {
      const { from, to } = windows[i]!;
      const recent = child.closedOn === null && rnd.chance(0.75) ? rnd.int(0, 42) : null;
      const days = new Set<number>();
      for (const raw of spreadDays(rnd, counts[i]!, from, to, recent)) {
        let day = Math.min(raw, world.today - 1);
        while (!isWorkingDay(day, holidays) || days.has(day)) day--;
        if (day < from - 14) continue;
        days.add(day);
      }
      const sorted = [...days].sort((a, b) => a - b);
      sorted.forEach((day, k) => plans.push({ child, day, held: true, bookedOn: k === 0 ? day - rnd.int(14, 42) : sorted[k - 1]! }));
      if (child.closedOn === null && rnd.chance(BOOKED_AHEAD)) {
        const last = sorted[sorted.length - 1];
        let day = last !== undefined && last + 42 > world.today ? last + 42 : world.today + rnd.int(3, 42);
        while (!isWorkingDay(day, holidays)) day++;
        plans.push({ child, day, held: false, bookedOn: last ?? world.today - rnd.int(1, 20) });
      }
    });
    plans.sort((a, b) => a.bookedOn - b.bookedOn || a.day - b.day || a.child.id - b.child.id);

    const written = new Map<number, { day: number; id: number }[]>();
    for (const p of plans) {
      const { child, day } = p;
      const start = rnd.pick(STARTS);
      const length = rnd.pick([60, 60, 90]);
      const manager = child.teamManagerId === null ? undefined : staff.byId.get(child.teamManagerId);
      const chair = manager && manager.joined <= day ? manager : (staff.pick(rnd, 'team_manager', day, child.teamIndex) ?? manager);
      const attendees: NewAttendee[] = p.held ? coreAttendance(rnd, staff, type, day, chair, child.teamIndex, child) : [];
      if (p.held && rnd.chance(0.35)) {
        attendees.push({ person: null, name: `Ms ${child.lastName}`, role: 'other', organisation: 'Mother', status: rnd.chance(0.8) ? 'present' : 'absent', declaration: null, minuteTaker: false, core: false });
      }
      const rec = writer.write(
        {
          type,
          seriesId: null,
          occurrenceKey: null,
          day,
          start,
          end: start + length,
          venue: rnd.pick(VENUES),
          chair,
          teamId: world.teams[child.teamIndex]!.id,
          held: p.held,
          preparedOn: Math.min(p.bookedOn, day - 1),
        },
        [{ children: [child], slot: length, presenterId: child.socialWorkerId, reason: 'Care Planning Meeting', source: 'booked', dueRule: null, lgpReason: null, papers: null, decision: null }],
        attendees,
      );
      written.set(child.id, [...(written.get(child.id) ?? []), { day, id: rec.id }]);
    }
    // Closing a Care Planning Meeting books the next one and remembers which (when the schema keeps it).
    let linked = 0;
    const columns = (sqlite.prepare('pragma table_info(meetings)').all() as { name: string }[]).map((c) => c.name);
    if (columns.includes('booked_next_id')) {
      const link = sqlite.prepare('update meetings set booked_next_id = ? where id = ?');
      for (const list of written.values()) {
        list.sort((a, b) => a.day - b.day);
        for (let k = 0; k + 1 < list.length; k++) {
          link.run(list[k + 1]!.id, list[k]!.id);
          linked++;
        }
      }
    }
    const n = writer.counts();
    return { meetings: n.meetings, agenda_items: n.agenda_items, agenda_item_children: n.agenda_item_children, meeting_attendees: n.meeting_attendees, child_meetings: n.child_meetings, 'meetings linked to the next one booked': linked };
  },
};
