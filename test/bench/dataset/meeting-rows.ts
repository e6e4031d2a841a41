import type { SqliteDatabase } from '../../../electron/core/db/sqlite-file';
import { englandWalesBankHolidays } from '../../../shared/domain/bank-holidays';
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from '../../../shared/domain/day-numbers';
import type { Role } from '../../../shared/roles';
import type { Prng } from './prng';
import { iso, ukDate, type AuditWriter, type ChildRec, type ItemRec, type MeetingCode, type MeetingRec, type PersonRec, type World } from './world';

/**
 * What the panel and Care Planning Meeting parts share: who was in post on a day, the
 * rows of a held meeting as the services leave them (meeting with its lifecycle
 * stamps, agenda items and their children, attendance, the review engine's meeting
 * history) and the audit rows each step writes.
 */

/** A time on a day, as the services stamp rows (ISO, UTC): `minutes` after midnight plus some seconds. */
export function at(rnd: Prng, day: number, minutes: number): string {
  const m = Math.max(0, Math.min(24 * 60 - 1, Math.round(minutes)));
  const h = Math.floor(m / 60);
  const mm = m % 60;
  const s = rnd.int(0, 59);
  return `${fromDayNumber(day)}T${h < 10 ? '0' : ''}${h}:${mm < 10 ? '0' : ''}${mm}:${s < 10 ? '0' : ''}${s}.000Z`;
}

export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** England and Wales bank holidays for the whole decade (worked out by rule before the shipped years), as day numbers. */
export function bankHolidayDays(world: World): Set<number> {
  const from = Number(iso(world.firstDay).slice(0, 4));
  const to = Number(iso(world.today).slice(0, 4)) + 2;
  return new Set(englandWalesBankHolidays(from, to).map((h) => toDayNumber(h.date)));
}

export function isWorkingDay(day: number, holidays: ReadonlySet<number>): boolean {
  return weekdayOfDayNumber(day) < 5 && !holidays.has(day);
}

/** People in post on a day, by role; the latest joiner stands in when nobody was (the early years of a small role). */
export function staffOn(world: World) {
  const byRole = new Map<Role, PersonRec[]>();
  for (const p of world.people) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p]);
  const byId = new Map(world.people.map((p) => [p.id, p]));
  return {
    byId,
    inPost(role: Role, day: number, teamIndex: number | null = null): PersonRec[] {
      const all = (byRole.get(role) ?? []).filter((p) => teamIndex === null || p.teamIndex === teamIndex);
      const now = all.filter((p) => p.joined <= day && (p.left === null || p.left >= day));
      return now.length > 0 ? now : all;
    },
    pick(rnd: Prng, role: Role, day: number, teamIndex: number | null = null): PersonRec | undefined {
      const list = this.inPost(role, day, teamIndex);
      return list.length === 0 ? undefined : rnd.pick(list);
    },
  };
}
export type Staff = ReturnType<typeof staffOn>;

export interface MeetingTypeInfo {
  id: number;
  code: MeetingCode;
  name: string;
  slot: number;
  coreRoles: Role[];
}

export function meetingTypes(sqlite: SqliteDatabase): Record<MeetingCode, MeetingTypeInfo> {
  const rows = sqlite.prepare("select id, code, name, slot_minutes, core_roles from meeting_types where code in ('pp', 'lgp', 'cpm')").all() as {
    id: number;
    code: MeetingCode;
    name: string;
    slot_minutes: number;
    core_roles: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.code, { id: r.id, code: r.code, name: r.name, slot: r.slot_minutes, coreRoles: JSON.parse(r.core_roles) as Role[] }])) as Record<MeetingCode, MeetingTypeInfo>;
}

export interface NewMeeting {
  type: MeetingTypeInfo;
  seriesId: number | null;
  occurrenceKey: string | null;
  day: number;
  start: number;
  end: number;
  venue: string;
  chair: PersonRec | undefined;
  teamId: number | null;
  /** Held (minutes approved) or booked ahead. */
  held: boolean;
  /** The day the agenda was prepared or the meeting booked. */
  preparedOn: number;
}

export interface NewItem {
  children: ChildRec[];
  /** The item's length when it is not the type's slot (a Care Planning Meeting's is the meeting). */
  slot?: number;
  presenterId: number | null;
  reason: string;
  source: 'proposed' | 'added' | 'booked';
  dueRule: string | null;
  lgpReason: string | null;
  papers: string | null;
  decision: ItemRec['decision'];
}

export interface MeetingWriter {
  write(m: NewMeeting, items: NewItem[], attendees: NewAttendee[]): MeetingRec;
  counts(): { meetings: number; agenda_items: number; agenda_item_children: number; child_meetings: number; meeting_attendees: number };
}

export interface NewAttendee {
  person: PersonRec | null;
  name: string;
  role: Role;
  organisation: string | null;
  status: 'present' | 'apologies' | 'absent';
  declaration: string | null;
  minuteTaker: boolean;
  core: boolean;
}

/**
 * Writes meetings as the services leave them: prepared (or booked), started, closed and
 * approved, with one audit row for each step, and each child on a held meeting in the
 * review engine's history (child_meetings, linked by meeting_id, as syncOutcomes does).
 */
export function meetingWriter(sqlite: SqliteDatabase, rnd: Prng, world: World, audit: AuditWriter): MeetingWriter {
  const insertMeeting = sqlite.prepare(`insert into meetings (type_id, series_id, occurrence_key, date, start_time, end_time, venue, chair_id, team_id, status,
      created_at, updated_at, started_at, closed_at, approved_by, approved_on, approved_at, locked_at, current_item_id, current_since)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null)`);
  const insertItem = sqlite.prepare(`insert into agenda_items (meeting_id, position, presenter_id, slot_minutes, reason, source, due_rule, lgp_reason, papers, created_at, updated_at, seconds_spent)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertItemChild = sqlite.prepare('insert into agenda_item_children (item_id, meeting_id, child_id, position) values (?, ?, ?, ?)');
  const insertHistory = sqlite.prepare("insert into child_meetings (child_id, kind, held_on, source, meeting_id) values (?, ?, ?, 'meeting', ?)");
  const insertAttendee = sqlite.prepare(`insert into meeting_attendees (meeting_id, person_id, name, role, organisation, status, declaration, minute_taker, core, position, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const n = { meetings: 0, agenda_items: 0, agenda_item_children: 0, child_meetings: 0, meeting_attendees: 0 };
  const actor = () => rnd.pick(world.actors);

  return {
    write(m, items, attendees) {
      const date = iso(m.day);
      const created = at(rnd, m.preparedOn, rnd.int(9 * 60, 17 * 60));
      const started = m.held ? at(rnd, m.day, m.start + rnd.int(-5, 10)) : null;
      const slotTotal = items.reduce((sum, i) => sum + (i.slot ?? m.type.slot), 0);
      const closed = m.held ? at(rnd, m.day, Math.min(m.end + 45, m.start + Math.max(30, slotTotal) + rnd.int(-10, 30))) : null;
      const approvedOn = m.held ? Math.min(world.today, m.day + rnd.int(2, 12)) : null;
      const approvedAt = approvedOn === null ? null : at(rnd, approvedOn, rnd.int(9 * 60, 17 * 60));
      const approvedBy = m.held ? (m.chair?.name ?? 'the chair') : null;
      const id = Number(
        insertMeeting.run(
          m.type.id, m.seriesId, m.occurrenceKey, date, clock(m.start), clock(m.end), m.venue, m.chair?.id ?? null, m.teamId, m.held ? 'approved' : 'planned',
          created, approvedAt ?? created, started, closed, approvedBy, approvedOn === null ? null : iso(approvedOn), approvedAt,
        ).lastInsertRowid,
      );
      n.meetings++;
      const rec: MeetingRec = { id, code: m.type.code, day: m.day, status: m.held ? 'approved' : 'planned', typeName: m.type.name, items: [] };
      const who = actor();
      const proposed = items.filter((i) => i.source === 'proposed').reduce((sum, i) => sum + i.children.length, 0);
      audit({
        day: m.preparedOn,
        actor: who,
        action: 'create',
        entity: 'meeting',
        entityId: id,
        summary:
          m.type.code === 'cpm'
            ? `Booked a Care Planning Meeting for ${items[0]?.children[0]?.caseRef ?? 'a child'} on ${ukDate(m.day)}`
            : `Prepared the agenda of ${m.type.name} on ${ukDate(m.day)} (${proposed} ${proposed === 1 ? 'child' : 'children'} proposed)`,
      });

      for (const [i, item] of items.entries()) {
        const slot = item.slot ?? m.type.slot;
        const spent = m.held ? Math.round(slot * 60 * (0.5 + rnd.next())) : 0;
        const itemId = Number(
          insertItem.run(id, i + 1, item.presenterId, slot, item.reason, item.source, item.dueRule, item.lgpReason, item.papers, created, created, spent).lastInsertRowid,
        );
        n.agenda_items++;
        for (const [k, child] of item.children.entries()) {
          insertItemChild.run(itemId, id, child.id, k + 1);
          n.agenda_item_children++;
          if (m.held) {
            insertHistory.run(child.id, m.type.code, date, id);
            n.child_meetings++;
          }
        }
        rec.items.push({ id: itemId, meeting: rec, childIds: item.children.map((c) => c.id), decision: item.decision });
      }

      for (const [i, a] of attendees.entries()) {
        insertAttendee.run(id, a.person?.id ?? null, a.name, a.role, a.organisation, a.status, a.declaration, a.minuteTaker ? 1 : 0, a.core ? 1 : 0, i + 1, started ?? created);
        n.meeting_attendees++;
      }

      if (m.held) {
        audit({ day: m.day, actor: who, action: 'update', entity: 'meeting', entityId: id, summary: `Started ${m.type.name} on ${ukDate(m.day)}` });
        audit({ day: m.day, actor: who, action: 'update', entity: 'meeting', entityId: id, summary: `Closed ${m.type.name} on ${ukDate(m.day)}: the minutes are a draft` });
        audit({
          day: approvedOn!,
          actor: who,
          action: 'update',
          entity: 'meeting',
          entityId: id,
          summary: `${approvedBy} approved the minutes of ${m.type.name} on ${ukDate(m.day)} (approved ${ukDate(approvedOn!)})`,
        });
      }
      world.meetings.push(rec);
      return rec;
    },
    counts: () => ({ ...n }),
  };
}

/**
 * The core members of a meeting type as a meeting starts (prefillAttendance): the chair,
 * the team's managers, the child's own professionals at a Care Planning Meeting, and
 * someone in post for each other role; most present, some sending apologies.
 */
export function coreAttendance(rnd: Prng, staff: Staff, type: MeetingTypeInfo, day: number, chair: PersonRec | undefined, teamIndex: number | null, child?: ChildRec): NewAttendee[] {
  const seen = new Set<number>();
  const out: NewAttendee[] = [];
  for (const role of type.coreRoles) {
    let person: PersonRec | undefined;
    if (role === 'chair') person = chair;
    else if (child && role === 'social_worker') person = staff.byId.get(child.socialWorkerId);
    else if (child && role === 'iro') person = child.iroId === null ? undefined : staff.byId.get(child.iroId);
    else if (child && role === 'team_manager') person = child.teamManagerId === null ? undefined : staff.byId.get(child.teamManagerId);
    else if (role === 'team_manager' && teamIndex !== null) person = staff.pick(rnd, role, day, teamIndex);
    else person = staff.pick(rnd, role, day);
    if (person && seen.has(person.id)) continue;
    if (person) seen.add(person.id);
    const status = rnd.weighted([['present', 85], ['apologies', 12], ['absent', 3]] as const);
    out.push({
      person: person ?? null,
      name: person?.name ?? '',
      role,
      organisation: null,
      status,
      declaration: status === 'present' && rnd.chance(0.01) ? 'Declared an interest: knows the carers through church; took no part in the decision.' : null,
      minuteTaker: role === 'business_support',
      core: true,
    });
  }
  return out;
}
