import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import { ROLE_LABELS, type Role } from '../../../../shared/roles';
import type { Attendee } from '../../../../shared/schemas/minutes';
import type { Db } from '../../db/db-type';
import type { AttendeeRow, MeetingRow, MeetingTypeRow } from '../../db/schema';
import { isoNow, type ServiceContext } from '../../context';
import { chosenPersonName, notFound } from '../guards';
import { getMeetingRow } from '../meetings/detail';
import { assertMinutesEditable } from './guards';
import { write } from '../../data/write';
import { meetingTypes } from '../../data/tables/meeting-types';
import * as repo from './repository/attendance';
import { personNamed } from '../settings/repository';

export function toAttendee(r: AttendeeRow): Attendee {
  return {
    id: r.id,
    personId: r.person_id,
    name: r.name,
    role: r.role,
    organisation: r.organisation,
    status: r.status,
    declaration: r.declaration,
    minuteTaker: r.minute_taker === 1,
    core: r.core === 1,
  };
}

export async function listAttendance(db: Db, meetingId: number): Promise<Attendee[]> {
  const rows = await repo.attendeesOfMeeting(db, meetingId);
  return rows.map(toAttendee);
}

/**
 * Who a core role means for this meeting: the chair is the meeting's; a team's managers
 * are that team's; at a Care Planning Meeting the social worker, IRO and team manager are
 * the child's. Any other role is filled when exactly one person holds it, and otherwise
 * left for the minute-taker to choose, so the app never guesses the wrong person.
 */
async function personForRole(db: Db, role: Role, meeting: MeetingRow, type: MeetingTypeRow): Promise<number | null> {
  if (role === 'chair') return meeting.chair_id;
  if (type.form === 'cpm' && (role === 'social_worker' || role === 'iro' || role === 'team_manager')) {
    const child = await repo.staffOfMeetingChild(db, meeting.id);
    if (!child) return null;
    return role === 'social_worker' ? child.social_worker_id : role === 'iro' ? child.iro_id : child.team_manager_id;
  }
  if ((role === 'team_manager' || role === 'group_manager') && meeting.team_id !== null) {
    const team = await repo.managersOfTeam(db, meeting.team_id);
    return (role === 'team_manager' ? team?.team_manager_id : team?.group_manager_id) ?? null;
  }
  const holders = await repo.holdersOfRole(db, role);
  return holders.length === 1 ? holders[0]!.id : null;
}

/** The meeting type's core members, as the meeting starts: everyone present until the minute-taker says otherwise. */
export async function prefillAttendance(db: Db, meeting: MeetingRow, type: MeetingTypeRow, now: string): Promise<void> {
  if (await repo.hasAttendance(db, meeting.id)) return;
  const roles = meetingTypes.columns.core_roles.decode(type.core_roles);
  const seen = new Set<number>();
  const rows = [];
  for (const role of roles) {
    const personId = await personForRole(db, role, meeting, type);
    if (personId !== null && seen.has(personId)) continue;
    if (personId !== null) seen.add(personId);
    const person = personId === null ? undefined : await personNamed(db, personId);
    rows.push({
      meeting_id: meeting.id,
      person_id: person ? personId : null,
      name: person?.name ?? '',
      role,
      organisation: null,
      status: 'present' as const,
      declaration: null,
      minute_taker: 0,
      core: 1,
      position: rows.length + 1,
      updated_at: now,
    });
  }
  if (rows.length > 0) await repo.insertAttendees(db, rows);
}

async function editableMeeting(db: Db, meetingId: number): Promise<MeetingRow> {
  const meeting = await getMeetingRow(db, meetingId);
  assertMinutesEditable(meeting);
  return meeting;
}

async function loadAttendee(db: Db, id: number): Promise<AttendeeRow> {
  const row = await repo.findAttendee(db, id);
  if (!row) throw notFound('attendee');
  return row;
}

async function personName(db: Db, personId: number | null, typed: string | null): Promise<string> {
  return personId === null ? (typed ?? '') : chosenPersonName(db, personId, 'personId');
}

export async function addAttendee(ctx: ServiceContext, input: ParsedInput<'attendance.add'>): Promise<Attendee[]> {
  await write(ctx, async (w) => {
    const meeting = await editableMeeting(w.db, input.meetingId);
    const name = await personName(w.db, input.personId, input.name);
    const last = await repo.lastAttendeePosition(w.db, meeting.id);
    const row = await repo.insertAttendee(w.db, {
      meeting_id: meeting.id,
      person_id: input.personId,
      name,
      role: input.role,
      organisation: input.organisation,
      status: input.status,
      declaration: null,
      minute_taker: 0,
      core: 0,
      position: last + 1,
      updated_at: isoNow(ctx),
    });
    await w.audit({ action: 'create', entity: 'attendance', entityId: row.id, summary: `Added ${name} (${ROLE_LABELS[input.role]}) to the attendance of the meeting on ${formatUkDate(meeting.date)}` });
  });
  return listAttendance(ctx.db, input.meetingId);
}

export async function updateAttendee(ctx: ServiceContext, input: ParsedInput<'attendance.update'>): Promise<Attendee[]> {
  const meetingId = await write(ctx, async (w) => {
    const before = await loadAttendee(w.db, input.id);
    const meeting = await editableMeeting(w.db, before.meeting_id);
    const name = input.personId === null && input.name === null ? before.name : await personName(w.db, input.personId, input.name);
    const after = { person_id: input.personId, name, role: input.role, organisation: input.organisation, status: input.status, declaration: input.declaration };
    const changed = Object.entries(after).filter(([k, v]) => before[k as keyof typeof after] !== v);
    if (changed.length === 0) return meeting.id;
    await repo.updateAttendee(w.db, before.id, { ...after, updated_at: isoNow(ctx) });
    await w.audit({
      action: 'update',
      entity: 'attendance',
      entityId: before.id,
      summary: `Changed the attendance of ${name || ROLE_LABELS[input.role]} at the meeting on ${formatUkDate(meeting.date)}`,
      details: Object.fromEntries(changed.map(([k, v]) => [k, { from: before[k as keyof typeof after], to: v }])),
    });
    return meeting.id;
  });
  return listAttendance(ctx.db, meetingId);
}

export async function removeAttendee(ctx: ServiceContext, input: { id: number }): Promise<Attendee[]> {
  const meetingId = await write(ctx, async (w) => {
    const row = await loadAttendee(w.db, input.id);
    const meeting = await editableMeeting(w.db, row.meeting_id);
    await repo.deleteAttendee(w.db, row.id);
    await w.audit({ action: 'delete', entity: 'attendance', entityId: row.id, summary: `Removed ${row.name || ROLE_LABELS[row.role]} from the attendance of the meeting on ${formatUkDate(meeting.date)}` });
    return meeting.id;
  });
  return listAttendance(ctx.db, meetingId);
}

export async function setMinuteTaker(ctx: ServiceContext, input: ParsedInput<'attendance.setMinuteTaker'>): Promise<Attendee[]> {
  await write(ctx, async (w) => {
    const meeting = await editableMeeting(w.db, input.meetingId);
    if (input.attendeeId !== null) {
      const row = await loadAttendee(w.db, input.attendeeId);
      if (row.meeting_id !== meeting.id) throw notFound('attendee');
    }
    await repo.setMinuteTaker(w.db, meeting.id, input.attendeeId);
    await w.audit({ action: 'update', entity: 'meeting', entityId: meeting.id, summary: `Set the minute-taker of the meeting on ${formatUkDate(meeting.date)}`, details: { attendeeId: input.attendeeId } });
  });
  return listAttendance(ctx.db, input.meetingId);
}
