import { describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import { bookCpm, busyCouncil, runningPanel } from './support/council';
import { testCore } from './support/core';

const base: ProcedureInput<'children.create'> = { caseRef: 'V100', firstName: 'Amy', lastName: 'Versions', legalStatus: 'interim_care_order', dateOfBirth: '2020-05-01', dateEnteredCare: '2026-06-01' };

async function twoEditors() {
  let now = new Date('2026-11-22T10:00:00Z');
  const core = await testCore({ now: () => now });
  const created = await core.ok('children.create', base);
  const opened = (await core.ok('children.get', { id: created.id })).child;
  const at = (iso: string) => {
    now = new Date(iso);
  };
  return { core, created, opened, at };
}

async function auditRows(core: Awaited<ReturnType<typeof testCore>>) {
  return core.ok('audit.list', { entity: 'child' });
}

describe('row versions: two saves from the same version', () => {
  it('a child starts at version 1 and each save that changes it moves it on by one', async () => {
    const { core, opened } = await twoEditors();
    expect(opened.version).toBe(1);
    const saved = await core.ok('children.update', { ...base, id: opened.id, version: 1, firstName: 'Amelia' });
    expect(saved.version).toBe(2);
    // A save that changes nothing writes nothing and keeps the version.
    const same = await core.ok('children.update', { ...base, id: opened.id, version: 2, firstName: 'Amelia' });
    expect(same.version).toBe(2);
  });

  it('the second save from the same version is CONFLICT: nothing written, who and when from the audit log, their value per field', async () => {
    const { core, opened, at } = await twoEditors();
    at('2026-11-22T10:42:00Z');
    const first = await core.ok('children.update', { ...base, id: opened.id, version: opened.version, firstName: 'Amelia' });
    const auditBefore = JSON.stringify(await auditRows(core));

    at('2026-11-22T10:43:00Z');
    const second = await core.router.call('children.update', { ...base, id: opened.id, version: opened.version, lastName: 'Verity' });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe('CONFLICT');
    const conflict = second.error.conflict!;
    expect(conflict.version).toBe(first.version);
    expect(conflict.at).toBe('2026-11-22T10:42:00.000Z');
    expect(conflict.by).toEqual(expect.any(String));
    const time = new Date('2026-11-22T10:42:00Z');
    const clock = `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
    expect(second.error.message).toContain(`${conflict.by} saved a change to this at ${clock}`);
    // Both fields differ from what the second person sent: the one the first changed, and the one they changed themselves.
    expect(conflict.theirs).toEqual({ firstName: 'Amelia', lastName: 'Versions' });
    expect(second.error.fieldErrors).toEqual({
      firstName: `${conflict.by} changed this at ${clock}: ‘Amelia’`,
      lastName: `${conflict.by} changed this at ${clock}: ‘Versions’`,
    });

    // Nothing written: the record, its version and its audit log are as the first save left them.
    const after = (await core.ok('children.get', { id: opened.id })).child;
    expect(after).toEqual(first);
    expect(JSON.stringify(await auditRows(core))).toBe(auditBefore);

    // "Keep mine": the same save based on the version the conflict named wins.
    const kept = await core.ok('children.update', { ...base, id: opened.id, version: conflict.version, lastName: 'Verity' });
    expect(kept).toMatchObject({ firstName: 'Amy', lastName: 'Verity', version: first.version + 1 });
  });

  it('a save naming a version the record has not reached is refused the same way, and writes nothing', async () => {
    const { core, opened } = await twoEditors();
    const stale = await core.router.call('children.update', { ...base, id: opened.id, version: opened.version + 1, firstName: 'Amelia' });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect((await core.ok('children.get', { id: opened.id })).child).toEqual(opened);
  });
});

describe('row versions: an action changed from two places', () => {
  it('the second change from the same version is CONFLICT at the fields that differ, writes nothing, and wins when sent again over the version it names', async () => {
    const b = await busyCouncil();
    const { core, s } = b;
    const shown = (await core.ok('actions.list', { childId: b.jones.id })).rows.find((a) => a.id === b.running.actionId)!;
    const first = await core.ok('actions.update', { id: shown.id, text: 'Send the life story book', ownerId: null, ownerName: shown.ownerName, dueOn: shown.dueOn, version: shown.version });
    expect(first.version).toBe(shown.version + 1);

    const lost = await core.router.call('actions.update', { id: shown.id, text: shown.text, ownerId: s.tm.id, ownerName: null, dueOn: shown.dueOn, version: shown.version });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(Object.keys(lost.error.fieldErrors!).sort()).toEqual(['ownerId', 'text']);
    expect(lost.error.fieldErrors!.text).toMatch(/changed this at \d\d:\d\d: ‘Send the life story book’$/);
    expect(lost.error.conflict).toMatchObject({ version: first.version, theirs: { text: 'Send the life story book', ownerId: { ownerId: null, ownerName: shown.ownerName } } });
    const now = (await core.ok('actions.list', { childId: b.jones.id })).rows.find((a) => a.id === shown.id)!;
    expect(now).toEqual(first);

    const kept = await core.ok('actions.update', { id: shown.id, text: shown.text, ownerId: s.tm.id, ownerName: null, dueOn: shown.dueOn, version: lost.error.conflict!.version });
    expect(kept).toMatchObject({ text: shown.text, ownerId: s.tm.id, version: first.version + 1 });
  });
});

describe('row versions: a field of the minutes saved from two laptops', () => {
  it('autosaves carry the field version; the second from the same version is CONFLICT with their text, and nothing of it is written', async () => {
    const { core, m, kids: [a] } = await runningPanel(['Smith']);
    const itemId = m.itemOf(a.id);
    const first = await core.ok('minutes.save', { itemId, field: 'discussion', value: 'Ava settled well', version: 0 });
    expect(first.version).toBe(1);
    const typing = await core.ok('minutes.save', { itemId, field: 'discussion', value: 'Ava settled well at school', version: first.version! });
    expect(typing.version).toBe(2);
    const detail = await core.ok('minutes.get', { id: m.meetingId });
    expect(detail.items.find((i) => i.itemId === itemId)!.versions).toEqual({ discussion: 2 });

    // Another laptop, still on version 1, saves its own text: refused, with this one's text to take.
    const lost = await core.router.call('minutes.save', { itemId, field: 'discussion', value: 'Ava is doing well', version: first.version! });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(lost.error.conflict).toMatchObject({ version: 2, theirs: { value: 'Ava settled well at school' } });
    expect(lost.error.fieldErrors!.value).toMatch(/changed this at \d\d:\d\d: ‘Ava settled well at school’$/);
    const after = await core.ok('minutes.get', { id: m.meetingId });
    expect(after.items.find((i) => i.itemId === itemId)!.values.discussion).toBe('Ava settled well at school');

    // A field never saved is version 0: two first saves of it, the second loses.
    expect((await core.ok('minutes.save', { itemId, field: 'childViews', value: 'Ava wants to stay', version: 0 })).version).toBe(1);
    const second = await core.router.call('minutes.save', { itemId, field: 'childViews', value: 'Ava would like to stay', version: 0 });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', conflict: { version: 1, theirs: { value: 'Ava wants to stay' } } } });
  });
});

describe('row versions: a meeting’s details changed from two places', () => {
  it('the second change from the same version is CONFLICT naming the venue and chair they set; a save that changes nothing is no conflict', async () => {
    const b = await busyCouncil();
    const { core, s } = b;
    const booked = await bookCpm(core, b.brown.id, '2026-12-03', 'Room 1');
    const shown = (await core.ok('meetings.get', { id: booked.meetingId })).meeting;
    expect(shown.version).toBe(1);
    const base = { id: shown.id, startTime: shown.startTime, endTime: shown.endTime, venue: shown.venue, chairId: shown.chairId };
    const first = await core.ok('meetings.update', { ...base, venue: 'Room 2', chairId: s.tm.id, version: shown.version });
    expect(first.meeting.version).toBe(2);

    const lost = await core.router.call('meetings.update', { ...base, startTime: '10:30', version: shown.version });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(Object.keys(lost.error.fieldErrors!).sort()).toEqual(['chairId', 'startTime', 'venue']);
    expect(lost.error.fieldErrors!.chairId).toMatch(/: ‘Tara Manager’$/);
    expect(lost.error.fieldErrors!.venue).toMatch(/: ‘Room 2’$/);
    expect((await core.ok('meetings.get', { id: shown.id })).meeting).toEqual(first.meeting);

    // Sent again as it now stands, nothing differs: saved without a conflict, and the version stays.
    const same = await core.ok('meetings.update', { ...base, venue: 'Room 2', chairId: s.tm.id, version: shown.version });
    expect(same.meeting.version).toBe(2);
  });
});

describe('row versions: an agenda item changed from two places', () => {
  it('the second change from the same version is CONFLICT naming the presenter they chose, and writes nothing', async () => {
    const b = await busyCouncil();
    const { core, s } = b;
    const detail = await core.ok('meetings.get', { id: b.planned.meetingId });
    const item = detail.items.find((i) => i.id === b.planned.itemOf(b.brown.id))!;
    const base = { id: item.id, presenterId: item.presenterId, slotMinutes: item.slotMinutes, reason: item.reason, lgpReason: item.lgpReason, papers: item.papers };
    const first = await core.ok('agenda.update', { ...base, presenterId: s.tm.id, version: item.version });
    const saved = first.items.find((i) => i.id === item.id)!;
    expect(saved.version).toBe(item.version + 1);

    const lost = await core.router.call('agenda.update', { ...base, slotMinutes: item.slotMinutes + 5, version: item.version });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(Object.keys(lost.error.fieldErrors!).sort()).toEqual(['presenterId', 'slotMinutes']);
    expect(lost.error.fieldErrors!.presenterId).toMatch(/: ‘Tara Manager’$/);
    expect((await core.ok('meetings.get', { id: b.planned.meetingId })).items.find((i) => i.id === item.id)).toEqual(saved);
  });
});

describe('row versions: the review rules saved from two places', () => {
  it('start at version 0 (the defaults); the second save from the same version is CONFLICT at the rules that differ, and writes nothing', async () => {
    const core = await testCore();
    const opened = await core.ok('settings.getReview');
    expect(opened.version).toBe(0);
    const first = await core.ok('settings.setReview', { ...opened.settings, cpmIntervalWeeks: 8, version: opened.version });
    expect(first.version).toBe(1);
    const lost = await core.router.call('settings.setReview', { ...opened.settings, ppAfterIssueWeeks: [4, 16], version: opened.version });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('CONFLICT');
    expect(lost.error.conflict).toMatchObject({ version: 1, theirs: { cpmIntervalWeeks: 8, ppAfterIssueWeeks: opened.settings.ppAfterIssueWeeks } });
    expect(lost.error.fieldErrors!.ppAfterIssueWeeks).toMatch(new RegExp(`: ‘${opened.settings.ppAfterIssueWeeks.join(', ')}’$`));
    expect(await core.ok('settings.getReview')).toEqual(first);
  });
});
