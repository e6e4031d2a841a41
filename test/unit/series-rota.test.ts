import { rowShown } from './support/shown-version';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader';
import type { TestCore } from './support/core';
import { auditSummaries, councilAt, meetingWith } from './support/council';
import { expectRefused } from './support/refusal';

const fromBase64 = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

/** A child of the team rated red, so due at a Permanence Panel within weeks. */
async function redChild(core: TestCore, teamId: number, lastName: string) {
  const c = await core.ok('children.create', { caseRef: `R-${lastName}`, firstName: 'Robin', lastName, legalStatus: 'care_order', dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10', teamId });
  await core.ok('ratings.create', { childId: c.id, rating: 'red', reason: 'Drift in the plan', ratedOn: '2026-11-20' });
  return c;
}

describe('meeting types', () => {
  it('take a council’s own name, slot and core members, shown wherever the type is named, and say so in the audit log', async () => {
    const { core, s } = await councilAt('2026-11-22T10:00:00Z');
    const pp = s.types.find((t) => t.code === 'pp')!;
    const changed = await core.ok('meetingTypes.update', {
      id: pp.id,
      name: 'Permanence and Matching Panel',
      slotMinutes: 25,
      papersDueWorkingDays: 5,
      coreRoles: ['chair', 'team_manager'],
      defaultInterval: pp.defaultInterval,
      version: pp.version,
    });
    // papers-due only means something at a Legal Gateway-shaped meeting, so it is kept as none here
    expect(changed).toMatchObject({ id: pp.id, code: 'pp', form: 'pp', name: 'Permanence and Matching Panel', slotMinutes: 25, papersDueWorkingDays: null, coreRoles: ['chair', 'team_manager'] });
    expect((await core.ok('meetingTypes.list')).find((t) => t.id === pp.id)).toEqual(changed);
    expect((await core.ok('series.get', { id: s.series.id })).typeName).toBe('Permanence and Matching Panel');
    expect((await auditSummaries(core, 'meeting_type'))[0]).toBe('Changed meeting type “Permanence and Matching Panel”');
  });

  it('refuse a name another type has, and an unknown type, in a sentence, changing nothing', async () => {
    const { core, s } = await councilAt('2026-11-22T10:00:00Z');
    const pp = s.types.find((t) => t.code === 'pp')!;
    const lgp = s.types.find((t) => t.code === 'lgp')!;
    const fields = { name: lgp.name, slotMinutes: 20, papersDueWorkingDays: null, coreRoles: ['chair'], defaultInterval: pp.defaultInterval, version: pp.version } as const;
    const error = await expectRefused(core, 'meetingTypes.update', { id: pp.id, ...fields }, 'CONFLICT', /already a meeting type called “Legal Gateway/);
    expect(error.fieldErrors).toEqual({ name: expect.any(String) });
    await expectRefused(core, 'meetingTypes.update', { id: 987_654, ...fields, name: 'Anything' }, 'NOT_FOUND', /meeting type could not be found/);
    expect((await core.ok('meetingTypes.list')).find((t) => t.id === pp.id)).toEqual(pp);
  });
});

describe('series', () => {
  it('are listed and read one by one; an archived series leaves the list but not the record, and can be restored', async () => {
    const { core, s } = await councilAt('2026-11-22T10:00:00Z');
    const lgpType = s.types.find((t) => t.code === 'lgp')!;
    const lgp = await core.ok('series.create', { typeId: lgpType.id, name: 'Legal Gateway (Monday)', weekday: 0, interval: 'weekly', startsOn: '2026-11-23', startTime: '13:00', endTime: '15:00', venue: null, chairId: null, holidayRule: 'skip', rotation: [] });
    expect((await core.ok('series.list')).map((x) => x.name)).toEqual(['Legal Gateway (Monday)', 'Permanence Panel (Thursday)']);
    expect(await core.ok('series.get', { id: s.series.id })).toEqual(s.series);

    const archived = await core.ok('series.setArchived', { id: lgp.id, archived: true });
    expect(archived).toMatchObject({ id: lgp.id, archived: true });
    expect((await core.ok('series.list')).map((x) => x.name)).toEqual(['Permanence Panel (Thursday)']);
    expect((await core.ok('series.list', { includeArchived: true })).map((x) => [x.name, x.archived])).toEqual([
      ['Permanence Panel (Thursday)', false],
      ['Legal Gateway (Monday)', true],
    ]);
    expect(await core.ok('series.get', { id: lgp.id })).toEqual(archived);
    expect((await auditSummaries(core, 'meeting_series'))[0]).toBe('Archived the series “Legal Gateway (Monday)”');

    expect(await core.ok('series.setArchived', { id: lgp.id, archived: false })).toEqual(lgp);
    expect((await core.ok('series.list')).map((x) => x.name)).toEqual(['Legal Gateway (Monday)', 'Permanence Panel (Thursday)']);
    expect((await auditSummaries(core, 'meeting_series'))[0]).toBe('Restored the series “Legal Gateway (Monday)”');
  });

  it('refuse reading or archiving a series that is not there, in a sentence, changing nothing', async () => {
    const { core } = await councilAt('2026-11-22T10:00:00Z');
    await expectRefused(core, 'series.get', { id: 987_654 }, 'NOT_FOUND', /meeting series could not be found/);
    await expectRefused(core, 'series.setArchived', { id: 987_654, archived: true }, 'NOT_FOUND', /meeting series could not be found/);
  });
});

describe('children with nowhere to go', () => {
  it('lists a child due at panel whose team has no turn on an active rota: a series archived takes its teams’ turns away until restored', async () => {
    const { core, s } = await councilAt('2026-11-22T10:00:00Z');
    const east = await core.ok('teams.create', { name: 'East' });
    const eastChild = await redChild(core, east.id, 'Easton');
    await redChild(core, s.north.id, 'Northam');
    const unplaced = await core.ok('rota.unplaced');
    expect(unplaced.children).toEqual([expect.objectContaining({ childId: eastChild.id, caseRef: 'R-Easton', teamName: 'East', kind: 'pp', dueDate: expect.stringMatching(/^2026-/) })]);
    expect(unplaced.children[0]!.reason.length).toBeGreaterThan(5);

    const { id: _id, archived: _a, typeName: _t, form: _f, chairName: _c, ...fields } = s.series;
    const eastPanel = await core.ok('series.create', { ...fields, name: 'Permanence Panel (East)', weekday: 1, rotation: [east.id] });
    expect((await core.ok('rota.unplaced')).children).toEqual([]);
    await core.ok('series.setArchived', { id: eastPanel.id, archived: true });
    expect((await core.ok('rota.unplaced')).children.map((c) => c.childId)).toEqual([eastChild.id]);
    await core.ok('series.setArchived', { id: eastPanel.id, archived: false });
    expect((await core.ok('rota.unplaced')).children).toEqual([]);
  });
});

describe('extra meetings on a rota', () => {
  it('are added on a working day for a team, shown on the rota, and removed again, each in the audit log', async () => {
    const { core, s } = await councilAt('2026-11-22T10:00:00Z');
    const added = await core.ok('rota.addExtra', { seriesId: s.series.id, date: '2026-12-01', teamId: s.south.id, note: 'Sibling group of four' });
    expect(added.message).toBe('Extra meeting added on Tuesday 1 December 2026.');
    const view = await core.ok('rota.view', { seriesId: s.series.id, from: '2026-11-30', to: '2026-12-04' });
    expect(view.occurrences.map((o) => [o.date, o.teamName, o.change, o.note])).toEqual([
      ['2026-12-01', 'South', 'extra', 'Sibling group of four'],
      ['2026-12-03', 'South', null, null],
    ]);
    const extraId = Number(view.occurrences[0]!.key.replace(/^x:/, ''));
    expect((await auditSummaries(core, 'meeting_series'))[0]).toBe('Rota of “Permanence Panel (Thursday)”: Extra meeting added on Tuesday 1 December 2026.');

    expect(await core.ok('rota.removeExtra', { seriesId: s.series.id, extraId })).toEqual({ message: 'Extra meeting on Tuesday 1 December 2026 removed.' });
    expect((await core.ok('rota.view', { seriesId: s.series.id, from: '2026-11-30', to: '2026-12-04' })).occurrences.map((o) => o.date)).toEqual(['2026-12-03']);
    await expectRefused(core, 'rota.removeExtra', { seriesId: s.series.id, extraId }, 'NOT_FOUND', /may already have been removed/);
  });

  it('refuse a bank holiday, a weekend, a date the series meets on, and an unknown team, in a sentence, changing nothing', async () => {
    const { core, s } = await councilAt('2026-11-22T10:00:00Z');
    const extra = (date: string, teamId: number | null = s.south.id) => ({ seriesId: s.series.id, date, teamId, note: null });
    await expectRefused(core, 'rota.addExtra', extra('2026-12-25'), 'INVALID_INPUT', /Friday 25 December 2026 is a bank holiday \(Christmas Day\)/);
    await expectRefused(core, 'rota.addExtra', extra('2026-11-28'), 'INVALID_INPUT', /Saturday 28 November 2026 is at a weekend/);
    await expectRefused(core, 'rota.addExtra', extra('2026-12-03'), 'CONFLICT', /already meets on Thursday 3 December 2026/);
    await expectRefused(core, 'rota.addExtra', extra('2026-12-01', 987_654), 'INVALID_INPUT', /team chosen no longer exists/);
    await expectRefused(core, 'rota.addExtra', { ...extra('2026-12-01'), seriesId: 987_654 }, 'NOT_FOUND', /meeting series could not be found/);
  });

  it('keep an extra meeting whose agenda has children on it', async () => {
    const { core, s } = await councilAt('2026-11-22T10:00:00Z');
    await core.ok('rota.addExtra', { seriesId: s.series.id, date: '2026-12-01', teamId: s.north.id, note: null });
    const key = (await core.ok('rota.view', { seriesId: s.series.id, from: '2026-12-01', to: '2026-12-01' })).occurrences[0]!.key;
    const kid = await redChild(core, s.north.id, 'Kept');
    const prepared = await core.ok('meetings.prepare', { seriesId: s.series.id, key });
    if (!prepared.items.length) await core.ok('agenda.add', { meetingId: prepared.meeting.id, childId: kid.id });
    await expectRefused(core, 'rota.removeExtra', { seriesId: s.series.id, extraId: Number(key.slice(2)) }, 'CONFLICT', /agenda/);
  });
});

describe('the rota in Word', () => {
  it('prints each date of the period with its team, a moved date and an extra meeting as they are on the rota', async () => {
    const { core, s } = await councilAt('2026-11-22T10:00:00Z');
    await core.ok('settings.setDocuments', { authorityName: 'Exampleshire Council', version: 0 });
    await core.ok('rota.addExtra', { seriesId: s.series.id, date: '2026-12-01', teamId: s.north.id, note: 'Sibling group' });
    await core.ok('rota.change', { seriesId: s.series.id, patternDate: '2026-12-10', change: { kind: 'cancel', note: 'Chair on leave' } });
    const file = await core.ok('rota.exportDocx', { seriesId: s.series.id, from: '2026-11-23', to: '2026-12-13' });
    expect(file.fileName).toMatch(/\.docx$/);
    const doc = readDocx(fromBase64(file.base64));
    const text = [...doc.paragraphs, ...doc.headers, ...doc.footers].join('\n');
    expect(text).toContain('Permanence Panel (Thursday)');
    expect(text).toContain('Exampleshire Council');
    const rows = doc.tables.flat().map((row) => row.join(' | '));
    for (const [date, said] of [
      ['26/11/2026', 'North'],
      ['01/12/2026', 'Sibling group'],
      ['03/12/2026', 'South'],
      ['10/12/2026', 'Chair on leave'],
    ] as const) {
      expect(rows.find((r) => r.includes(date)), `${date} in ${rows.join('\n')}`).toContain(said);
    }
    await expectRefused(core, 'rota.exportDocx', { seriesId: 987_654, from: '2026-11-23', to: '2026-12-13' }, 'NOT_FOUND', /meeting series could not be found/);
  });
});

describe('a prepared meeting’s own details', () => {
  it('change before it is held: times, venue and chair, in the audit log; the date of a rota meeting moves on the rota', async () => {
    const { core, s } = await councilAt('2026-11-22T10:00:00Z');
    const m = await meetingWith(core, s.series.id, '2026-11-26', []);
    const detail = await core.ok('meetings.update', await rowShown(core, 'meetings.update', { id: m.meetingId, startTime: '13:30', endTime: '16:00', venue: 'Town Hall, Room 7', chairId: s.tm.id }));
    expect(detail.meeting).toMatchObject({ date: '2026-11-26', startTime: '13:30', endTime: '16:00', venue: 'Town Hall, Room 7', chairId: s.tm.id });
    expect((await auditSummaries(core, 'meeting'))[0]).toBe('Changed the details of the meeting on 26/11/2026');
    await expectRefused(core, 'meetings.update', await rowShown(core, 'meetings.update', { id: m.meetingId, date: '2026-11-27', startTime: '13:30', endTime: '16:00', venue: null, chairId: null }), 'INVALID_INPUT', /move it on the rota/);
    await expectRefused(core, 'meetings.update', await rowShown(core, 'meetings.update', { id: m.meetingId, startTime: '13:30', endTime: '16:00', venue: null, chairId: 987_654 }), 'INVALID_INPUT', /person chosen no longer exists/);
  });

  it('are part of the record once the meeting starts, and a booking moves only to today or later', async () => {
    const { core, s } = await councilAt('2026-11-26T10:00:00Z');
    const kid = await redChild(core, s.north.id, 'Booked');
    const booked = await core.ok('cpm.book', { childId: kid.id, date: '2026-12-01', startTime: '10:00', endTime: '11:00', venue: null, chairId: null });
    const fields = { startTime: '10:00', endTime: '11:00', venue: null, chairId: null };
    await expectRefused(core, 'meetings.update', await rowShown(core, 'meetings.update', { id: booked.meeting.id, date: '2026-11-25', ...fields }), 'INVALID_INPUT', /never before it/);
    expect((await core.ok('meetings.update', await rowShown(core, 'meetings.update', { id: booked.meeting.id, date: '2026-12-02', ...fields }))).meeting.date).toBe('2026-12-02');

    const panel = await meetingWith(core, s.series.id, '2026-11-26', [kid.id]);
    await core.ok('meetings.start', { id: panel.meetingId });
    await expectRefused(core, 'meetings.update', await rowShown(core, 'meetings.update', { id: panel.meetingId, ...fields }), 'CONFLICT', /has started/);
    await expectRefused(core, 'meetings.update', { id: 987_654, ...fields, version: 1 }, 'NOT_FOUND', /meeting could not be found/);
  });
});
