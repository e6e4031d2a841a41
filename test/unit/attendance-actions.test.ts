import { describe, expect, it } from 'vitest';
import { auditSummaries, busyCouncil, meetingWith, runningPanel } from './support/council';
import { expectRefused } from './support/refusal';

/**
 * Who was at a meeting, and the actions it agreed, corrected while the minutes are open:
 * each change is written with its audit row, and refused in a sentence, changing
 * nothing, once the minutes are approved or before the meeting has started.
 */
describe('attendance', () => {
  it('adds a visitor typed in or a person chosen, names one minute-taker at a time, and removes an attendee', async () => {
    const b = await busyCouncil();
    const { core, s } = b;
    const meetingId = b.running.meetingId;
    const before = (await core.ok('minutes.get', { id: meetingId })).attendance;
    expect(before.length).toBeGreaterThan(0);

    const withVisitor = await core.ok('attendance.add', { meetingId, personId: null, name: 'Dr Ada Rees', role: 'other', organisation: 'Community paediatrics', status: 'apologies' });
    expect(withVisitor.length).toBe(before.length + 1);
    const visitor = withVisitor.at(-1)!;
    expect(visitor).toMatchObject({ personId: null, name: 'Dr Ada Rees', organisation: 'Community paediatrics', status: 'apologies', core: false, minuteTaker: false });
    const withCoordinator = await core.ok('attendance.add', { meetingId, personId: s.coordinator.id, name: null, role: 'permanence_coordinator', organisation: null });
    const coordinator = withCoordinator.at(-1)!;
    // a chosen person's name is copied onto the attendance; a status left out means present
    expect(coordinator).toMatchObject({ personId: s.coordinator.id, name: 'Pat Coordinator', status: 'present' });
    expect((await core.ok('minutes.get', { id: meetingId })).attendance).toEqual(withCoordinator);
    expect((await auditSummaries(core, 'attendance'))[0]).toBe('Added Pat Coordinator (Permanence coordinator) to the attendance of the meeting on 10/12/2026');

    const taker = (list: { id: number; minuteTaker: boolean }[]) => list.filter((a) => a.minuteTaker).map((a) => a.id);
    expect(taker(await core.ok('attendance.setMinuteTaker', { meetingId, attendeeId: visitor.id }))).toEqual([visitor.id]);
    expect(taker(await core.ok('attendance.setMinuteTaker', { meetingId, attendeeId: coordinator.id }))).toEqual([coordinator.id]);
    expect(taker(await core.ok('attendance.setMinuteTaker', { meetingId, attendeeId: null }))).toEqual([]);

    const after = await core.ok('attendance.remove', { id: visitor.id });
    expect(after.map((a) => a.name)).not.toContain('Dr Ada Rees');
    expect(after.length).toBe(before.length + 1);
    expect((await auditSummaries(core, 'attendance'))[0]).toBe('Removed Dr Ada Rees from the attendance of the meeting on 10/12/2026');
    await expectRefused(core, 'attendance.remove', { id: visitor.id }, 'NOT_FOUND', /attendee could not be found/);
  });

  it('is refused before the meeting starts, once its minutes are approved, and for someone of another meeting, changing nothing', async () => {
    const b = await busyCouncil();
    const { core } = b;
    const visitor = { personId: null, name: 'Dr Ada Rees', role: 'other', organisation: null } as const;
    await expectRefused(core, 'attendance.add', { meetingId: b.planned.meetingId, ...visitor }, 'CONFLICT', /has not started/);
    await expectRefused(core, 'attendance.add', { meetingId: b.approved.meetingId, ...visitor }, 'READ_ONLY', /approved by Hana Head on 26\/11\/2026/);
    await expectRefused(core, 'attendance.add', { meetingId: b.running.meetingId, ...visitor, personId: 987_654, name: null }, 'INVALID_INPUT', /person chosen no longer exists/);
    await expectRefused(core, 'attendance.add', { meetingId: 987_654, ...visitor }, 'NOT_FOUND', /meeting could not be found/);

    const approvedAttendee = (await core.ok('minutes.get', { id: b.approved.meetingId })).attendance[0]!;
    await expectRefused(core, 'attendance.remove', { id: approvedAttendee.id }, 'READ_ONLY', /approved by Hana Head/);
    await expectRefused(core, 'attendance.setMinuteTaker', { meetingId: b.approved.meetingId, attendeeId: approvedAttendee.id }, 'READ_ONLY', /approved by Hana Head/);
    // someone at the approved meeting cannot be made minute-taker of the running one
    await expectRefused(core, 'attendance.setMinuteTaker', { meetingId: b.running.meetingId, attendeeId: approvedAttendee.id }, 'NOT_FOUND', /attendee could not be found/);
  });
});

describe('an action agreed at the meeting', () => {
  it('is corrected while the minutes are open: text, owner and due date, with what it was in the audit log', async () => {
    const b = await busyCouncil();
    const { core, s } = b;
    const changed = await core.ok('actions.update', { id: b.running.actionId, text: 'Send the life story book and the later-life letter', ownerId: s.tm.id, ownerName: null, dueOn: '2027-01-08', version: 1 });
    expect(changed).toMatchObject({ id: b.running.actionId, text: 'Send the life story book and the later-life letter', ownerId: s.tm.id, ownerName: 'Tara Manager', dueOn: '2027-01-08', status: 'open' });
    expect((await core.ok('actions.list', { childId: b.jones.id })).rows.find((a) => a.id === b.running.actionId)).toEqual(changed);
    const entry = (await core.ok('audit.list', { entity: 'action' })).rows[0]!;
    expect(entry.summary).toBe('Changed an action agreed on 10/12/2026');
    expect(entry.details.map((d) => d.value).join(' ')).toContain('Fostering SSW');
  });

  it('is refused a due date before the meeting, an unknown owner, and any change once the minutes are approved, changing nothing', async () => {
    const b = await busyCouncil();
    const { core } = b;
    const edit = { id: b.running.actionId, text: 'Send the book', ownerId: null, ownerName: 'Fostering SSW', dueOn: '2026-12-24', version: 1 };
    const early = await expectRefused(core, 'actions.update', { ...edit, dueOn: '2026-12-09' }, 'INVALID_INPUT', /cannot be due before the meeting that agreed it \(10\/12\/2026\)/);
    expect(early.fieldErrors).toEqual({ dueOn: expect.any(String) });
    await expectRefused(core, 'actions.update', { ...edit, ownerId: 987_654, ownerName: null }, 'INVALID_INPUT', /person chosen no longer exists/);
    await expectRefused(core, 'actions.update', { ...edit, id: b.approved.actionId }, 'READ_ONLY', /approved by Hana Head on 26\/11\/2026/);
    await expectRefused(core, 'actions.update', { ...edit, id: 987_654 }, 'NOT_FOUND', /action could not be found/);
    await expectRefused(core, 'actions.remove', { id: b.approved.actionId }, 'READ_ONLY', /approved by Hana Head/);
  });

  it('is removed while the minutes are open, leaving the child’s list, with what it said in the audit log', async () => {
    const b = await busyCouncil();
    const { core } = b;
    const jonesActions = async () => (await core.ok('actions.list', { childId: b.jones.id, status: 'all' })).rows.map((a) => a.id);
    expect(await jonesActions()).toContain(b.running.actionId);
    expect(await core.ok('actions.remove', { id: b.running.actionId })).toEqual({ deleted: true });
    expect(await jonesActions()).not.toContain(b.running.actionId);
    const entry = (await core.ok('audit.list', { entity: 'action' })).rows[0]!;
    expect(entry.summary).toBe('Removed an action from the minutes of 10/12/2026');
    expect(entry.details.map((d) => d.value).join(' ')).toContain('Send the life story book to the carers');
    await expectRefused(core, 'actions.remove', { id: b.running.actionId }, 'NOT_FOUND', /action could not be found/);
  });

  it('stays once a later meeting has reviewed it, even while its own minutes are a draft', async () => {
    const { clock, core, s, kids: [smith], m } = await runningPanel(['Smith']);
    const action = await core.ok('actions.create', { itemId: m.itemOf(smith.id), text: 'Book the viability assessment', ownerId: s.tm.id, ownerName: null, dueOn: '2026-12-10' });
    await core.ok('meetings.close', { id: m.meetingId });
    clock.set('2026-12-10T10:00:00Z');
    const later = await meetingWith(core, s.series.id, '2026-12-10', [smith.id]);
    await core.ok('meetings.start', { id: later.meetingId });
    await core.ok('actions.review', { actionId: action.id, itemId: later.itemOf(smith.id), outcome: 'done', note: 'Booked for January' });
    await expectRefused(core, 'actions.remove', { id: action.id }, 'CONFLICT', /already reviewed this action/);
  });
});
